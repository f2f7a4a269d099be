package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.countychain.enterprise.CreditCode;
import org.countychain.export.SuppressForbidden;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming import keeps nothing of the rows: a 500,000-row workbook and a 30 MB CSV file on one line are read
 * in a fresh JVM limited to 64 MB of heap. (The workbook's sheet XML alone is about 300 MB; the CSV line, as a Java
 * string, 60 MB.)
 */
class StreamingImportSmallHeapTest {
    static final int ROWS = 500_000;

    @TempDir
    Path dir;

    /** Runs in the child JVM: imports each file given, counting rows, and prints the counts. */
    @SuppressForbidden("the child JVM reports to the test through its standard output")
    public static void main(String[] args) {
        for (String a : args) {
            long[] counts = new long[2];
            long[] revenue = {0};
            ImportSummary s = EnterpriseImporter.defaults().importFile(Path.of(a), new ImportListener() {
                @Override
                public void accepted(ImportedRow row) {
                    counts[0]++;
                    row.enterprise().years().forEach(y -> revenue[0] += y.operatingRevenue().longValue());
                }

                @Override
                public void rejected(ImportResult.RejectedRow row) {
                    counts[1]++;
                }
            });
            System.out.println(Path.of(a).getFileName() + " read=" + s.rowsRead() + " accepted=" + counts[0]
                    + " rejected=" + counts[1] + " revenue=" + revenue[0]);
        }
    }

    @Test
    @Tag("class-path") // the child JVM runs this class from the class path (java.class.path)
    void fiveHundredThousandRowsAndAThirtyMegabyteLineAreReadWith64MbOfHeap() throws Exception {
        Path xlsx = dir.resolve("big.xlsx");
        writeWorkbook(xlsx, ROWS);
        Path csv = dir.resolve("one-line.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("统一社会信用代码,企业名称,所在县（市、区）\n");
            for (int i = 0; i < 30 * 1024; i++) {
                w.write("x".repeat(1023));
                w.write(',');
            }
            w.write('\n');
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamingImportSmallHeapTest.class.getName(), xlsx.toString(), csv.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // every 1000th row has a bad revenue: rejected, the others accepted
        assertThat(out).contains("big.xlsx read=500000 accepted=499500 rejected=500 revenue="
                + expectedRevenue(ROWS));
        // the one-line record is the header's data row: too many columns, rejected, never held whole
        assertThat(out).contains("one-line.csv read=1 accepted=0 rejected=1");
    }

    private static long expectedRevenue(int rows) {
        long sum = 0;
        for (int i = 1; i <= rows; i++) {
            if (i % 1000 != 0) {
                sum += 1000 + i % 977;
            }
        }
        return sum;
    }

    /** Writes the workbook row by row, with shared strings for the repeated texts as Excel would. */
    static void writeWorkbook(Path file, int rows) throws IOException {
        byte[] skeleton = HostileInputs.workbook(HostileInputs.sheets(new String[] {"企业", "<worksheet/>"}),
                "<sst xmlns=\"" + HostileInputs.NS + "\"><si><t>晋江市</t></si><si><t>是</t></si></sst>");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                     new java.io.ByteArrayInputStream(skeleton))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().endsWith("sheet1.xml")) {
                    Writer w = new BufferedWriter(new OutputStreamWriter(z, StandardCharsets.UTF_8), 1 << 16);
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + HostileInputs.NS
                            + "\"><sheetData>" + HostileInputs.HEADER.replace("</row>",
                            HostileInputs.inline("F1", "是否规上企业") + "</row>"));
                    for (int i = 1; i <= rows; i++) {
                        int r = i + 1;
                        String revenue = i % 1000 == 0 ? "<c r=\"E" + r + "\" t=\"inlineStr\"><is><t>一千</t></is></c>"
                                : "<c r=\"E" + r + "\"><v>" + (1000 + i % 977) + "</v></c>";
                        w.write("<row r=\"" + r + "\">" + HostileInputs.inline("A" + r, code(i))
                                + HostileInputs.inline("B" + r, "福建省样例科技股份有限公司第" + i + "分公司")
                                + "<c r=\"C" + r + "\" t=\"s\"><v>0</v></c><c r=\"D" + r + "\"><v>2024</v></c>"
                                + revenue + "<c r=\"F" + r + "\" t=\"s\"><v>1</v></c></row>");
                    }
                    w.write("</sheetData></worksheet>");
                    w.flush();
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
    }

    /** A valid credit code for row i. */
    static String code(int i) {
        String body = "91350582MA" + String.format(Locale.ROOT, "%07d", i);
        return body + CreditCode.checkCharacter(body);
    }
}
