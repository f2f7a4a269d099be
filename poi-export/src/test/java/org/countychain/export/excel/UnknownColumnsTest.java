package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No column is dropped without a word; conflicting duplicates name their columns and do not come back unchanged. */
class UnknownColumnsTest {
    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theStatisticsFormsOwnIndicatorNameImportsAsRdExpenseInThousands() throws Exception {
        Path f = csv("a.csv", "统一社会信用代码,企业名称,所在县（市、区）,年度,研究开发费用合计（千元）\n"
                + HostileInputs.GOOD_CODE + ",甲公司,晋江市,2024,123.456\n");
        ImportResult r = EnterpriseImporter.defaults().importFile(f);
        assertThat(r.unknownColumns()).isEmpty();
        assertThat(r.enterprises().get(0).year(2024).orElseThrow().rdExpense()).isEqualByComparingTo("123456");
    }

    @Test
    void everyUnusedColumnIsReportedWithSheetLetterHeaderAndTheColumnItProbablyMeant() throws Exception {
        Path f = csv("b.csv", "统一社会信用代码,企业名称,所在县（市、区）,年度,研发费用总额（千元）,备注,营收入,研究与试验发展经费\n"
                + HostileInputs.GOOD_CODE + ",甲公司,晋江市,2024,5,x,1,2\n");
        ImportResult r = EnterpriseImporter.defaults().importFile(f);
        assertThat(r.rowsAccepted()).isEqualTo(1);
        assertThat(r.unknownColumns()).containsExactly(
                new UnknownColumn("b.csv", "E", "研发费用总额（千元）", "研发费用"),
                new UnknownColumn("b.csv", "F", "备注", null),
                new UnknownColumn("b.csv", "G", "营收入", "营业收入"),
                new UnknownColumn("b.csv", "H", "研究与试验发展经费", "研发费用"));
        assertThat(r.unknownColumns().get(0).describe(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("未识别的列 E「研发费用总额（千元）」（工作表“b.csv”），未导入；是否指「研发费用」？");
        assertThat(r.unknownColumns().get(1).describe(Locale.ENGLISH))
                .isEqualTo("unknown column F \"备注\" (sheet b.csv): not imported");
        assertThat(r.enterprises().get(0).year(2024).orElseThrow().rdExpense()).isNull();
    }

    @Test
    void aStrictImporterRefusesAFileWithAnUnknownColumn() throws Exception {
        Path f = csv("c.csv", "统一社会信用代码,企业名称,所在县（市、区）,联系电话\n" + HostileInputs.GOOD_CODE
                + ",甲公司,晋江市,123\n");
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> EnterpriseImporter.defaults().withUnknownColumnsRefused().importFile(f));
        assertThat(e.errorCode()).isEqualTo(ExcelErrorCode.IMPORT_UNKNOWN_COLUMN);
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).contains("D「联系电话」");
        assertThat(EnterpriseImporter.defaults().withUnknownColumnsRefused()
                .importFile(csv("d.csv", "统一社会信用代码,企业名称,所在县（市、区）\n" + HostileInputs.GOOD_CODE
                        + ",甲公司,晋江市\n")).rowsAccepted()).isEqualTo(1);
    }

    @Test
    void aConflictingDuplicateNamesSheetRowAndEveryConflictingColumnAndDoesNotComeBackUnchanged() throws Exception {
        Path f = csv("e.csv", "统一社会信用代码,企业名称,所在县（市、区）,行业代码\n"
                + HostileInputs.GOOD_CODE + ",甲公司,晋江市,C3911\n"
                + HostileInputs.GOOD_CODE + ",乙公司,石狮市,C3911\n");
        ImportResult r = EnterpriseImporter.defaults().importFile(f);
        RowError e = r.errors().get(0);
        assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(e.sheet()).isEqualTo("e.csv");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("企业名称、所在县（市、区）");
        assertThat(e.cellReference()).isEqualTo("B3、C3");
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("信用代码 " + HostileInputs.GOOD_CODE
                + " 已在 e.csv!2 行出现，本行的企业名称、所在县（市、区）与之不同：企业名称「乙公司」、所在县（市、区）「石狮市」");

        Path errors = dir.resolve("e-errors.xlsx");
        r.writeErrorWorkbook(errors, Locale.SIMPLIFIED_CHINESE);
        ImportResult again = EnterpriseImporter.defaults().importFile(errors);
        assertThat(again.rowsAccepted()).isZero();
        assertThat(again.errors()).extracting(RowError::code).containsExactly(ErrorCode.DUPLICATE);
        assertThat(again.errors().get(0).reason(Locale.SIMPLIFIED_CHINESE)).contains("清空其“错误原因”单元格");
        assertThat(again.unknownColumns()).isEmpty();

        // corrected and the reason cleared, it is accepted
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(errors.toFile()))) {
            XSSFSheet s = wb.getSheetAt(0);
            s.getRow(1).getCell(1).setCellValue("甲公司");
            s.getRow(1).getCell(2).setCellValue("晋江市");
            s.getRow(1).removeCell(s.getRow(1).getCell(4));
            try (FileOutputStream out = new FileOutputStream(errors.toFile())) {
                wb.write(out);
            }
        }
        ImportResult fixed = EnterpriseImporter.defaults().importFile(errors);
        assertThat(fixed.errors()).isEmpty();
        assertThat(fixed.rowsAccepted()).isEqualTo(1);
    }
}
