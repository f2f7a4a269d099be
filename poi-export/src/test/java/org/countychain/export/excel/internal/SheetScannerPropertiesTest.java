package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The cells the import reads through {@link SheetScanner} are the cells POI's own usermodel reads from the same
 * file: for random sheets written by POI (shared strings, and inline strings through SXSSF) and by the library's
 * own writer, and for a workbook saved by LibreOffice.
 */
class SheetScannerPropertiesTest {
    private static final int COLUMNS = 8;

    /** A row's cells: a string, a Long, a Double, a Boolean, a LocalDate, or null for no cell. */
    @Provide
    Arbitrary<List<List<Object>>> sheets() {
        return rows(true);
    }

    /** As {@link #sheets()}, without booleans, which the library's writer has no cell for. */
    @Provide
    Arbitrary<List<List<Object>>> librarySheets() {
        return rows(false);
    }

    private static Arbitrary<List<List<Object>>> rows(boolean booleans) {
        Arbitrary<Object> text = Arbitraries.strings()
                .withChars("ab 中文表\t\n<>&\"';]\u3000\u00A0é")
                .withChars('\ud83d', '\ude00') // paired up below
                .ofMaxLength(10)
                .map(SheetScannerPropertiesTest::pairSurrogates);
        Arbitrary<Object> whole = Arbitraries.longs().between(-100_000_000_000_000_000L, 100_000_000_000_000_000L)
                .map(Long::valueOf);
        Arbitrary<Object> fraction = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e20, 1e20).ofScale(6),
                Arbitraries.of(0.1, 1e-7, 3.4347E7, 1e15, 1e16, 123456789.12345679, -0.0, Double.MIN_VALUE, Double.MAX_VALUE))
                .map(Double::valueOf);
        Arbitrary<Object> day = Arbitraries.longs()
                .between(LocalDate.of(1900, 3, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Object> bool = Arbitraries.of(true, false).map(Boolean::valueOf);
        Arbitrary<Object> cell = booleans
                ? Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(null)), Tuple.of(4, text),
                        Tuple.of(2, whole), Tuple.of(2, fraction),
                        Tuple.of(1, day), Tuple.of(1, bool))
                : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(null)), Tuple.of(4, text),
                        Tuple.of(2, whole), Tuple.of(2, fraction),
                        Tuple.of(1, day));
        return cell.list().ofMaxSize(COLUMNS).list().ofMinSize(1).ofMaxSize(15);
    }

    /** Surrogates only in pairs (an emoji), as text in a workbook must be. */
    private static String pairSurrogates(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                b.append("\ud83d\ude00");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Property(tries = 30)
    void sheetsWrittenByPoiWithSharedStrings(@ForAll("sheets") List<List<Object>> rows) throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            xlsx = writePoi(wb, rows);
        }
        assertThat(scanned(xlsx)).isEqualTo(poi(xlsx));
    }

    @Property(tries = 30)
    void sheetsWrittenByPoiWithInlineStrings(@ForAll("sheets") List<List<Object>> rows) throws Exception {
        byte[] xlsx;
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            xlsx = writePoi(wb, rows);
        }
        assertThat(scanned(xlsx)).isEqualTo(poi(xlsx));
    }

    @Property(tries = 50)
    void sheetsWrittenByTheLibrarysWriter(@ForAll("librarySheets") List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] widths = new int[COLUMNS];
        Arrays.fill(widths, 10 * 256);
        XlsxStreamWriter w = new XlsxStreamWriter(out, "表1", widths, 1, 1, 1);
        for (List<Object> row : rows) {
            w.row();
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof String s) {
                    w.text(c, s, XlsxStreamWriter.TEXT);
                } else if (v instanceof Long l) {
                    w.number(c, l.doubleValue(), XlsxStreamWriter.COUNT);
                } else if (v instanceof Double d) {
                    w.number(c, d, XlsxStreamWriter.MONEY);
                } else if (v instanceof LocalDate d) {
                    w.date(c, d, XlsxStreamWriter.DATE);
                }
            }
        }
        w.finish(true);
        byte[] xlsx = out.toByteArray();
        assertThat(scanned(xlsx)).isEqualTo(poi(xlsx));
    }

    /**
     * {@code saved-by-libreoffice.xlsx} is {@code saved-by-libreoffice.csv} (next to it) converted by LibreOffice
     * ({@code soffice --headless --convert-to xlsx}): shared strings, LibreOffice's own attributes and styles.
     */
    @Example
    void aWorkbookSavedByLibreOffice() throws Exception {
        byte[] xlsx;
        try (InputStream in = SheetScannerPropertiesTest.class.getResourceAsStream("saved-by-libreoffice.xlsx")) {
            xlsx = in.readAllBytes();
        }
        List<String> scanned = scanned(xlsx);
        assertThat(scanned).hasSize(6).isEqualTo(poi(xlsx));
        assertThat(scanned.get(2)).contains("第一行\n第二行", "厦门 \"引号\" 公司");
        assertThat(scanned.get(1)).contains("a<b&c>\"d'", "2024-03-15");
    }

    private static byte[] writePoi(Workbook wb, List<List<Object>> rows) throws Exception {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet sheet = wb.createSheet("表1");
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Long l) {
                    cell.setCellValue(l.doubleValue());
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** The rows as the import reads them, through the scanner. */
    private static List<String> scanned(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XlsxRowReader.readSheets(pkg, 32_767, new XlsxRowReader.SheetVisitor() {
                @Override
                public RowSink begin(XlsxRowReader.SheetInfo sheet) {
                    return (row, cells, broken) -> {
                        assertThat(broken).isEmpty();
                        out.add(row + " " + normal(Arrays.asList(cells)));
                    };
                }

                @Override
                public boolean end(XlsxRowReader.SheetInfo sheet) {
                    return false; // the first sheet
                }
            });
        }
        return out;
    }

    /**
     * The rows as POI's usermodel reads them, in the import's terms: numbers as plain decimals, days under a date
     * format as ISO dates, booleans as TRUE and FALSE; rows with nothing but blanks left out.
     */
    private static List<String> poi(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add(null);
                    }
                    cells.add(text(cell));
                }
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    out.add((row.getRowNum() + 1) + " " + normal(cells));
                }
            }
        }
        return out;
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : XlsxRowReader.plain(cell.getNumericCellValue());
            default -> null;
        };
    }

    /** Empty cells as absent, and no absent cells at the end: the two readers differ there and nothing depends on it. */
    private static List<String> normal(List<String> cells) {
        List<String> c = new ArrayList<>();
        for (String s : cells) {
            c.add(s == null || s.isEmpty() ? null : s);
        }
        while (!c.isEmpty() && c.get(c.size() - 1) == null) {
            c.remove(c.size() - 1);
        }
        return c;
    }
}
