package org.countychain.rules.notice;

import java.math.BigDecimal;
import java.util.List;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.rules.internal.Amounts;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * R8 (二.2): “避免出现部分规上工业企业在科技部门立有项目但科技统计报表数据是零，部分规上工业企业是高新技术企业但科技统计
 * 报表中项目数是零、研发经费支出是零等情况”.
 *
 * <p>For every industrial enterprise ({@code Enterprise.countsAsIndustrial}) above scale in the reporting year
 * (its status of that year) with figures for it:
 * <ul>
 *   <li>(a) {@code R8-PROJECTS-ZERO-RD}: S&amp;T-department projects above zero, but the statistics report's
 *       R&amp;D expenditure is a reported zero;</li>
 *   <li>(b) {@code R8-HIGH-TECH-ZERO}: a high-tech enterprise (under {@code highTechValidity}) whose statistics
 *       report shows a reported zero project count or a reported zero R&amp;D expenditure;</li>
 *   <li>{@code R8-NO-STATISTICS}: (a) or (b) would apply but there is no statistics report, or it gives
 *       neither figure, so nothing can be compared.</li>
 * </ul>
 * Each finding carries the figures compared, and the enterprise's own R&amp;D expense for reference.
 *
 * @since 0.1.0
 */
public final class R08StatisticsConsistencyRule extends NoticeRule implements EnterpriseRule {
    /** (a). Evidence: scienceDepartmentProjects, statisticsRdExpenditure, statisticsProjectCount, rdExpense. */
    public static final FindingType PROJECTS_ZERO_RD = BuiltInTypes.type("R8-PROJECTS-ZERO-RD", "R8",
            Severity.WARNING, "scienceDepartmentProjects", "statisticsRdExpenditure", "statisticsProjectCount",
            "rdExpense");
    /** (b). Evidence: certificateNumber, statisticsProjectCount, statisticsRdExpenditure, rdExpense. */
    public static final FindingType HIGH_TECH_ZERO = BuiltInTypes.type("R8-HIGH-TECH-ZERO", "R8", Severity.WARNING,
            "certificateNumber", "statisticsProjectCount", "statisticsRdExpenditure", "rdExpense");
    /** Nothing to compare. Evidence: scienceDepartmentProjects, certificateNumber. */
    public static final FindingType NO_STATISTICS = BuiltInTypes.type("R8-NO-STATISTICS", "R8", Severity.WARNING,
            "scienceDepartmentProjects", "certificateNumber");

    private static final int PROJECTS_ROW = 0;
    private static final int HIGH_TECH_ROW = 1;
    private static final int NO_STATISTICS_ROW = 2;

    /**
     * Creates the rule.
     */
    public R08StatisticsConsistencyRule() {
        super("R8", "二.2", PROJECTS_ZERO_RD, HIGH_TECH_ZERO, NO_STATISTICS);
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        List<Enterprise> enterprises = context.enterprises();
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        List<@Nullable HighTechCertificate> certificates = context.highTechCertificates();
        EnterpriseFindings.Builder out = EnterpriseFindings.builder(findingTypes(), enterprises, (type, i, payload) -> {
            AnnualRdFigures f = figures.get(i);
            HighTechCertificate certificate = certificates.get(i);
            RdStatisticsReport s = f.statisticsReport();
            BigDecimal expenditure = s == null ? null : s.rdExpenditure();
            Integer count = s == null ? null : s.projectCount();
            if (type == PROJECTS_ROW) {
                return new Object[] {f.scienceDepartmentProjects(), expenditure, count, f.rdExpense()};
            }
            if (type == HIGH_TECH_ROW) {
                return new Object[] {certificate.number(), count, expenditure, f.rdExpense()};
            }
            return new Object[] {f.scienceDepartmentProjects(), certificate == null ? null : certificate.number()};
        });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                for (int i = from; i < to; i++) {
                    Enterprise e = enterprises.get(i);
                    AnnualRdFigures f = figures.get(i);
                    // 规上工业企业: above scale in the year, and industrial (mining, manufacturing, utilities).
                    if (f == null || !e.isAboveScaleIn(f) || !e.countsAsIndustrial()) {
                        continue;
                    }
                    Integer projects = f.scienceDepartmentProjects();
                    boolean hasProjects = projects != null && projects > 0;
                    HighTechCertificate certificate = certificates.get(i);
                    if (!hasProjects && certificate == null) {
                        continue;
                    }
                    RdStatisticsReport s = f.statisticsReport();
                    BigDecimal expenditure = s == null ? null : s.rdExpenditure();
                    Integer count = s == null ? null : s.projectCount();
                    if (expenditure == null && count == null) {
                        out.add(NO_STATISTICS_ROW, i);
                        continue;
                    }
                    if (hasProjects && Amounts.isZero(expenditure)) {
                        out.add(PROJECTS_ROW, i);
                    }
                    if (certificate != null && ((count != null && count == 0) || Amounts.isZero(expenditure))) {
                        out.add(HIGH_TECH_ROW, i);
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                return out.build();
            }
        };
    }
}
