package org.countychain.export.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.ServiceContact;
import org.countychain.report.ResearchReport;

/**
 * The notice's lists for a report's chain as appendix tables. Interim: this reads the notice's R5, R7, R8 and R11
 * straight from the model for the report's year. It is the one place to switch to the rule engine's lists (service
 * list, priority list, anomalies, cultivation list) when the engine is available, so every exporter prints the
 * engine's verdicts without change.
 */
final class NoticeLists {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal PRIORITY_RATIO_PERCENT = BigDecimal.valueOf(5);
    private static final BigDecimal PRIORITY_SELF_FUNDED = new BigDecimal("20000000");

    private NoticeLists() {
    }

    static AppendixTable table(NoticeAppendix appendix, int number, ResearchReport report, List<Enterprise> chain) {
        int year = report.year();
        String title = "附件" + number + " " + report.chainName() + "产业链" + appendix.label();
        String note = "数据年度：" + year + "年；依据闽科高〔2024〕135号；由本报告所附数据集生成。";
        return switch (appendix) {
            case SERVICE -> service(title, year, chain, note);
            case PRIORITY -> priority(title, year, chain, note);
            case ANOMALIES -> anomalies(title, year, chain, note);
            case CULTIVATION -> cultivation(title, year, chain, note);
        };
    }

    private static Optional<AnnualRdFigures> figures(Enterprise e, int year) {
        return e.year(year);
    }

    private static boolean inScope(Enterprise e) {
        return e.aboveScale() && e.manufacturing();
    }

    // R5: above-scale manufacturing enterprises without R&D investment, R&D institution or invention patent.
    private static AppendixTable service(String title, int year, List<Enterprise> chain, String note) {
        record Row(Enterprise e, List<String> gaps) {
        }
        List<Row> found = new ArrayList<>();
        for (Enterprise e : chain) {
            if (!inScope(e)) {
                continue;
            }
            figures(e, year).ifPresent(f -> {
                List<String> gaps = new ArrayList<>();
                if (!f.hasRdInvestment()) {
                    gaps.add("无研发投入");
                }
                if (!f.hasRdInstitution()) {
                    gaps.add("无研发机构");
                }
                if (!f.hasInventionPatent()) {
                    gaps.add("无发明专利");
                }
                if (!gaps.isEmpty()) {
                    found.add(new Row(e, gaps));
                }
            });
        }
        found.sort(Comparator.comparingInt((Row r) -> -r.gaps().size()).thenComparing(r -> r.e().name()));
        List<List<String>> rows = new ArrayList<>();
        for (Row r : found) {
            ServiceContact c = r.e().serviceContact();
            rows.add(List.of(Integer.toString(rows.size() + 1), r.e().name(), r.e().creditCode().toString(),
                    String.join("、", r.gaps()), c == null ? "（未指定）" : contact(c)));
        }
        return new AppendixTable(title, "表 " + title.substring(title.indexOf(' ') + 1),
                List.of("序号", "企业名称", "统一社会信用代码", "缺项", "服务联系人"), rows, note);
    }

    private static String contact(ServiceContact c) {
        StringBuilder sb = new StringBuilder(c.name());
        if (c.organisation() != null) {
            sb.append('（').append(c.organisation()).append('）');
        }
        if (c.phone() != null) {
            sb.append(' ').append(c.phone());
        }
        return sb.toString();
    }

    // R7: R&D expense / revenue strictly above 5 %, or self-funded R&D of 20 million yuan or more.
    private static AppendixTable priority(String title, int year, List<Enterprise> chain, String note) {
        List<List<String>> rows = new ArrayList<>();
        for (Enterprise e : chain) {
            Optional<AnnualRdFigures> fo = figures(e, year);
            if (fo.isEmpty()) {
                continue;
            }
            AnnualRdFigures f = fo.get();
            BigDecimal ratio = ratioPercent(f);
            // Exactly: 5 % plus one cent must count, so the ratio is never rounded before comparing.
            boolean byRatio = ratio != null && above(f, PRIORITY_RATIO_PERCENT, false);
            boolean bySelfFunded = f.selfFundedRdExpense() != null
                    && f.selfFundedRdExpense().compareTo(PRIORITY_SELF_FUNDED) >= 0;
            if (byRatio || bySelfFunded) {
                String reason = byRatio && bySelfFunded ? "研发强度高于5%，自主研发费用2000万元以上"
                        : byRatio ? "研发强度高于5%" : "自主研发费用2000万元以上";
                rows.add(List.of(Integer.toString(rows.size() + 1), e.name(), wan(f.operatingRevenue()),
                        wan(f.rdExpense()), ratio == null ? "—" : ratio.setScale(2, RoundingMode.HALF_UP) + "%",
                        wan(f.selfFundedRdExpense()), reason));
            }
        }
        return new AppendixTable(title, "表 " + title.substring(title.indexOf(' ') + 1),
                List.of("序号", "企业名称", "营业收入（万元）", "研发费用（万元）", "研发强度", "自主研发费用（万元）", "推荐理由"),
                rows, note);
    }

