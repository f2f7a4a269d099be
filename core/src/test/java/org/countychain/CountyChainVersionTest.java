package org.countychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountyChainVersionTest {

    @ParameterizedTest(name = "a plug-in built against {0} runs on {1}")
    @CsvSource({"0.1, 0.1", "0.1.0, 0.1", "0.1.3-SNAPSHOT, 0.1", " 0.1 , 0.1", "1.0, 1.0", "1.2, 1.3", "1.3.9, 1.3"})
    void fits(String builtAgainst, String library) {
        assertThat(CountyChainVersion.incompatibility(builtAgainst, library)).isEmpty();
    }

    @ParameterizedTest(name = "a plug-in built against {0} does not run on {1}")
    @CsvSource({"0.2, 0.1", "0.0, 0.1", "1.0, 0.1", "0.1, 1.0", "1.4, 1.3", "2.0, 1.3", "1.3, 2.3", "banana, 0.1",
            "'', 0.1", "1, 0.1"})
    void doesNotFitAndSaysBothVersions(String builtAgainst, String library) {
        assertThat(CountyChainVersion.incompatibility(builtAgainst, library)).hasValueSatisfying(
                why -> assertThat(why).contains(library));
    }

    @Test
    void aPluginThatDoesNotSayIsAccepted() {
        assertThat(CountyChainVersion.incompatibility(null)).isEmpty();
        assertThat(CountyChainVersion.incompatibility(CountyChainVersion.SPI)).isEmpty();
    }

    /** The constant a plug-in copies must move with the build's version, or the check checks nothing. */
    @Test
    void theSpiVersionIsTheBuildsMajorAndMinorVersion() throws IOException {
        Path pom = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../pom.xml").normalize();
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>countychain-parent</artifactId>\\s*<version>(\\d+)\\.(\\d+)")
                .matcher(text);
        assertThat(m.find()).as("the parent version in %s", pom).isTrue();
        assertThat(CountyChainVersion.SPI).isEqualTo(m.group(1) + "." + m.group(2));
    }
}
