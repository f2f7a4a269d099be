package org.countychain.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.junit.jupiter.api.Test;

/**
 * The JSON resource is the sample written by the JSON binding. When the sample or the binding changes, regenerate
 * it with {@code mvn -pl core test -Dtest=SampleCountyJsonTest -Dcountychain.regenerateSampleJson=true} (run from
 * the project root; the test writes into {@code src/main/resources} of the module) and review the diff.
 */
class SampleCountyJsonTest {
    private static final String REGENERATE = "countychain.regenerateSampleJson";
    private static final Path SOURCE = Path.of("src", "main", "resources", "org", "countychain", "sample",
            "jinjiang-2024.json");

    private static final CountyChainJson JSON = CountyChainJson.defaults();

    @Test
    void writingTheSampleGivesTheResourceBytes() throws IOException {
        byte[] written = JSON.writeToBytes(SampleCounty.jinjiang());
        byte[] resource;
        if (Boolean.getBoolean(REGENERATE)) {
            // The class path holds the previous copy (or none) until the next build: compare with the source.
            Files.write(SOURCE, written);
            resource = Files.readAllBytes(SOURCE);
        } else {
            try (InputStream in = SampleCounty.jinjiangJson()) {
                resource = in.readAllBytes();
            }
        }
        assertThat(resource).isEqualTo(written);
    }

    @Test
    void readingTheResourceGivesBackTheSample() throws IOException {
        CountyDataset read;
        try (InputStream in = Boolean.getBoolean(REGENERATE) ? Files.newInputStream(SOURCE)
                : SampleCounty.jinjiangJson()) {
            read = JSON.readCountyDataset(in, "jinjiang-2024.json");
        }
        assertThat(read).isEqualTo(SampleCounty.jinjiang());
    }

    @Test
    void resourceIsReadableTextWithTheFictionNoticeAndChineseLabelsLeftAsConstants() throws IOException {
        String text;
        try (InputStream in = SampleCounty.jinjiangJson()) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(text).contains("样例数据，企业均为虚构").contains("\"BREAKPOINT\"").contains("5000000.01")
                .contains("20000000.00").doesNotContain("E+").doesNotContain("\r");
    }
}
