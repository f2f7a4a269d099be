package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.examples.cli.SmallHeapCli.inline;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.SpooledImport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory and temporary disk stay bounded whatever the list holds: 200,000 rows of which all but 2,000 are rejected
 * are imported and screened by child JVMs with a 64 MB heap (the rejected rows wait on disk, not in memory), the
 * error workbook holds every rejected row; the spool's own limit and a full temporary disk end the import with a
 * CC-coded message, exit 2, no temporary file and no output file left.
 */
@Tag("class-path") // the child JVM runs the command line from the class path (java.class.path)
class BoundedImportCliTest {
    private static final int ROWS = 200_000;
    private static final int GOOD_EVERY = 100;

    @TempDir
    Path tmp;

    @Test
    void twoHundredThousandRowsMostlyRejectedAreImportedWith64MbOfHeapAndAllWrittenToTheErrorWorkbook()
            throws Exception {
        Path csv = writeMostlyBadList(tmp.resolve("bad.csv"));
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        int good = ROWS / GOOD_EVERY;
        int bad = ROWS - good;

        Path out = tmp.resolve("out");
        SmallHeapCli.Finished p = SmallHeapCli.run(temporary, tmp.resolve("import.txt"), "import", csv.toString(),
                "--out", out.toString());
        String console = p.console();
        assertThat(p.exit()).as(tail(console)).isEqualTo(1);
        assertThat(console).contains("读取" + ROWS + "行，接受" + good + "行，拒绝" + bad + "行；企业" + good + "家")
                .contains("[CC-1101] bad.csv!A2 (统一社会信用代码) \"BAD1\"")
                .doesNotContain("\tat ", "CC-9005");
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();
        // the error workbook holds every rejected row: imported again, they are all rejected again
        try (SpooledImport again = EnterpriseImporter.defaults().importSpooled(out.resolve("bad-errors.xlsx"))) {
            assertThat(again.rowsRead()).isEqualTo(bad);
            assertThat(again.rowsRejected()).isEqualTo(bad);
            assertThat(again.errorCount()).isEqualTo(bad);
            assertThat(again.errors()).extracting(e -> e.code()).containsOnly(ErrorCode.CREDIT_CODE_LENGTH);
        }
    }

    @Test
    void twoHundredThousandRowsMostlyRejectedAreScreenedWith64MbOfHeap() throws Exception {
        Path csv = writeMostlyBadList(tmp.resolve("bad.csv"));
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        SmallHeapCli.Finished s = SmallHeapCli.run(temporary, tmp.resolve("screen.txt"), "screen", csv.toString(),
                "--year", "2024");
        String screened = s.console();
        assertThat(s.exit()).as(tail(screened)).isEqualTo(0);
        assertThat(screened).contains("[CC-1101] bad.csv!A2 (统一社会信用代码) \"BAD1\"", "2024年度检查结果")
                .doesNotContain("\tat ", "CC-9005");
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();
    }

    /** {@value #ROWS} rows: every 100th good, the others with a credit code that is not one. */
    private static Path writeMostlyBadList(Path csv) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("统一社会信用代码,企业名称,所在县（市、区）,年度,营业收入\n");
            for (int i = 1; i <= ROWS; i++) {
                String code = i % GOOD_EVERY == 0 ? SpooledImportCliTest.code(i) : "BAD" + i;
                w.write(code + ",企业" + i + ",晋江市,2024," + (1000 + i) + "\n");
            }
        }
        return csv;
    }

    @Test
    void theSpoolLimitEndsTheImportWithItsCodeAndLeavesNoFile() throws Exception {
        Path xlsx = tmp.resolve("list.xlsx");
        writeWorkbook(xlsx, 60_000);
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        Path out = tmp.resolve("limited");
        SmallHeapCli.Finished p = SmallHeapCli.run(temporary, tmp.resolve("limited.txt"), "import", xlsx.toString(),
                "--out", out.toString(), "--max-spool-bytes", "100000");
        String console = p.console();
        assertThat(p.exit()).as(console).isEqualTo(2);
        assertThat(console).contains("[CC-9015] list.xlsx", "100000", "--max-spool-bytes").doesNotContain("\tat ");
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();
        assertThat(Files.exists(out.resolve("list-enterprises.json"))).isFalse();
    }

    @Test
    void aFullTemporaryDiskEndsTheImportWithItsCodeAndLeavesNoFile() throws Exception {
        Path xlsx = tmp.resolve("list.xlsx");
        writeWorkbook(xlsx, 60_000);
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(HostileOutputTest.run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()),
                "mounting a small tmpfs is permitted (root)");
        try {
            Path full = tmp.resolve("full");
            SmallHeapCli.Finished f = SmallHeapCli.run(disk, tmp.resolve("full.txt"), "import", xlsx.toString(),
                    "--out", full.toString());
            String console = f.console();
            assertThat(f.exit()).as(console).isEqualTo(2);
            assertThat(console).contains("[CC-9008]", "countychain-import-").doesNotContain("\tat ");
            assertThat(SmallHeapCli.spoolDirectories(disk)).as("no temporary file left").isEmpty();
            assertThat(Files.exists(full.resolve("list-enterprises.json"))).isFalse();
        } finally {
            HostileOutputTest.run("umount", disk.toString());
        }
    }

    private static String tail(String console) {
        return console.length() > 4000 ? console.substring(console.length() - 4000) : console;
    }

    /** A workbook of {@code rows} good rows, one enterprise each. */
    private static void writeWorkbook(Path file, int rows) throws IOException {
        SmallHeapCli.writeWorkbook(file, List.of("统一社会信用代码", "企业名称", "所在县（市、区）"), w -> {
            for (int i = 1; i <= rows; i++) {
                int r = i + 1;
                w.write("<row r=\"" + r + "\">" + inline("A" + r, SpooledImportCliTest.code(i))
                        + inline("B" + r, "企业" + i) + "<c r=\"C" + r + "\" t=\"s\"><v>0</v></c></row>");
            }
        });
    }
}
