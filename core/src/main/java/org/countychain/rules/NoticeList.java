package org.countychain.rules;

import java.util.List;
import java.util.Locale;

import org.countychain.BilingualText;

/**
 * The lists the notice asks bureaus to keep (通知要求的清单), each made of the findings of some built-in codes.
 * Findings of plug-in rules appear in {@link ScreeningResult#findings()}, not in these lists.
 *
 * @since 0.1.0
 */
public enum NoticeList {
    /** R1, R2, R16: reports and submissions missing or late (报告与报送). */
    REPORTING("reporting", "调研报告与报送情况", "research reports and submissions",
            "R1-NO-REPORT", "R1-CITY-COVERAGE", "R2-MISSING-CHAIN", "R16-MISSING", "R16-LATE"),
    /** R4: bottlenecks of the chain maps that no demand, task or platform is aimed at (断点堵点难点攻关部署). */
    UNADDRESSED_BOTTLENECKS("unaddressed-bottlenecks", "尚无攻关力量的断点堵点难点清单", "bottlenecks nothing is aimed at",
            "R4-UNADDRESSED-BOTTLENECK"),
    /** R5: the one-on-one service list, most gaps first (“一对一”“点对点”服务清单). */
    SERVICE_LIST("service-list", "“一对一”“点对点”服务清单", "one-on-one service list", "R5-SERVICE"),
    /** R5, R7: data the screening needs but did not get (数据缺失). */
    DATA_GAPS("data-gaps", "数据缺失", "missing data", "R5-NO-FIGURES", "R7-NO-REVENUE", "R7-ZERO-REVENUE",
            "R8-NO-STATISTICS"),
    /** R6: incentives an enterprise could use but does not (惠企政策用好用足). */
    INCENTIVE_GUIDANCE("incentive-guidance", "惠企政策指导清单", "incentive guidance list",
            "R6-TAX-REDUCTION-UNUSED", "R6-SUPER-DEDUCTION-UNUSED", "R6-TECH-LOAN-UNUSED"),
    /** R7: enterprises to recommend first for provincial S&amp;T plan projects (优先推荐). */
    PRIORITY_LIST("priority-list", "优先推荐申报科技计划项目企业清单", "priority recommendation list", "R7-PRIORITY"),
    /** R8: R&amp;D statistics inconsistencies (科技统计报表异常). */
    RD_STATISTICS_ANOMALIES("rd-statistics-anomalies", "研发统计数据异常清单", "R&D statistics anomalies",
            "R8-PROJECTS-ZERO-RD", "R8-HIGH-TECH-ZERO"),
    /** R9, R11, FC: coverage figures per county, chain and in total (覆盖情况). */
    COVERAGE("coverage", "覆盖情况统计", "coverage figures", "R9-COVERAGE", "R11-COVERAGE", "FC-COVERAGE"),
    /**
     * R11: every high-tech enterprise valid in the year, for the notice's one visit to each (高新技术企业入企普查服务清单),
     * with its certificate and service contact; see {@link ScreeningResult#highTechVisitList()}.
     *
     * @since 0.2.0
     */
    HIGH_TECH_VISITS("high-tech-visits", "高新技术企业入企普查服务清单", "high-tech visit list", "R11-VISIT"),
    /** R11: high-tech enterprises to serve (入企普查服务：研发辅助帐、证书到期). */
    HIGH_TECH_SERVICE("high-tech-service", "高新技术企业服务清单", "high-tech enterprise service list",
            "R11-NO-LEDGER", "R11-CERTIFICATE-EXPIRES"),
    /** R11: above-scale S&amp;T enterprises to cultivate into high-tech enterprises (培育清单). */
    CULTIVATION_LIST("cultivation-list", "高新技术企业培育清单", "high-tech cultivation list", "R11-CULTIVATE"),
    /** R12: enterprises served by a watch-listed intermediary (中介机构通报). */
    WATCH_LIST_HITS("watch-list-hits", "“严重失误”中介服务企业清单", "enterprises served by watch-listed intermediaries",
            "R12-WATCHED-INTERMEDIARY"),
    /** R13: chains without a team, teams serving several chains (科技特派团). */
    TALENT_TEAMS("talent-teams", "科技特派团组建情况", "S&T commissioner teams", "R13-NO-TEAM",
            "R13-TEAM-SEVERAL-CHAINS"),
    /** R14: investment-attraction needs overdue or late (科技招商需求). */
    INVESTMENT_NEEDS("investment-needs", "科技招商需求上报情况", "investment-attraction needs", "R14-OVERDUE", "R14-LATE",
            "R14-VERY-LARGE-PENDING");

    private final String fileName;
    private final BilingualText title;
    private final List<String> codes;

    NoticeList(String fileName, String titleZh, String titleEn, String... codes) {
        this.fileName = fileName;
        this.title = new BilingualText(titleZh, titleEn);
        this.codes = List.of(codes);
    }

    /**
     * A stable name for files and JSON, for example {@code service-list}.
     *
     * @return the name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The list's title.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the title
     */
    public String title(Locale locale) {
        return title.in(locale);
    }

    /**
     * The finding codes the list is made of, in list order.
     *
     * @return the codes
     */
    public List<String> codes() {
        return codes;
    }
}
