package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enterprise fields of format version 2 in the lists workbook: the status of a year (当年是否规上), the industrial
 * flag, the industry's name and the registered address are written as columns and read back, each in its three
 * states (yes, no, not given), through .xlsx and CSV.
 */
class EnterpriseFieldsRoundTripTest {
    private static final DivisionCode JINJIANG = DivisionCode.of("350582");

    @TempDir
    Path dir;

    private static CreditCode code(int n) {
        String first17 = "91350582" + String.format(Locale.ROOT, "%09d", n);
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    private static AnnualRdFigures year(int y, Boolean aboveScale) {
        return AnnualRdFigures.builder(y).aboveScale(aboveScale).operatingRevenue(new java.math.BigDecimal("1000"))
                .build();
    }

    static List<Enterprise> enterprises() {
        return List.of(
                // Became above scale in 2024: 2023 no, 2024 yes, the enterprise's own flag no.
                Enterprise.builder(code(1), "升规企业", JINJIANG).industryCode("C1951").industryName("皮鞋制造")
                        .industrial(true).manufacturing(true).registeredAddress("福建省晋江市陈埭镇江头村，A栋；3楼")
                        .registeredOn(LocalDate.of(2015, 3, 1)).year(year(2023, false)).year(year(2024, true))
                        .build(),
                // Mining: industrial, not manufacturing; one year without a status of its own.
                Enterprise.builder(code(2), "采矿企业", JINJIANG).industryCode("B1011").industryName("石灰石、石膏开采")
                        .industrial(true).aboveScale(true).year(year(2024, null)).build(),
                // Explicitly not industrial; no name, no address.
                Enterprise.builder(code(3), "服务企业", JINJIANG).industryCode("M7320").industrial(false)
                        .year(year(2024, false)).build(),
                // Nothing of the new fields at all.
                Enterprise.builder(code(4), "旧式企业", JINJIANG).aboveScale(true).year(year(2024, null)).build());
    }

    @Test
    void theNewFieldsAreColumnsAndReadBackThroughXlsxAndCsv() throws Exception {
        Path xlsx = dir.resolve("fields.xlsx");
        EnterpriseListWriter.writeXlsx(enterprises(), xlsx);
        ImportResult fromXlsx = EnterpriseImporter.defaults().importFile(xlsx);
        assertThat(fromXlsx.errors()).isEmpty();
        assertThat(fromXlsx.enterprises()).containsExactlyElementsOf(Projection.of(enterprises()));

        Path csv = dir.resolve("fields.csv");
        EnterpriseListWriter.writeCsv(enterprises(), csv);
        ImportResult fromCsv = EnterpriseImporter.defaults().importFile(csv);
        assertThat(fromCsv.errors()).isEmpty();
        assertThat(fromCsv.enterprises()).containsExactlyElementsOf(Projection.of(enterprises()));

        Enterprise upgraded = fromXlsx.enterprises().get(0);
        assertThat(upgraded.aboveScaleIn(2023)).isFalse();
        assertThat(upgraded.aboveScaleIn(2024)).isTrue();
        assertThat(upgraded.industryName()).isEqualTo("皮鞋制造");
        assertThat(upgraded.registeredAddress()).isEqualTo("福建省晋江市陈埭镇江头村，A栋；3楼");
        assertThat(fromXlsx.enterprises().get(1).years().get(0).aboveScale()).isNull();
        assertThat(fromXlsx.enterprises().get(2).industrial()).isFalse();
        assertThat(fromXlsx.enterprises().get(3).industrial()).isNull();
    }

    @Test
    void theWorkbookHeadsTheColumnsInChinese() throws Exception {
        Path xlsx = dir.resolve("fields.xlsx");
        EnterpriseListWriter.writeXlsx(enterprises(), xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("行业名称", "是否工业企业", "注册地址", "当年是否规上");
            int yearStatus = headers.indexOf("当年是否规上");
            int year = headers.indexOf("年度");
            // One row per year: 2023 否, 2024 是 for the enterprise that became above scale.
            assertThat(List.of(cell(sheet.getRow(1), year) + cell(sheet.getRow(1), yearStatus),
                    cell(sheet.getRow(2), year) + cell(sheet.getRow(2), yearStatus))).containsExactly("2023否", "2024是");
            assertThat(cell(sheet.getRow(3), yearStatus)).isEmpty();
        }
    }

    private static String cell(Row row, int column) {
        var c = row.getCell(column);
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case NUMERIC -> Long.toString((long) c.getNumericCellValue());
            default -> c.getStringCellValue();
        };
    }

    @Test
    void synonymsOfTheNewHeadersAreRead() throws Exception {
        Path csv = dir.resolve("synonyms.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write(("统一社会信用代码,企业名称,所在县（市、区）,年度,营业收入,本年是否规上,国民经济行业名称,是否工业,住所\r\n"
                    + code(9).value() + ",同义表头企业,晋江市,2024,100,是,运动鞋制造,否,晋江市青阳街道\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        ImportResult r = EnterpriseImporter.defaults().importFile(csv);
        assertThat(r.errors()).isEmpty();
        Enterprise e = r.enterprises().get(0);
        assertThat(e.years().get(0).aboveScale()).isTrue();
        assertThat(e.industryName()).isEqualTo("运动鞋制造");
        assertThat(e.industrial()).isFalse();
        assertThat(e.registeredAddress()).isEqualTo("晋江市青阳街道");
    }

    @Test
    void twoRowsOfOneEnterpriseDisagreeingOnItsAddressOrIndustrialFlagAreAConflict() throws Exception {
        Path csv = dir.resolve("conflict.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write(("统一社会信用代码,企业名称,所在县（市、区）,年度,营业收入,注册地址,是否工业企业,当年是否规上\r\n"
                    + code(7).value() + ",企业七,晋江市,2023,100,晋江市甲路1号,是,否\r\n"
                    + code(7).value() + ",企业七,晋江市,2024,100,晋江市乙路2号,是,是\r\n"
                    + code(8).value() + ",企业八,晋江市,2023,100,,是,\r\n"
                    + code(8).value() + ",企业八,晋江市,2024,100,,,\r\n").getBytes(StandardCharsets.UTF_8));
        }
        ImportResult r = EnterpriseImporter.defaults().importFile(csv);
        assertThat(r.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "注册地址"),
                        org.assertj.core.groups.Tuple.tuple(5, "是否工业企业"));
        assertThat(r.errors().get(0).reason(Locale.SIMPLIFIED_CHINESE)).contains("晋江市乙路2号");
        // The status of a year differs from year to year by design: no conflict on 当年是否规上.
        assertThat(r.enterprises()).extracting(Enterprise::name).containsExactly("企业七", "企业八");
    }

    @Test
    void aWrongYesNoInTheYearStatusIsARowErrorNamingTheColumn() throws Exception {
        Path csv = dir.resolve("bad.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write(("统一社会信用代码,企业名称,所在县（市、区）,年度,当年是否规上\r\n"
                    + code(5).value() + ",企业五,晋江市,2024,也许\r\n").getBytes(StandardCharsets.UTF_8));
        }
        ImportResult r = EnterpriseImporter.defaults().importFile(csv);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("当年是否规上");
            assertThat(e.rawValue()).isEqualTo("也许");
        });
    }
}
