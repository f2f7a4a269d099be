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
 * The streaming import keeps nothing of the rows: a 500,000-row workbook, the same rows saved as Excel saves them
 * (every text a shared string: a million distinct credit codes and names, about 80 MB as Java strings) and a 30 MB CSV
 * file on one line are read in a fresh JVM limited to 64 MB of heap. (The workbook's sheet XML alone is about
 * 300 MB; the CSV line, as a Java string, 60 MB.)
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
        writeWorkbook(xlsx, ROWS, false);
        Path shared = dir.resolve("shared.xlsx");
        writeWorkbook(shared, ROWS, true);
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
                StreamingImportSmallHeapTest.class.getName(), xlsx.toString(), shared.toString(), csv.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // every 1000th row has a bad revenue: rejected, the others accepted
        assertThat(out).contains("big.xlsx read=500000 accepted=499500 rejected=500 revenue="
                + expectedRevenue(ROWS));
        assertThat(out).contains("shared.xlsx read=500000 accepted=499500 rejected=500 revenue="
                + expectedRevenue(ROWS));
        // the one-line record is the header's data row: too many columns, rejected, never held whole
        assertThat(out).contains("one-line.csv read=1 accepted=0 rejected=1");
    }

    /**
     * A CSV line of Chinese text is twice its length in heap: one field of 24 million characters (48 MB as a Java
     * string) and one record of 30,720 fields of 1,023 characters each (each field under the cell limit, 63 MB in all)
     * are each one rejected row in 64 MB of heap, because the field and record limits stop reading them; without
     * the limits the child JVM runs out of memory.
     */
    @Test
    @Tag("class-path") // the child JVM runs this class from the class path (java.class.path)
    void aHugeFieldAndAHugeRecordOfChineseTextAreRejectedRowsIn64MbOfHeap() throws Exception {
        Path field = dir.resolve("one-field.csv");
        try (Writer w = Files.newBufferedWriter(field, StandardCharsets.UTF_8)) {
            w.write("统一社会信用代码,企业名称,所在县（市、区）\n91350582MA2XYK001X,");
            String block = "县".repeat(1024 * 1024);
            for (int i = 0; i < 24; i++) {
                w.write(block);
            }
            w.write(",晋江市\n");
        }
        Path record = dir.resolve("one-record.csv");
        try (Writer w = Files.newBufferedWriter(record, StandardCharsets.UTF_8)) {
            w.write("统一社会信用代码,企业名称,所在县（市、区）\n");
            String text = "县".repeat(1023);
            for (int i = 0; i < 30 * 1024; i++) {
                w.write(text);
                w.write(',');
            }
            w.write('\n');
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamingImportSmallHeapTest.class.getName(), field.toString(), record.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("one-field.csv read=1 accepted=0 rejected=1")
                .contains("one-record.csv read=1 accepted=0 rejected=1");
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

    /**
     * Writes the workbook row by row: the repeated texts as shared strings, and the credit codes and names inline or,
     * when {@code allShared}, as shared strings too (two distinct ones per row, as Excel saves such a list).
     */
    static void writeWorkbook(Path file, int rows, boolean allShared) throws IOException {
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
                        String codeAndName = allShared
                                ? "<c r=\"A" + r + "\" t=\"s\"><v>" + (2 * i) + "</v></c><c r=\"B" + r
                                        + "\" t=\"s\"><v>" + (2 * i + 1) + "</v></c>"
                                : HostileInputs.inline("A" + r, code(i)) + HostileInputs.inline("B" + r, name(i));
                        w.write("<row r=\"" + r + "\">" + codeAndName
                                + "<c r=\"C" + r + "\" t=\"s\"><v>0</v></c><c r=\"D" + r + "\"><v>2024</v></c>"
                                + revenue + "<c r=\"F" + r + "\" t=\"s\"><v>1</v></c></row>");
                    }
                    w.write("</sheetData></worksheet>");
                    w.flush();
                } else if (allShared && e.getName().endsWith("sharedStrings.xml")) {
                    Writer w = new BufferedWriter(new OutputStreamWriter(z, StandardCharsets.UTF_8), 1 << 16);
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + HostileInputs.NS
                            + "\" count=\"" + (2 * rows + 2) + "\" uniqueCount=\"" + (2 * rows + 2)
                            + "\"><si><t>晋江市</t></si><si><t>是</t></si>");
                    for (int i = 1; i <= rows; i++) {
                        w.write("<si><t>" + code(i) + "</t></si><si><t>" + name(i) + "</t></si>");
                    }
                    w.write("</sst>");
                    w.flush();
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
    }

    private static String name(int i) {
        return "福建省样例科技股份有限公司第" + i + "分公司";
    }

    /** A valid credit code for row i. */
    static String code(int i) {
        String body = "91350582MA" + String.format(Locale.ROOT, "%07d", i);
        return body + CreditCode.checkCharacter(body);
    }
}
