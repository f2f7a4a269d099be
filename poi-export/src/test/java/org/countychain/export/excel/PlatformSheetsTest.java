package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.dataset.CountyDataset;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * Platforms with their hosts, links, dates and services, and the watch list's editions with the reason per entry, as
 * sheets of the lists workbook, read back from the written file.
 */
class PlatformSheetsTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();

    private static List<String> readBack(List<ListSheet> sheets, int index) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListsWorkbookWriter.write(sheets, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(index);
            DataFormatter f = new DataFormatter(Locale.ROOT);
            List<String> rows = new ArrayList<>();
            for (Row r : s) {
                if (r.getRowNum() == 0) {
                    continue; // the title row
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheets.get(index).columns().size(); c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(String.join("|", cells));
            }
            return rows;
        }
    }

    @Test
    void platformsWithLinksDatesServicesAndTheirHostsWithCreditCodes() throws Exception {
        List<ListSheet> sheets = PlatformSheets.sheets(COUNTY, Locale.SIMPLIFIED_CHINESE);
        assertThat(sheets).extracting(ListSheet::name).containsExactly("创新平台", "平台依托单位", "中介机构通报名单");
        assertThat(sheets).extracting(ListSheet::ruleId).containsExactly("R10", "R10", "R12");
        List<String> platforms = readBack(sheets, 0);
        assertThat(platforms.get(0)).isEqualTo("平台编号|平台名称|类型|级别|所在县（市、区）|服务产业链|服务环节|飞地所在地|成立日期|认定日期"
                + "|服务内容|攻关对象编号|运营单位信用代码|依托单位数");
        assertThat(platforms.get(1)).startsWith("350582-p01|晋江鞋服新材料中试平台（样例）|中试平台|省级|350582|"
                + "350582-textile-footwear|shoe-materials、dyeing-finishing||")
                .contains("|发泡鞋材中试、染整小批量试产、检验检测|shoe-materials-t1|91350500155801216M|2");
        assertThat(platforms).hasSize(1 + COUNTY.platforms().size());
        assertThat(readBack(sheets, 1)).startsWith("平台编号|平台名称|顺序|单位名称|统一社会信用代码|角色",
                "350582-p01|晋江鞋服新材料中试平台（样例）|1|福建恒步体育用品有限公司（样例）|91350500155801216M|牵头依托单位",
                "350582-p01|晋江鞋服新材料中试平台（样例）|2|华侨大学||共建单位");
    }

    @Test
    void theWatchListKeepsEveryEditionWithItsReasonsAndMarksTheOneInForce() throws Exception {
        List<String> watch = readBack(PlatformSheets.sheets(COUNTY, Locale.SIMPLIFIED_CHINESE), 2);
        assertThat(watch).containsExactly("名单年度|通报年份|通报年份来源|通报文件|机构名称|统一社会信用代码|列入原因|数据年度适用",
                "2023|2024|填报|省高新技术企业认定管理机构内部通报（样例）|榕城示例高企咨询服务有限公司（样例）|91350102MA2XK7B414"
                        + "|代企业编造研发项目和知识产权材料（样例）|是",
                "2023|2024|填报|省高新技术企业认定管理机构内部通报（样例）|泉州示例科技服务有限公司（样例）|91350503MA31H5R87D"
                        + "|多家服务企业申报材料存在严重失误（样例）|是",
                "2022|2023|填报|省高新技术企业认定管理机构内部通报（样例）|厦门示例财税咨询有限公司（样例）||申报材料研发费用归集不实（样例）|否");
        // A data set of 2023: the 2022 list applies; of 2022: none yet.
        CountyDataset y2023 = CountyDataset.builder("350582", "晋江市", 2023).watchList(COUNTY.watchList()).build();
        assertThat(readBack(PlatformSheets.sheets(y2023, Locale.SIMPLIFIED_CHINESE), 2)).extracting(r -> r
                .substring(r.lastIndexOf('|') + 1)).containsExactly("数据年度适用", "否", "否", "是");
        CountyDataset y2022 = CountyDataset.builder("350582", "晋江市", 2022).watchList(COUNTY.watchList()).build();
        assertThat(readBack(PlatformSheets.sheets(y2022, Locale.SIMPLIFIED_CHINESE), 2)).extracting(r -> r
                .substring(r.lastIndexOf('|') + 1)).containsExactly("数据年度适用", "否", "否", "否");
    }

    @Test
    void englishHeadersAndEmptySheetsWithoutPlatformsOrList() throws Exception {
        CountyDataset empty = CountyDataset.builder("350582", "晋江市", 2024).build();
        List<ListSheet> en = PlatformSheets.sheets(empty, Locale.ENGLISH);
        assertThat(en).extracting(ListSheet::name).containsExactly("Platforms", "Platform hosts", "Watch list");
        assertThat(en).allSatisfy(s -> assertThat(s.rows()).isEmpty());
        assertThat(readBack(en, 2)).containsExactly("Year of the list|Circulated in|Circulation year|Source|Intermediary"
                + "|Credit code|Reason|In force in the data set's year");
    }
}
