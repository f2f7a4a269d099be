package org.countychain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Keeps the README honest: its code is the code of a test, and its quick start is what CI runs. */
class ReadmeTest {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    @Test
    void embeddingExampleIsTheTestedCode() throws IOException {
        List<String> readme = fencedBlocks("java");
        assertThat(readme).as("java blocks in README.md").hasSize(1);

        String test = read(PROJECT.resolve(
                "examples/src/test/java/org/countychain/examples/ReadmeExampleTest.java"));
        Matcher region = Pattern.compile("(?s)\\n([^\\n]*// tag::readme\\[]\\n)(.*?)\\n\\s*// end::readme\\[]")
                .matcher(test);
        assertThat(region.find()).as("tagged region in ReadmeExampleTest").isTrue();

        assertThat(dedent(readme.get(0))).isEqualTo(dedent(region.group(2)));
    }

    @Test
    void quickStartIsWhatCiRuns() throws IOException {
        List<String> commands = fencedBlocks("sh").stream()
                .filter(b -> b.contains("countychain-examples.jar"))
                .findFirst().orElseThrow().lines().toList();
        assertThat(commands).containsExactly("mvn -B verify",
                "java -jar examples/target/countychain-examples.jar demo --out out");

        List<String> ci = read(PROJECT.resolve(".ci/run")).lines().map(String::strip).toList();
        assertThat(ci).containsSubsequence(commands);
    }

    private static List<String> fencedBlocks(String language) throws IOException {
        Matcher m = Pattern.compile("(?sm)^```" + language + "\\n(.*?)\\n```$").matcher(read(PROJECT.resolve("README.md")));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** Removes the indentation every line shares, and trailing white space. */
    private static String dedent(String block) {
        List<String> lines = block.lines().map(String::stripTrailing).toList();
        int indent = lines.stream().filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.length() < indent ? l : l.substring(indent)).toList());
    }
}
