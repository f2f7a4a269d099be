package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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
        assertThat(sheets).extracting(ListSheet::ruleId).containsExactly("R5", "R7", "R8", "R11", "R9、R11、FC");
        assertThat(sheets.get(0).rows()).hasSize(result.serviceList().size()).isNotEmpty();
        assertThat(sheets.get(1).rows()).hasSize(result.list(NoticeList.PRIORITY_LIST).size()).isNotEmpty();
        assertThat(sheets.get(0).noticeSection()).isEqualTo("二.1");

        Path file = dir.resolve("lists.xlsx");
        ScreeningWorkbook.write(result, Locale.SIMPLIFIED_CHINESE, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            for (int i = 0; i < 5; i++) {
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
}
