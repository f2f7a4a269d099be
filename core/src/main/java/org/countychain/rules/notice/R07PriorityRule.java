package org.countychain.rules.notice;

import java.math.BigDecimal;
import java.util.List;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.internal.Amounts;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.PriorityReason;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Share;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * R7 (二.1): “对研发费用占营业收入比重高于5%的或年度自主研发费用2000万元以上的企业，优先推荐申报各类科技计划项目”.
 *
 * <p>For every enterprise with figures for the reporting year: priority ({@code R7-PRIORITY}) when
 * {@code rdExpense × 100 > operatingRevenue × 5} (高于: strict, compared exactly without division) or
 * {@code selfFundedRdExpense ≥ 20,000,000} (以上: inclusive). A revenue of zero or not reported gives no ratio but
 * a data finding ({@code R7-ZERO-REVENUE}, {@code R7-NO-REVENUE}); the self-funded test still applies.
 *
 * @since 0.1.0
 */
public final class R07PriorityRule extends NoticeRule implements EnterpriseRule {
    /**
     * Recommended first. Evidence: reasons, rdExpense, operatingRevenue, rdRatioPercent, selfFundedRdExpense,
     * rdRatioThresholdPercent (the threshold applied, a {@link Share} of 100) and rdRatioComparison (the share against the threshold, with
     * as many decimals as it takes to see the comparison: {@code 5.00000001% > 5%} for one cent above 5% of
     * 100,000,000 yuan, where two decimals would show {@code 5.00%}).
     */
    public static final FindingType PRIORITY = BuiltInTypes.type("R7-PRIORITY", "R7", Severity.INFO,
            "reasons", "rdExpense", "operatingRevenue", "rdRatioPercent", "selfFundedRdExpense",
            "rdRatioThresholdPercent", "rdRatioComparison");
    /** Revenue not reported: no ratio. Evidence: rdExpense, selfFundedRdExpense. */
    public static final FindingType NO_REVENUE = BuiltInTypes.type("R7-NO-REVENUE", "R7", Severity.WARNING,
            "rdExpense", "selfFundedRdExpense");
    /** Revenue zero: no ratio. Evidence: rdExpense, selfFundedRdExpense. */
    public static final FindingType ZERO_REVENUE = BuiltInTypes.type("R7-ZERO-REVENUE", "R7", Severity.WARNING,
            "rdExpense", "selfFundedRdExpense");

    private static final List<PriorityReason> RATIO = List.of(PriorityReason.RD_RATIO);
    private static final List<PriorityReason> SELF_FUNDED = List.of(PriorityReason.SELF_FUNDED_RD);
    private static final List<PriorityReason> BOTH = List.of(PriorityReason.RD_RATIO, PriorityReason.SELF_FUNDED_RD);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PRIORITY_ROW = 0;
    private static final int NO_REVENUE_ROW = 1;
    private static final int ZERO_REVENUE_ROW = 2;

    /**
     * Creates the rule.
     */
    public R07PriorityRule() {
        super("R7", "二.1", PRIORITY, NO_REVENUE, ZERO_REVENUE);
    }

    /**
     * The share against the threshold as a reader checks it: {@code 5.00000001% > 5%}, {@code 5.00% = 5%},
     * {@code 3.20% < 5%}; the share has at least two decimals and as many more as the comparison needs.
     *
     * @param share     the R&D share of revenue (defined)
     * @param threshold the threshold percentage
     * @return the comparison, locale-neutral
     */
    static String comparison(Share share, BigDecimal threshold) {
        int c = share.compareToPercent(threshold);
        return share.percentText(threshold) + "% " + (c > 0 ? ">" : c < 0 ? "<" : "=") + " "
                + threshold.stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        BigDecimal percent = context.settings().priorityRdRatioPercent();
        BigDecimal minimum = context.settings().prioritySelfFundedRdMinimum();
        // The threshold as a share of 100, so that it reads and formats as the percentage it is.
        Share threshold = Share.of(percent, HUNDRED);
        List<Enterprise> enterprises = context.enterprises();
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        EnterpriseFindings.Builder out = EnterpriseFindings.builder(findingTypes(), enterprises, (type, i, reasons) -> {
            AnnualRdFigures f = figures.get(i);
            BigDecimal revenue = f.operatingRevenue();
            BigDecimal rd = f.rdExpense();
            if (type != PRIORITY_ROW) {
                return new Object[] {rd, f.selfFundedRdExpense()};
            }
            Share share = revenue != null && revenue.signum() > 0 && rd != null ? Share.of(rd, revenue) : null;
            return new Object[] {reasons, rd, revenue, share, f.selfFundedRdExpense(), threshold,
                share == null ? null : comparison(share, percent)};
        });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                for (int i = from; i < to; i++) {
                    AnnualRdFigures f = figures.get(i);
                    if (f == null) {
                        continue;
                    }
                    BigDecimal revenue = f.operatingRevenue();
                    BigDecimal rd = f.rdExpense();
                    BigDecimal selfFunded = f.selfFundedRdExpense();
                    boolean byRatio = revenue != null && revenue.signum() > 0 && rd != null
                            && Amounts.above(rd, revenue, percent);
                    boolean bySelfFunded = selfFunded != null && selfFunded.compareTo(minimum) >= 0;
                    if (byRatio || bySelfFunded) {
                        out.add(PRIORITY_ROW, i, byRatio ? bySelfFunded ? BOTH : RATIO : SELF_FUNDED);
                    }
                    if (revenue == null) {
                        out.add(NO_REVENUE_ROW, i);
                    } else if (revenue.signum() == 0) {
                        out.add(ZERO_REVENUE_ROW, i);
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
