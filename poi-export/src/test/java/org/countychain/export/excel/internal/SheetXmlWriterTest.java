package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The faster sheet writer writes exactly the bytes POI's own SXSSF writer writes. */
class SheetXmlWriterTest {
    private static final String ALPHABET = "aZ09 -.,;:'\"<>&\t\n\r\u0001\u001f\u00a0\u00e9\u4e2d\u6587\uff08\uff09\u3000"
            + "\ud83d\ude00\ud800\udc00\ufffe\uffff";

    @Test
    void randomCellsGiveTheSameSheetAsPoi() throws IOException {
        byte[] poi = sheetXml(new SXSSFWorkbook(null, 100, false, false));
        byte[] ours = sheetXml(Workbooks.streaming(Deflater.BEST_SPEED));
        assertThat(poi.length).isGreaterThan(100_000);
        assertThat(ours).isEqualTo(poi);
    }

    /** 1,500 rows of 30 random cells (same seed every time): text, numbers, booleans, formulas, blanks, styles. */
    private static void fill(SXSSFWorkbook wb) {
        Random random = new Random(20241129);
        Sheet s = wb.createSheet("名单");
        CellStyle[] styles = {wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle()};
        for (int r = 0; r < 1_500; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < 30; c++) {
                int kind = random.nextInt(7);
                if (kind == 0) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (kind) {
                    case 1, 2 -> cell.setCellValue(text(random));
                    case 3 -> cell.setCellValue(random.nextGaussian() * Math.pow(10, random.nextInt(16)));
                    case 4 -> cell.setCellValue(random.nextBoolean());
                    case 5 -> cell.setCellFormula("A1+" + (c + 1));
                    default -> {
                        // a blank cell
                    }
                }
                if (random.nextBoolean()) {
                    cell.setCellStyle(styles[random.nextInt(styles.length)]);
                }
            }
        }
    }

    @Test
    void lonePairHalvesBecomeQuestionMarksAsWithOutputStreamWriter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(out)) {
            w.write("a\ud800b\udc00c\ud83d\ude00");
            w.write('\ud83d');
            w.write('\ude00');
            w.write('\ud83d');
        }
        String text = "a\ud800b\udc00c\ud83d\ude00\ud83d\ude00\ud83d";
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(jdk, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        assertThat(out.toByteArray()).isEqualTo(jdk.toByteArray())
                .isEqualTo("a?b?c\ud83d\ude00\ud83d\ude00?".getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void numbersAreWrittenAsDoubleToStringWritesThem() throws IOException {
        Random random = new Random(53);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        try (Utf8Writer out = new Utf8Writer(bytes)) {
            for (int n = 0; n < 300_000; n++) {
                double v = switch (n % 6) {
                    case 0 -> random.nextInt(10_000_000);
                    case 1 -> (double) (random.nextLong() >> random.nextInt(64));
                    case 2 -> (random.nextLong() >>> 11) / Math.pow(10, random.nextInt(12)); // whole below 2^53
                    case 3 -> Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(17))) * Math.pow(10,
                            random.nextInt(4));
                    case 4 -> random.nextDouble() * 1e6;
                    default -> new double[] {0.0, -0.0, 1e7, 9_999_999, 1L << 53, (1L << 53) - 1, -1e7, 1e22,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 123_456_789_012_345_680.0}[n / 6 % 12];
                };
                SheetXmlWriter.writeDouble(out, v);
                out.write(' ');
                expected.append(Double.toString(v)).append(' ');
            }
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    private static byte[] sheetXml(SXSSFWorkbook wb) throws IOException {
        Path file = Files.createTempFile("sheet-xml-writer", ".xlsx");
        try {
            try (wb; OutputStream out = Files.newOutputStream(file)) {
                fill(wb);
                wb.write(out);
            }
            try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(
                    zip.getEntry("xl/worksheets/sheet1.xml"))) {
                return in.readAllBytes();
            }
        } finally {
            Files.delete(file);
        }
    }
}
