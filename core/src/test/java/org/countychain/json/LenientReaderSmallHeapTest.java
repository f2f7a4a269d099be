package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.countychain.SuppressForbidden;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lenient reader's memory grows with the model, not with the text: a county data set of 20,000 enterprises
 * (about 50 MB of JSON, whose tree alone would need 250–500 MB) is read in a fresh JVM limited to 96 MB of heap,
 * with a malformed value in the middle of the enterprise list reported and the enterprise left out.
 */
class LenientReaderSmallHeapTest {
    static final int ENTERPRISES = 20_000;
    static final String HEAP = "-Xmx96m";

    /** Runs in the child JVM: reads the file and prints what it read. */
    @SuppressForbidden("the child JVM reports to the test through its standard output")
    public static void main(String[] args) {
        LenientRead<CountyDataset> read = LenientJsonReader.defaults().read(Path.of(args[0]), CountyDataset.class);
        System.out.println("enterprises=" + read.value().enterprises().size() + " problems=" + read.problems().size()
                + " leftOut=" + read.leftOut().get(0).path());
    }

    @Test
    @Tag("class-path") // the child JVM runs this class from the class path (java.class.path)
    void twentyThousandEnterprisesAreReadIn96MbOfHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.json");
        long bytes = writeCounty(file);
        assertThat(bytes).isGreaterThan(40_000_000L);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LenientReaderSmallHeapTest.class.getName(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("enterprises=" + (ENTERPRISES - 1) + " problems=1 leftOut=enterprises[10000]");
    }

    /** The enterprises of the synthetic province as one county, the 10,001st with a malformed credit code. */
    static long writeCounty(Path file) throws IOException {
        List<CountyDataset> counties = SyntheticProvince.generate(42, ENTERPRISES).counties();
        List<Enterprise> all = counties.stream().flatMap(c -> c.enterprises().stream()).toList();
        assertThat(all).hasSize(ENTERPRISES);
        CountyDataset one = counties.get(0).toBuilder().enterprises(all).build();
        CountyChainJson.defaults().write(one, file);
        String code = all.get(10_000).creditCode().value();
        byte[] text = Files.readAllBytes(file);
        String needle = "\"creditCode\" : \"" + code + "\"";
        int at = indexOf(text, needle.getBytes(StandardCharsets.UTF_8));
        assertThat(at).isPositive();
        byte[] bad = ("\"creditCode\" : \"" + code.substring(0, 17) + "I\"").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bad, 0, text, at, bad.length);
        Files.write(file, text);
        return text.length;
    }

    private static int indexOf(byte[] text, byte[] needle) {
        outer:
        for (int i = 0; i <= text.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (text[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
