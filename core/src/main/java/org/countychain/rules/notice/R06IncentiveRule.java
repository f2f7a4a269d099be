package org.countychain.rules.notice;

import java.util.List;
import java.util.Objects;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.Incentive;
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
 * R6 (二.1): “指导企业用好用足高新技术企业所得税减免、企业研发费用税前加计扣除、科技贷等惠企政策”.
 *
 * <p>For every enterprise with figures for the reporting year, each incentive it is eligible for and did not use:
 * <ul>
 *   <li>income-tax reduction: a certificate that counts under {@code taxReductionValidity} (default: valid on
 *       31 December, 国家税务总局公告2017年第24号), and {@link Incentive#HIGH_TECH_TAX_REDUCTION} not used;</li>
 *   <li>R&amp;D super-deduction: R&amp;D expense above zero, an industry not excluded (财税〔2015〕119号; an
 *       unknown industry is not excluded), and {@link Incentive#RD_SUPER_DEDUCTION} not used;</li>
 *   <li>科技贷: a registered S&amp;T SME (科技型中小企业, the loans' target group), and {@link Incentive#TECH_LOAN}
 *       not used.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class R06IncentiveRule extends NoticeRule implements EnterpriseRule {
    /** Eligible for the high-tech income-tax reduction, not used. Evidence: certificateNumber, validUntil. */
    public static final FindingType TAX_REDUCTION_UNUSED = BuiltInTypes.type("R6-TAX-REDUCTION-UNUSED", "R6",
            Severity.ACTION, "certificateNumber", "validUntil");
    /** Eligible for the R&amp;D super-deduction, not used. Evidence: rdExpense, industryCode. */
    public static final FindingType SUPER_DEDUCTION_UNUSED = BuiltInTypes.type("R6-SUPER-DEDUCTION-UNUSED", "R6",
            Severity.ACTION, "rdExpense", "industryCode");
    /** A registered S&amp;T SME not using 科技贷. Evidence: rdExpense, operatingRevenue. */
    public static final FindingType TECH_LOAN_UNUSED = BuiltInTypes.type("R6-TECH-LOAN-UNUSED", "R6",
            Severity.ACTION, "rdExpense", "operatingRevenue");

    private static final int TAX_ROW = 0;
    private static final int DEDUCTION_ROW = 1;
    private static final int LOAN_ROW = 2;

    /**
     * Creates the rule.
     */
    public R06IncentiveRule() {
        super("R6", "二.1", TAX_REDUCTION_UNUSED, SUPER_DEDUCTION_UNUSED, TECH_LOAN_UNUSED);
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        int year = context.reportingYear();
        var validity = context.settings().taxReductionValidity();
        List<String> excluded = context.settings().superDeductionExcludedIndustries();
        List<Enterprise> enterprises = context.enterprises();
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        EnterpriseFindings.Builder out = EnterpriseFindings.builder(findingTypes(), enterprises, (type, i, payload) -> {
            AnnualRdFigures f = figures.get(i);
            if (type == TAX_ROW) {
                // Rows of this type are added with the certificate as their payload.
                HighTechCertificate c = (HighTechCertificate) Objects.requireNonNull(payload);
                return new Object[] {c.number(), c.effectiveValidUntil()};
            }
            return type == DEDUCTION_ROW ? new Object[] {f.rdExpense(), enterprises.get(i).industryCode()}
                    : new Object[] {f.rdExpense(), f.operatingRevenue()};
        });
        // Industry codes repeat (an enterprise takes its chain's): remember the last answers by identity.
        String[] seenCodes = new String[8];
        boolean[] seenExcluded = new boolean[8];
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                for (int i = from; i < to; i++) {
                    Enterprise e = enterprises.get(i);
                    AnnualRdFigures f = figures.get(i);
                    if (f == null) {
                        continue;
                    }
                    var used = f.incentivesUsed();
                    if (!used.contains(Incentive.HIGH_TECH_TAX_REDUCTION)) {
                        HighTechCertificate c = e.highTechCertificates().isEmpty() ? null : validity.certificate(e,
                                year);
                        if (c != null) {
                            out.add(TAX_ROW, i, c);
                        }
                    }
                    if (f.hasRdInvestment() && !used.contains(Incentive.RD_SUPER_DEDUCTION)
                            && !isExcluded(e.industryCode(), excluded, seenCodes, seenExcluded)) {
                        out.add(DEDUCTION_ROW, i);
                    }
                    if (e.scienceTechSme() && !used.contains(Incentive.TECH_LOAN)) {
                        out.add(LOAN_ROW, i);
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                return out.build();
            }
        };
    }

    private static boolean isExcluded(@Nullable String industryCode, List<String> excluded, String[] seenCodes,
                                      boolean[] seenExcluded) {
        if (industryCode == null) {
            return false;
        }
        int slot = System.identityHashCode(industryCode) & (seenCodes.length - 1);
        if (seenCodes[slot] != industryCode) {
            seenCodes[slot] = industryCode;
            seenExcluded[slot] = isExcluded(industryCode, excluded);
        }
        return seenExcluded[slot];
    }

    private static boolean isExcluded(String industryCode, List<String> excluded) {
        if (industryCode == null) {
            return false;
        }
        for (int i = 0; i < excluded.size(); i++) {
            if (industryCode.startsWith(excluded.get(i))) {
                return true;
            }
        }
        return false;
    }
}
