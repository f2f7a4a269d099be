package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.notice.R08StatisticsConsistencyRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of the statistics forms 107-2 and 107-1 laid out as the statistics system exports them (merged title,
 * a year and unit row, the indicator names, a row of column letters, 千元), made here: imported into the enterprises'
 * statistics reports, written to JSON and read back, and screened by R8.
 */
class RdStatisticsFormsTest {
    static final String A = HostileInputs.GOOD_CODE;
    static final String B = HostileInputs.OTHER_CODE;

    @TempDir
    Path dir;

    private Path workbook(String name, String title, List<String> header, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("表");
            s.createRow(0).createCell(0).setCellValue(title);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
            XSSFRow units = s.createRow(1);
            units.createCell(0).setCellValue("2024年");
            units.createCell(header.size() - 1).setCellValue("单位：千元");
            XSSFRow h = s.createRow(2);
            XSSFRow codes = s.createRow(3);
            String letters = "甲乙丙丁戊";
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                codes.createCell(i).setCellValue(i < 2 ? String.valueOf(letters.charAt(i)) : Integer.toString(i - 1));
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow x = s.createRow(4 + r);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    Object v = rows.get(r).get(i);
                    if (v instanceof Number n) {
                        x.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        x.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path form1072() throws Exception {
        return workbook("107-2.xlsx", "企业研究开发活动及相关情况", List.of("统一社会信用代码", "单位详细名称",
                        "研究开发人员合计（人）", "其中：全职人员", "研究开发费用合计", "1.人员人工费用", "2.直接投入费用",
                        "3.折旧费用与长期待摊费用", "4.无形资产摊销费用", "5.设计费用", "6.装备调试费用与试验费用",
                        "7.委托外部研究开发费用", "8.其他费用", "企业自筹", "期末机构数（个）", "加计扣除减免税金额"),
                List.of(List.of(A, "甲公司", 12, 10, 1234.5, 600, 400, 100, 0, 0, 34.5, 100, 0, 1234.5, 1, 80),
                        List.of(B, "乙公司", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        List.of("91350582MA2XYK001Y", "校验码错", 1, 1, "一千", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    }

    private Path form1071() throws Exception {
        return workbook("107-1.xlsx", "规模以上工业法人单位研发项目情况", List.of("统一社会信用代码", "单位详细名称", "项目名称",
                        "项目来源", "参加项目人员（人）", "项目人员实际工作时间（人月）", "项目经费内部支出（千元）", "其中：政府资金"),
                List.of(List.of(A, "甲公司", "高强度纤维研发", "1", 5, 40, 700.25, 100),
                        List.of(A, "甲公司", "新型面料工艺", "2", 3, 24.5, 300, 0)));
    }

    @Test
    void applyingAFormKeepsEveryOtherFactOfTheEnterprise() {
        // the sample's enterprises that carry the most facts: industry name, registered address, contact, certificates
        List<Enterprise> rich = org.countychain.sample.SampleCounty.jinjiang().enterprises().stream()
                .filter(e -> e.registeredAddress() != null && e.industryName() != null).toList();
        assertThat(rich).isNotEmpty();
        java.util.Map<CreditCode, RdStatisticsReport> filed = new java.util.LinkedHashMap<>();
        rich.forEach(e -> filed.put(e.creditCode(), RdStatisticsReport.of(null, 7)));
        RdFormImport form = new RdFormImport(RdFormImport.Form.FORM_107_1, 2024, filed, java.util.Map.of(),
                rich.size(), List.of(), List.of());

        List<Enterprise> applied = form.applyTo(rich);

        assertThat(applied).hasSameSizeAs(rich);
        for (int i = 0; i < rich.size(); i++) {
            Enterprise before = rich.get(i);
            Enterprise after = applied.get(i);
            assertThat(after).usingRecursiveComparison().ignoringFields("years").isEqualTo(before);
            assertThat(after.year(2024).orElseThrow().statisticsReport().projectCount()).isEqualTo(7);
            assertThat(after.years().stream().filter(y -> y.year() != 2024).toList())
                    .isEqualTo(before.years().stream().filter(y -> y.year() != 2024).toList());
        }
    }

    @Test
    void form1072ImportsIntoTheStatisticsReportInYuanWithTheParts() throws Exception {
        RdFormImport r = RdStatisticsImporter.defaults().importFile(form1072());
        assertThat(r.form()).isEqualTo(RdFormImport.Form.FORM_107_2);
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.rowsRead()).isEqualTo(3);
        RdStatisticsReport a = r.reports().get(CreditCode.parse(A));
        assertThat(a.rdExpenditure()).isEqualByComparingTo("1234500");
        assertThat(a.staff().total()).isEqualTo(12);
        assertThat(a.staff().fullTime()).isEqualTo(10);
        assertThat(a.expenses().staffCost()).isEqualByComparingTo("600000");
        assertThat(a.expenses().equipmentAndTrials()).isEqualByComparingTo("34500");
        assertThat(a.funding().selfFunded()).isEqualByComparingTo("1234500");
        assertThat(a.institutions().count()).isEqualTo(1);
        assertThat(a.projectCount()).isNull();
        assertThat(r.reports().get(CreditCode.parse(B)).rdExpenditure()).isEqualByComparingTo("0");
        // the bad row: its credit code and its amount, each named; the part the model does not hold, reported
        assertThat(r.errors()).extracting(RowError::cellReference).containsExactlyInAnyOrder("E7", "A7");
        assertThat(r.unknownColumns()).extracting(UnknownColumn::header).containsExactly("加计扣除减免税金额");
    }

    @Test
    void form1071IsSummedPerEnterpriseIntoTheProjectCount() throws Exception {
        RdFormImport r = RdStatisticsImporter.defaults().importFile(form1071());
        assertThat(r.form()).isEqualTo(RdFormImport.Form.FORM_107_1);
        RdFormImport.ProjectTotals t = r.projects().get(CreditCode.parse(A));
        assertThat(t.count()).isEqualTo(2);
        assertThat(t.expenditure()).isEqualByComparingTo("1000250");
        assertThat(t.government()).isEqualByComparingTo("100000");
        assertThat(t.personMonths()).isEqualByComparingTo("64.5");
        assertThat(r.reports().get(CreditCode.parse(A)).projectCount()).isEqualTo(2);
        assertThat(r.reports().get(CreditCode.parse(A)).projectPersonMonths()).isEqualByComparingTo("64.5");
        assertThat(r.unknownColumns()).extracting(UnknownColumn::header).containsExactly("项目来源");
    }

    @Test
    void theProjectsPersonMonthsMeetTheStaffInCheckS10AsAWarning() throws Exception {
        RdFormImport projects = RdStatisticsImporter.defaults().importFile(form1071());
        // 107-2 filed first with five R&D staff: 60 person-months at most, the projects took 64.5.
        Enterprise a = Enterprise.builder(CreditCode.parse(A), "甲公司", org.countychain.division.DivisionCode.of("350582"))
                .year(AnnualRdFigures.builder(2024).statisticsReport(new RdStatisticsReport(null, null,
                        new RdStatisticsReport.Staff(5, null, null, null, null, null), null, null, null, null, null))
                        .build()).build();
        RdStatisticsReport filed = projects.applyTo(List.of(a)).get(0).year(2024).orElseThrow().statisticsReport();
        assertThat(filed.projectPersonMonths()).isEqualByComparingTo("64.5");
        assertThat(filed.staff().total()).isEqualTo(5);
        try (org.countychain.validation.CountyChainValidator v = org.countychain.validation.CountyChainValidator
                .create()) {
            org.countychain.validation.ValidationResult result = v.validate(filed);
            assertThat(result.violations()).extracting(org.countychain.validation.Violation::code,
                    org.countychain.validation.Violation::severity).containsExactly(org.assertj.core.api.Assertions
                            .tuple("CV-0417", org.countychain.validation.ViolationSeverity.WARNING));
            assertThat(result.isValid()).isTrue();
            // A 107-2 applied afterwards keeps the projects' figures; six staff (72 person-months) are enough.
            RdStatisticsReport six = new RdStatisticsReport(null, null, new RdStatisticsReport.Staff(6, null, null,
                    null, null, null), null, null, null, null, null);
            RdFormImport form2 = new RdFormImport(RdFormImport.Form.FORM_107_2, 2024,
                    java.util.Map.of(CreditCode.parse(A), six), java.util.Map.of(), 1, List.of(), List.of());
            RdStatisticsReport both = form2.applyTo(projects.applyTo(List.of(a))).get(0).year(2024).orElseThrow()
                    .statisticsReport();
            assertThat(both.projectCount()).isEqualTo(2);
            assertThat(both.projectPersonMonths()).isEqualByComparingTo("64.5");
            assertThat(v.validate(both).violations()).isEmpty();
        }
    }

    @Test
    void bothFormsGoIntoTheEnterprisesSurviveJsonAndReachR8() throws Exception {
        Enterprise a = Enterprise.builder(CreditCode.parse(A), "甲公司", org.countychain.division.DivisionCode.of("350582"))
                .aboveScale(true).manufacturing(true)
                .year(AnnualRdFigures.builder(2024).scienceDepartmentProjects(2).build()).build();
        Enterprise b = Enterprise.builder(CreditCode.parse(B), "乙公司", org.countychain.division.DivisionCode.of("350582"))
                .aboveScale(true).manufacturing(true)
                .year(AnnualRdFigures.builder(2024).scienceDepartmentProjects(1).build()).build();
        List<Enterprise> list = RdStatisticsImporter.defaults().importFile(form1072()).applyTo(List.of(a, b));
        list = RdStatisticsImporter.defaults().importFile(form1071()).applyTo(list);
        RdStatisticsReport ra = list.get(0).year(2024).orElseThrow().statisticsReport();
        assertThat(ra.rdExpenditure()).isEqualByComparingTo("1234500");
        assertThat(ra.projectCount()).isEqualTo(2);
        assertThat(ra.projectPersonMonths()).isEqualByComparingTo("64.5");
        assertThat(list.get(0).year(2024).orElseThrow().scienceDepartmentProjects()).isEqualTo(2);

        CountyDataset county = CountyDataset.builder("350582", "晋江市", 2024).enterprises(list).build();
        Path json = dir.resolve("county.json");
        CountyChainJson.defaults().write(county, json);
        CountyDataset back = CountyChainJson.defaults().readCountyDataset(json);
        assertThat(back.enterprises()).isEqualTo(list);

        ScreeningResult result = RuleEngine.defaults().screen(ScreeningInput.builder().county(back)
                .reportingYear(2024).build());
        assertThat(result.findings("R8")).extracting(f -> f.code() + " " + f.subject().id())
                .containsExactly(R08StatisticsConsistencyRule.PROJECTS_ZERO_RD.code() + " " + B);
        assertThat(result.findings("R8").get(0).message(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
    }
}
