package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large JSON data set to {@code validate}, {@code screen} and {@code report} in child JVMs with a heap in
 * proportion: the 215 MB of 44,000 enterprises with {@code -Xmx1g}, scaled to a fifth (17,600 synthetic
 * enterprises in one county, about 44 MB) with a fifth of the heap ({@code -Xmx205m}). Each command finishes with its
 * own exit code (validate 1: the enterprises of several counties as one county break its cross-references), no
 * out-of-memory report (CC-9005) and no stack trace.
 */
@Tag("class-path") // the child JVM runs the command line from the class path (java.class.path)
class HugeJsonCliTest {
    private static final int ENTERPRISES = 17_600;
    private static final String HEAP = "-Xmx205m";

    @TempDir
    static Path tmp;

    private static Path county;

    @BeforeAll
    static void writeCounty() throws IOException {
        List<CountyDataset> counties = SyntheticProvince.generate(44, ENTERPRISES).counties();
        List<Enterprise> all = counties.stream().flatMap(c -> c.enterprises().stream()).toList();
        county = tmp.resolve("county.json");
        CountyChainJson.defaults().write(counties.get(0).toBuilder().enterprises(all).build(), county);
        assertThat(Files.size(county)).isGreaterThan(40_000_000L);
    }

    @Test
    void validateReadsItWithAFifthOfAGigabyte() throws Exception {
        // the synthetic province's enterprises as one county break its cross-references: violations, exit 1
        String console = run(1, "validate", county.toString());
        assertThat(console).doesNotContain("CC-9005").contains("county.json：校验未通过，错误 ");
    }

    @Test
    void screenScreensItWithAFifthOfAGigabyte() throws Exception {
        String console = run(0, "screen", county.toString(), "--out", tmp.resolve("screen").toString());
        assertThat(console).doesNotContain("CC-9005");
        assertThat(tmp.resolve("screen").resolve(ScreenCommand.RESULT_FILE)).isNotEmptyFile();
    }

    @Test
    void reportWritesItsReportWithAFifthOfAGigabyte() throws Exception {
        Path docx = tmp.resolve("report.docx");
        String console = run(0, "report", county.toString(), "--out", docx.toString());
        assertThat(console).doesNotContain("CC-9005");
        assertThat(docx).isNotEmptyFile();
    }

    private static String run(int exitCode, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                CountyChainCli.class.getName()));
        command.addAll(List.of(args));
        Path console = Files.createTempFile(tmp, args[0], ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(console, StandardCharsets.UTF_8);
        String tail = text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        assertThat(p.exitValue()).as(tail).isEqualTo(exitCode);
        assertThat(text).doesNotContain("\tat ");
        return text;
    }
}
