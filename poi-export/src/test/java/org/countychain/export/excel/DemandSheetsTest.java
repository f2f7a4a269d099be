package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.dataset.CountyDataset;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * The technology demands as a sheet of the lists workbook, with the planned investment as a money cell in yuan under a
 * header naming the unit; read back from the written file.
 */
class DemandSheetsTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();

    @Test
    void everyDemandWithItsProposerTargetsAndPlannedInvestmentInYuan() throws Exception {
        List<ListSheet> sheets = DemandSheets.sheets(COUNTY, Locale.SIMPLIFIED_CHINESE);
        assertThat(sheets).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("技术需求");
            assertThat(s.ruleId()).isEqualTo("R4");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListsWorkbookWriter.write(sheets, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter(Locale.ROOT);
            List<String> rows = new ArrayList<>();
            for (Row r : s) {
                if (r.getRowNum() == 0) {
                    continue; // the title row
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 11; c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(String.join("|", cells));
            }
            assertThat(rows.get(0)).isEqualTo("需求编号|技术需求|产业链|环节|所在县（市、区）|提出企业|统一社会信用代码|行业代码|关键词"
                    + "|攻关对象编号|计划投入（元）");
            assertThat(rows).hasSize(1 + COUNTY.demands().size());
            assertThat(rows.get(2)).isEqualTo("350582-d02|高回弹尼龙弹性体发泡专用料国产化|350582-textile-footwear|shoe-materials"
                    + "|350582|晋江市博纳高分子材料有限公司（样例）|91350582671930241Q|C2924|尼龙弹性体、高回弹、进口替代"
                    + "|sm-peba-import|5,000,000.00");
            // Not given: an empty cell, not a zero.
            assertThat(rows.get(3)).endsWith("|fiber-t1|");
            assertThat(s.getRow(3).getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(3).getCell(10).getNumericCellValue()).isEqualTo(5_000_000.0);
        }
        assertThat(DemandSheets.sheets(COUNTY, Locale.ENGLISH).get(0).columns().get(10).header())
                .isEqualTo("Planned investment (yuan)");
        assertThat(DemandSheets.sheets(COUNTY.toBuilder().demands(List.of()).build(), Locale.SIMPLIFIED_CHINESE)
                .get(0).rows()).isEmpty();
    }
}
