package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.rules.NoticeList;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theSampleCountysListsOneSheetEachWithRuleAndSection() throws Exception {
        ScreeningResult result = RuleEngine.defaults().screen(ScreeningInput.of(SampleCounty.jinjiang()));
        List<ListSheet> sheets = ScreeningWorkbook.sheets(result, Locale.SIMPLIFIED_CHINESE);
        assertThat(sheets).extracting(ListSheet::ruleId).containsExactly("R5", "R7", "R8", "R11", "R11",
                "R9、R11、FC", "R4");
        // R4: the sample's five bottlenecks nothing is aimed at, each under its chain, its id the first evidence.
        assertThat(sheets.get(6).rows()).hasSize(5).extracting(row -> row.get(5)).containsExactlyInAnyOrder("fiber-b1",
                "fiber-t2-b1", "yarn-fabric-t3-b1", "dyeing-finishing-b1", "recycling-b1");
        assertThat(sheets.get(6).noticeSection()).isEqualTo("一.2");
        assertThat(sheets.get(6).name()).isEqualTo("R4 尚无攻关力量的断点堵点难点清单");
        assertThat(sheets.get(0).rows()).hasSize(result.serviceList().size()).isNotEmpty();
        assertThat(sheets.get(1).rows()).hasSize(result.list(NoticeList.PRIORITY_LIST).size()).isNotEmpty();
        assertThat(sheets.get(0).noticeSection()).isEqualTo("二.1");

        Path file = dir.resolve("lists.xlsx");
        ScreeningWorkbook.write(result, Locale.SIMPLIFIED_CHINESE, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            for (int i = 0; i < 7; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("闽科高〔2024〕135号")
                        .startsWith(sheets.get(i).ruleId() + " · ");
                assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
                assertThat(s.getLastRowNum()).isEqualTo(1 + sheets.get(i).rows().size());
            }
        }
        assertThat(ScreeningWorkbook.sheets(result, Locale.ENGLISH).get(0).columns().get(0).header())
                .isEqualTo("No.");
    }

    /** Column headers of a sheet read back (row 2), and its rows as text by header, as a reader sees them. */
    private static List<Map<String, Object>> readBack(XSSFSheet s) {
        Row header = s.getRow(1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 2; r <= s.getLastRowNum(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = s.getRow(r).getCell(c);
                Object v = cell == null ? null : switch (cell.getCellType()) {
                    case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                            : cell.getNumericCellValue();
                    case STRING -> cell.getStringCellValue();
                    default -> null;
                };
                row.put(header.getCell(c).getStringCellValue(), v);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * R11's high-tech visit list (高新技术企业入企普查服务清单): a sheet of its own after the cultivation list, every
     * high-tech enterprise of the year with its certificate's number and dates (as dates) and its contact's name,
     * role and team in Chinese, read back with POI; no phone number.
     */
    @Test
    void theHighTechVisitListIsASheetWithCertificatesAndContacts() throws Exception {
        ScreeningResult result = RuleEngine.defaults().screen(ScreeningInput.of(SampleCounty.jinjiang()));
        Path file = dir.resolve("lists.xlsx");
        ScreeningWorkbook.write(result, Locale.SIMPLIFIED_CHINESE, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(4);
            assertThat(s.getSheetName()).isEqualTo("R11 高新技术企业入企普查服务清单");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).startsWith("R11 · ")
                    .endsWith(" 四.1 · 高新技术企业入企普查服务清单");
            List<Map<String, Object>> rows = readBack(s);
            assertThat(rows).hasSize(result.highTechVisitList().size()).hasSize(11);
            assertThat(rows.get(0).keySet()).containsExactly("序号", "编号（统一社会信用代码）", "名称", "所在单位", "问题代码",
                    "高新技术企业证书编号", "证书发证日期", "证书有效期至", "服务联系人", "服务联系人身份", "服务联系人是否人才团队成员",
                    "服务联系人所在人才团队", "说明");
            Map<String, Object> chainLeader = rows.stream().filter(r -> "91350500155801216M".equals(
                    r.get("编号（统一社会信用代码）"))).findFirst().orElseThrow();
            assertThat(chainLeader).containsEntry("问题代码", "R11-VISIT")
                    .containsEntry("高新技术企业证书编号", "GR202235000101")
                    .containsEntry("证书发证日期", LocalDate.of(2022, 12, 14))
                    .containsEntry("证书有效期至", LocalDate.of(2025, 12, 13))
                    .containsEntry("服务联系人", "许志伟（样例） (晋江市纺织鞋服产业链科技特派团（样例）)")
                    .containsEntry("服务联系人身份", "科技特派员").containsEntry("服务联系人是否人才团队成员", "是")
                    .containsEntry("服务联系人所在人才团队", "350582-textile-footwear-team");
            // A renewed enterprise shows its newer certificate; one without a contact leaves the contact's cells empty.
            Map<String, Object> renewed = rows.stream().filter(r -> "GR202435000212".equals(r.get("高新技术企业证书编号")))
                    .findFirst().orElseThrow();
            assertThat(renewed).containsEntry("服务联系人", null).containsEntry("服务联系人身份", null)
                    .containsEntry("证书发证日期", LocalDate.of(2024, 11, 25));
            assertThat(rows).filteredOn(r -> "林晓东（样例） (晋江市科技局企业服务组（样例）)".equals(r.get("服务联系人")))
                    .singleElement().satisfies(r -> assertThat(r).containsEntry("服务联系人身份", "科技部门工作人员")
                            .containsEntry("服务联系人是否人才团队成员", "否"));
            assertThat(rows).allSatisfy(r -> assertThat(r.values()).noneMatch(v -> String.valueOf(v).contains("0101")
                    && String.valueOf(v).contains("0595")));
        }
        List<ListSheet> english = ScreeningWorkbook.sheets(result, Locale.ENGLISH);
        assertThat(english.get(4).name()).isEqualTo("R11 high-tech visit list");
        assertThat(english.get(4).columns()).extracting(ListSheet.Column::header).contains("Contact's role");
        assertThat(english.get(4).rows()).anySatisfy(r -> assertThat(r).contains("commissioner", "yes"));
    }
}
