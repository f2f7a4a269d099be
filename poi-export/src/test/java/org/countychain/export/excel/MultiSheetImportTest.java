package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.ErrorCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statistics-bureau workbook with several sheets: two data sheets (one per year, the same enterprises on both),
 * a notes sheet, a sheet whose header lacks the county column, and a hidden lookup sheet that has an enterprise
 * header.
 */
class MultiSheetImportTest {
    /** The enterprise on the hidden sheet, valid, found nowhere else. */
    static final String HIDDEN_CODE = "91350582000000999" + CreditCode.checkCharacter("91350582000000999");

    @TempDir
    Path dir;

    /** The sample county's enterprises, their rows up to 2023 on the first sheet, later rows on the second. */
    static List<Enterprise> sample() {
        return SampleCounty.jinjiang().enterprises();
    }

    static Path multiSheetWorkbook(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet first = wb.createSheet("2023年及以前");
            first.createRow(0).createCell(0).setCellValue("晋江市规上工业企业研发情况（2023年及以前）");
            header(first.createRow(1));
            Sheet second = wb.createSheet("2024年");
            header(second.createRow(0));
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本表由统计局提供，金额单位：元");
            notes.createRow(2).createCell(0).setCellValue("统一社会信用代码为18位");
            Sheet incomplete = wb.createSheet("备用");
            Row h = incomplete.createRow(0);
            h.createCell(0).setCellValue("统一社会信用代码");
            h.createCell(1).setCellValue("企业名称");
            Row r0 = incomplete.createRow(1);
            r0.createCell(0).setCellValue(sample().get(0).creditCode().value());
            r0.createCell(1).setCellValue("不应导入");
            Sheet lookup = wb.createSheet("lookup");
            header(lookup.createRow(0));
            Row hiddenRow = lookup.createRow(1);
            hiddenRow.createCell(0).setCellValue(HIDDEN_CODE);
            hiddenRow.createCell(1).setCellValue("隐藏表中的企业");
            hiddenRow.createCell(2).setCellValue("晋江市");
            wb.setSheetVisibility(wb.getSheetIndex(lookup), SheetVisibility.HIDDEN);
            int[] next = {2, 1};
            for (Enterprise e : sample()) {
                for (List<Object> values : EnterpriseListWriter.rows(e)) {
                    Object year = values.get(EnterpriseColumn.YEAR.ordinal());
                    boolean late = year instanceof Integer y && y > 2023;
                    Sheet s = late ? second : first;
                    Row row = s.createRow(next[late ? 1 : 0]++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v != null) {
                            Cell c = row.createCell(i);
                            if (v instanceof BigDecimal d) {
                                c.setCellValue(d.doubleValue());
                            } else if (v instanceof Integer n) {
                                c.setCellValue(n);
                            } else if (v instanceof LocalDate d) {
                                c.setCellValue(d);
                                c.setCellStyle(date);
                            } else {
                                c.setCellValue(v.toString());
                            }
                        }
                    }
                }
            }
            // a bad row on the second sheet: a credit code with a wrong check character
            Row bad = second.createRow(next[1]);
            String code = sample().get(0).creditCode().value();
            bad.createCell(0).setCellValue(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
            bad.createCell(1).setCellValue("错误代码企业");
            bad.createCell(2).setCellValue("晋江市");
            wb.write(os);
        }
        return file;
    }

    private static void header(Row row) {
        EnterpriseColumn[] columns = EnterpriseColumn.values();
        for (int i = 0; i < columns.length; i++) {
            row.createCell(i).setCellValue(EnterpriseListWriter.headerOf(columns[i]));
        }
    }

    /** What the default import of {@link #multiSheetWorkbook(Path)} gives, whoever wrote the file. */
    static void assertEveryVisibleDataSheetRead(ImportResult result) {
        assertThat(result.sheets()).extracting(ImportResult.SheetRead::name).containsExactly("2023年及以前", "2024年");
        assertThat(result.sheets()).extracting(ImportResult.SheetRead::headerRow).containsExactly(2, 1);
        assertThat(result.skippedSheets()).extracting(SkippedSheet::name, SkippedSheet::index, SkippedSheet::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("说明", 2, SkippedSheet.Kind.NO_HEADER),
                        org.assertj.core.groups.Tuple.tuple("备用", 3, SkippedSheet.Kind.BAD_HEADER),
                        org.assertj.core.groups.Tuple.tuple("lookup", 4, SkippedSheet.Kind.HIDDEN));
        assertThat(result.skippedSheets().get(1).reason(Locale.CHINA)).contains("所在县（市、区）");
        assertThat(result.skippedSheets().get(2).reason(Locale.CHINA)).isEqualTo("隐藏的工作表，未读取");
        assertThat(result.skippedSheets().get(2).reason(Locale.ENGLISH)).isEqualTo("the sheet is hidden");
        // the rows of one credit code on both sheets make one enterprise with all its years
        assertThat(result.enterprises()).containsExactlyInAnyOrderElementsOf(Projection.of(sample()));
        assertThat(result.enterprises()).noneMatch(e -> e.creditCode().value().equals(HIDDEN_CODE));
        assertThat(result.rowsRejected()).isEqualTo(1);
        RowError error = result.errors().get(0);
        assertThat(error.sheet()).isEqualTo("2024年");
        assertThat(error.code()).isEqualTo(ErrorCode.CREDIT_CODE_CHECK);
        assertThat(error.describe(Locale.CHINA)).startsWith("[CC-1103] 2024年!A");
        assertThat(result.rowsRead()).isEqualTo(result.sheets().stream().mapToInt(ImportResult.SheetRead::rowsRead)
                .sum()).isEqualTo(result.rowsAccepted() + result.rowsRejected());
        assertThat(result.sheets().get(1).rowsRejected()).isEqualTo(1);
        assertThat(result.sheets().get(0).rowsRejected()).isZero();
    }

    @Test
    void byDefaultEveryVisibleSheetWithAnEnterpriseHeaderIsRead() throws Exception {
        Path file = multiSheetWorkbook(dir.resolve("统计局名单.xlsx"));
        ImportResult result = EnterpriseImporter.defaults().importFile(file);
        assertEveryVisibleDataSheetRead(result);
        assertThat(result.sheet()).isEqualTo("2023年及以前");
        assertThat(result.headerRow()).isEqualTo(2);
    }

    @Test
    void theErrorWorkbookHasASheetPerSheetWithRejectedRows() throws Exception {
        ImportResult result = EnterpriseImporter.defaults().importFile(multiSheetWorkbook(dir.resolve("in.xlsx")));
        Path errors = dir.resolve("errors.xlsx");
        result.writeErrorWorkbook(errors, Locale.CHINA);
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("2024年");
            assertThat(s.getLastRowNum()).isEqualTo(1);
            assertThat(s.getRow(1).getCell(EnterpriseColumn.values().length).getStringCellValue())
                    .contains("[CC-1103]");
        }
        ImportResult again = EnterpriseImporter.defaults().importFile(errors);
        assertThat(again.sheets()).extracting(ImportResult.SheetRead::name).containsExactly("2024年");
        assertThat(again.rowsRejected()).isEqualTo(1);
    }

    @Test
    void oneSheetChosenByNameOrIndexHiddenOrNot() throws Exception {
        Path file = multiSheetWorkbook(dir.resolve("in.xlsx"));
        ImportResult second = EnterpriseImporter.defaults().withSheet("2024年").importFile(file);
        assertThat(second.sheets()).extracting(ImportResult.SheetRead::name).containsExactly("2024年");
        assertThat(second.skippedSheets()).isEmpty();
        assertThat(second.rowsRejected()).isEqualTo(1);
        assertThat(second.enterprises()).allMatch(e -> e.years().stream().allMatch(y -> y.year() > 2023));

        ImportResult first = EnterpriseImporter.defaults().withSheet(0).importFile(file);
        assertThat(first.sheet()).isEqualTo("2023年及以前");
        assertThat(first.isClean()).isTrue();
        assertThat(EnterpriseImporter.defaults().withSheet(1).importFile(file).sheet()).isEqualTo("2024年");

        ImportResult hidden = EnterpriseImporter.defaults().withSheet("lookup").importFile(file);
        assertThat(hidden.enterprises()).extracting(e -> e.creditCode().value()).containsExactly(HIDDEN_CODE);
        assertThat(EnterpriseImporter.defaults().withSheet(4).importFile(file).sheet()).isEqualTo("lookup");

        ImportResult all = EnterpriseImporter.defaults().withSheet("lookup").withAllSheets().importFile(file);
        assertThat(all.sheets()).hasSize(2);
    }

    @Test
    void aChosenSheetThatIsMissingOrHasNoUsableHeaderRefusesTheFile() throws Exception {
        Path file = multiSheetWorkbook(dir.resolve("in.xlsx"));
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withSheet("2025年").importFile(file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo("excel.refused.noSuchSheet");
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
                    assertThat(e.reason(Locale.CHINA)).contains("“2025年”", "2023年及以前、2024年、说明、备用、lookup");
                });
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withSheet(5).importFile(file))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> {
                            assertThat(e.refusal()).isEqualTo("excel.refused.noSuchSheetNumber");
                            assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
                            // index 5 is the sixth tab: told from 1, as Excel users count
                            assertThat(e.reason(Locale.ENGLISH)).contains("no sheet number 6", "it has 5:");
                            assertThat(e.reason(Locale.CHINA)).contains("没有第6个工作表", "共有5个");
                        });
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withSheet("说明").importFile(file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo("excel.refused.noHeader");
                    assertThat(e.location().toString()).contains("说明");
                });
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withSheet("备用").importFile(file))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo("excel.refused.missingColumn"));
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withSheet(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withSheet(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWorkbookWithoutAnyEnterpriseSheetIsRefused() throws Exception {
        Path file = dir.resolve("notes.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("无数据");
            wb.createSheet("Sheet2");
            wb.write(os);
        }
        assertThatThrownBy(() -> EnterpriseImporter.defaults().importFile(file))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo("excel.refused.noHeader"));
    }

    @Test
    void theSameCreditCodeWithAnotherNameOnAnotherSheetNamesTheFirstSheet() throws Exception {
        Path file = dir.resolve("conflict.xlsx");
        Enterprise e = sample().get(0);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            for (String name : List.of("甲镇", "乙镇")) {
                Sheet s = wb.createSheet(name);
                Row h = s.createRow(0);
                h.createCell(0).setCellValue("统一社会信用代码");
                h.createCell(1).setCellValue("企业名称");
                h.createCell(2).setCellValue("所在县（市、区）");
                Row r = s.createRow(1);
                r.createCell(0).setCellValue(e.creditCode().value());
                r.createCell(1).setCellValue(name + "的企业");
                r.createCell(2).setCellValue(e.county().value());
            }
            wb.write(os);
        }
        ImportResult result = EnterpriseImporter.defaults().importFile(file);
        assertThat(result.enterprises()).hasSize(1);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).sheet()).isEqualTo("乙镇");
        assertThat(result.errors().get(0).reason(Locale.ENGLISH)).contains("row 甲镇!2");
    }
}
