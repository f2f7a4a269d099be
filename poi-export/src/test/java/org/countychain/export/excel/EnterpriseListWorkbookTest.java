package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.internal.XlsxStreamWriter;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enterprise list's .xlsx, written straight into the zip stream, read back with POI's usermodel: every cell's
 * value and style, the widths, the frozen panes and the auto-filter, as a spreadsheet shows them.
 */
class EnterpriseListWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void poiReadsEveryCellStyleWidthPaneAndTheFilter() throws Exception {
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        Path file = dir.resolve("list.xlsx");
        EnterpriseListWriter.writeXlsx(sample, file);
        EnterpriseColumn[] columns = EnterpriseColumn.values();
        List<List<Object>> expected = new ArrayList<>();
        for (Enterprise e : sample) {
            expected.addAll(EnterpriseListWriter.rows(e));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheet(EnterpriseListWriter.SHEET_NAME);
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            String last = new org.apache.poi.ss.util.CellReference(expected.size(), columns.length - 1)
                    .formatAsString(false);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + last);
            assertThat(wb.getCTWorkbook().getDefinedNames().getDefinedNameArray(0).getStringValue())
                    .isEqualTo(EnterpriseListWriter.SHEET_NAME + "!$A$1:$" + last.replaceAll("[0-9]", "") + "$"
                            + (expected.size() + 1));
            XSSFRow header = sheet.getRow(0);
            for (int i = 0; i < columns.length; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(EnterpriseListWriter.headerOf(columns[i]));
                assertThat(wb.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(header.getCell(i).getCellStyle().getWrapText()).isTrue();
                assertThat(sheet.getColumnWidth(i))
                        .isEqualTo(ColumnWidths.of(columns[i], EnterpriseListWriter.headerOf(columns[i])));
            }
            for (int r = 0; r < expected.size(); r++) {
                XSSFRow row = sheet.getRow(r + 1);
                for (int i = 0; i < columns.length; i++) {
                    Object v = expected.get(r).get(i);
                    XSSFCell cell = row.getCell(i);
                    String at = "row " + (r + 2) + " column " + columns[i];
                    if (v == null) {
                        assertThat(cell).as(at).isNull();
                        continue;
                    }
                    String format = cell.getCellStyle().getDataFormatString();
                    if (v instanceof java.math.BigDecimal d) {
                        assertThat(cell.getCellType()).as(at).isEqualTo(CellType.NUMERIC);
                        assertThat(cell.getNumericCellValue()).as(at).isEqualTo(d.doubleValue());
                        assertThat(format).as(at)
                                .isEqualTo(columns[i].kind() == EnterpriseColumn.Kind.MONEY ? "#,##0.00" : "0");
                    } else if (v instanceof Integer n) {
                        assertThat(cell.getNumericCellValue()).as(at).isEqualTo(n.doubleValue());
                        assertThat(format).as(at).isEqualTo("0");
                    } else if (v instanceof LocalDate d) {
                        assertThat(DateUtil.isCellDateFormatted(cell)).as(at).isTrue();
                        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(at).isEqualTo(d);
                        assertThat(format).as(at).isEqualTo("yyyy-mm-dd");
                    } else {
                        assertThat(cell.getCellType()).as(at).isEqualTo(CellType.STRING);
                        assertThat(cell.getStringCellValue()).as(at).isEqualTo(v.toString());
                        assertThat(format).as(at).isEqualTo("@");
                    }
                }
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(java.util.Collections.list(zip.entries())).extracting(java.util.zip.ZipEntry::getName)
                    .startsWith("[Content_Types].xml").doesNotContain("xl/sharedStrings.xml");
        }
    }

    @Test
    void datesNumbersAndTextAtTheirEdgesReadBackAsWritten() throws Exception {
        List<LocalDate> dates = List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1),
                LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));
        List<Double> numbers = List.of(0.0, -0.0, 1.0, -1.0, 0.1, 12345.67, 9.007199254740991E15, 9.007199254740992E15,
                1e20, -3.4347E7, Double.MIN_VALUE);
        List<String> texts = List.of("", " padded ", "a<b>&\"c'", "tab\there", "line\nbreak", "企业名称", "😀 emoji",
                "=1+1", "\u0001control");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxStreamWriter w = new XlsxStreamWriter(bytes, "a'b 表", new int[] {10 * 256, 20 * 256}, 0, 0,
                Deflater.DEFAULT_COMPRESSION);
        for (LocalDate d : dates) {
            w.row();
            w.date(0, d, XlsxStreamWriter.DATE);
        }
        for (double n : numbers) {
            w.row();
            w.number(1, n, XlsxStreamWriter.COUNT);
        }
        for (String t : texts) {
            w.row();
            w.text(0, t, XlsxStreamWriter.TEXT);
        }
        w.finish(false);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("a'b 表");
            assertThat(sheet.getPaneInformation()).isNull();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isFalse();
            int r = 0;
            for (LocalDate d : dates) {
                Cell c = sheet.getRow(r++).getCell(0);
                assertThat(c.getNumericCellValue()).as(d.toString()).isEqualTo(DateUtil.getExcelDate(d));
            }
            for (double n : numbers) {
                Cell c = sheet.getRow(r++).getCell(1);
                assertThat(c.getNumericCellValue()).as(Double.toString(n)).isEqualTo(n);
            }
            for (String t : texts) {
                Cell c = sheet.getRow(r++).getCell(0);
                String shown = t.replace('\u0001', '?'); // a control character cannot be in XML 1.0
                assertThat(c.getStringCellValue()).isEqualTo(shown);
            }
        }
    }

    @Test
    void cellsOutOfOrderAndRowsBeyondExcelsLastAreRefused() throws Exception {
        XlsxStreamWriter w = new XlsxStreamWriter(OutputStream.nullOutputStream(), "s", new int[] {256, 256}, 0, 0,
                Deflater.BEST_SPEED);
        assertThatThrownBy(() -> w.text(0, "x", XlsxStreamWriter.TEXT)).isInstanceOf(IllegalStateException.class);
        w.row();
        w.text(1, "x", XlsxStreamWriter.TEXT);
        assertThatThrownBy(() -> w.text(1, "y", XlsxStreamWriter.TEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> w.text(2, "y", XlsxStreamWriter.TEXT)).isInstanceOf(IllegalStateException.class);
        for (int r = 1; r < XlsxStreamWriter.MAX_ROWS; r++) {
            w.row();
        }
        assertThatThrownBy(w::row).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1048576");
    }
}