    // R8: (a) S&T-department projects but zero R&D in the statistics report; (b) a high-tech enterprise whose
    // statistics report shows zero projects or zero R&D expenditure.
    private static AppendixTable anomalies(String title, int year, List<Enterprise> chain, String note) {
        List<List<String>> rows = new ArrayList<>();
        for (Enterprise e : chain) {
            Optional<AnnualRdFigures> fo = figures(e, year);
            if (fo.isEmpty() || fo.get().statisticsReport() == null) {
                continue;
            }
            AnnualRdFigures f = fo.get();
            RdStatisticsReport s = f.statisticsReport();
            boolean zeroRd = s.rdExpenditure() != null && s.rdExpenditure().signum() == 0;
            boolean zeroProjects = s.projectCount() != null && s.projectCount() == 0;
            List<String> what = new ArrayList<>();
            if (inScope(e) && f.scienceDepartmentProjects() != null && f.scienceDepartmentProjects() > 0 && zeroRd) {
                what.add("科技部门立项" + f.scienceDepartmentProjects() + "项，统计报表研发费用为零");
            }
            if (e.isHighTechDuring(year) && (zeroRd || zeroProjects)) {
                what.add("高新技术企业，统计报表" + (zeroProjects ? "研发项目数为零" : "") + (zeroProjects && zeroRd ? "、" : "")
                        + (zeroRd ? "研发费用为零" : ""));
            }
            if (!what.isEmpty()) {
                rows.add(List.of(Integer.toString(rows.size() + 1), e.name(), e.creditCode().toString(),
                        count(f.scienceDepartmentProjects()), wan(s.rdExpenditure()), count(s.projectCount()),
                        String.join("；", what)));
            }
        }
        return new AppendixTable(title, "表 " + title.substring(title.indexOf(' ') + 1),
                List.of("序号", "企业名称", "统一社会信用代码", "科技部门项目（项）", "统计研发费用（万元）", "统计研发项目（项）", "异常情况"),
                rows, note);
    }

    // R11: above-scale S&T enterprises that are not valid high-tech enterprises at the year's end, with their R&D
    // ratio against the band.
    private static AppendixTable cultivation(String title, int year, List<Enterprise> chain, String note) {
        List<List<String>> rows = new ArrayList<>();
        for (Enterprise e : chain) {
            if (!e.aboveScale() || !e.scienceTechSme()
                    || e.highTechCertificateOn(java.time.LocalDate.of(year, 12, 31)).isPresent()) {
                continue;
            }
            Optional<AnnualRdFigures> fo = figures(e, year);
            BigDecimal ratio = fo.map(NoticeLists::ratioPercent).orElse(null);
            BigDecimal revenue = fo.map(AnnualRdFigures::operatingRevenue).orElse(null);
            int band = revenue == null ? 0 : revenue.compareTo(new BigDecimal("50000000")) <= 0 ? 5
                    : revenue.compareTo(new BigDecimal("200000000")) <= 0 ? 4 : 3;
            String gap;
            if (ratio == null || band == 0) {
                gap = "研发费用或营业收入未报，无法判断";
            } else if (above(fo.get(), BigDecimal.valueOf(band), true)) {
                gap = "研发强度已达" + band + "%，对照其他认定条件逐项核实";
            } else {
                gap = "研发强度低于" + band + "%（差" + BigDecimal.valueOf(band).subtract(ratio).setScale(2,
                        RoundingMode.HALF_UP) + "个百分点）";
            }
            rows.add(List.of(Integer.toString(rows.size() + 1), e.name(), e.creditCode().toString(), wan(revenue),
                    ratio == null ? "—" : ratio.setScale(2, RoundingMode.HALF_UP) + "%", gap));
        }
        return new AppendixTable(title, "表 " + title.substring(title.indexOf(' ') + 1),
                List.of("序号", "企业名称", "统一社会信用代码", "营业收入（万元）", "研发强度", "与认定条件的差距"), rows, note);
    }

    /** Whether R&amp;D expense / revenue is above (or at, when {@code orEqual}) a percentage, compared exactly. */
    private static boolean above(AnnualRdFigures f, BigDecimal percent, boolean orEqual) {
        int c = f.rdExpense().multiply(HUNDRED).compareTo(f.operatingRevenue().multiply(percent));
        return orEqual ? c >= 0 : c > 0;
    }

    private static BigDecimal ratioPercent(AnnualRdFigures f) {
        if (f.rdExpense() == null || f.operatingRevenue() == null || f.operatingRevenue().signum() == 0) {
            return null;
        }
        return f.rdExpense().multiply(HUNDRED).divide(f.operatingRevenue(), 6, RoundingMode.HALF_UP);
    }

    private static String wan(BigDecimal yuan) {
        return yuan == null ? "—" : yuan.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String count(Integer n) {
        return n == null ? "—" : Integer.toString(n);
    }
}
