package org.countychain.export.submission;

import java.util.ArrayList;
import java.util.List;

import org.countychain.division.ReportingUnit;
import org.countychain.export.excel.ListSheet;
import org.countychain.export.model.ExportMode;
import org.jspecify.annotations.Nullable;

/** The index workbook's own sheets: one row per report, and the package's facts with the deadline (R16). */
final class IndexSheets {
    private IndexSheets() {
    }

    static List<ListSheet> sheets(ReportingUnit city, int year, ExportMode mode, DeadlineStatus deadline,
                                  List<PackagedReport> reports) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        int n = 1;
        for (PackagedReport r : reports) {
            rows.add(List.<@Nullable Object>of(n++, r.unitId(), r.unitName(), r.chainName(), String.join("、", r.coveredCounties()),
                    r.consolidated() ? "设区市汇总报告" : "县（市、区）报告", r.file(),
                    r.complete() ? "完整，可报送" : "草稿，缺：" + String.join("、", r.missingItems()), r.reportId()));
        }
        ListSheet index = new ListSheet("报告索引", city.name() + year + "年《县域重点产业创新链调研报告》报送索引", "R16", "七",
                List.of(count("序号"), text("单位编号"), text("单位名称"), text("产业链"), text("覆盖县（市、区）"),
                        text("报告类型"), text("文件"), text("完整性"), text("报告编号")), rows);
        List<List<@Nullable Object>> facts = new ArrayList<>();
        facts.add(List.<@Nullable Object>of("报送单位", city.id() + " " + city.name()));
        facts.add(List.<@Nullable Object>of("报告年度", String.valueOf(year)));
        facts.add(List.<@Nullable Object>of("模式", mode == ExportMode.SUBMISSION ? "报送（报告须完整）" : "草稿"));
        facts.add(List.<@Nullable Object>of("报告份数", String.valueOf(reports.size())));
        facts.add(List.<@Nullable Object>of("报送截止日期", deadline.deadline().toString()));
        facts.add(List.<@Nullable Object>of("判定日期", deadline.asOf() == null ? "未给出" : deadline.asOf().toString()));
        facts.add(List.<@Nullable Object>of("是否逾期", deadline.asOf() == null ? "未判定"
                : deadline.late() ? "逾期 " + deadline.daysLate() + " 天" : "未逾期"));
        ListSheet about = new ListSheet("报送情况", "报送情况（10月底前报省科学技术信息研究所）", "R16", "七",
                List.of(text("项目"), text("内容")), facts);
        return List.of(index, about);
    }

    private static ListSheet.Column text(String header) {
        return new ListSheet.Column(header, ListSheet.Format.TEXT);
    }

    private static ListSheet.Column count(String header) {
        return new ListSheet.Column(header, ListSheet.Format.COUNT);
    }
}
