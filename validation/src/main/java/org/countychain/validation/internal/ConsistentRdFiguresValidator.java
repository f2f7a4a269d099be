package org.countychain.validation.internal;

import java.math.BigDecimal;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.CreditCodeCheck;
import org.countychain.validation.constraints.ConsistentRdFigures;

import org.jspecify.annotations.Nullable;

/**
 * {@link ConsistentRdFigures} on a year's R&amp;D figures, its statistics report included.
 */
public final class ConsistentRdFiguresValidator extends ReportingValidator<ConsistentRdFigures, AnnualRdFigures> {
    private static final String K = "ConsistentRdFigures.";

    @Override
    protected void findProblems(AnnualRdFigures f, Report report) {
        check(f, report);
    }

    /**
     * The checks of a year's figures: the five amounts as {@code @Yuan} checks them, the consistency rules, and
     * the statistics report's rules below {@code statisticsReport}. Read once, in one pass: as separate
     * constraints and cascades they cost the engine several times more.
     *
     * @param f      the figures
     * @param report where violations go, paths relative to the figures
     */
    static void check(AnnualRdFigures f, Report report) {
        BigDecimal rd = f.rdExpense();
        BigDecimal revenue = f.operatingRevenue();
        yuan(report, revenue, "operatingRevenue");
        yuan(report, rd, "rdExpense");
        yuan(report, f.selfFundedRdExpense(), "selfFundedRdExpense");
        yuan(report, f.domesticRdExpense(), "domesticRdExpense");
        yuan(report, f.highTechProductRevenue(), "highTechProductRevenue");
        if (f.intermediaryCode() != null) {
            // Read leniently, so only the check character can be wrong (a pilot-era code is accepted, as elsewhere).
            CreditCodeCheck c = CreditCode.check(f.intermediaryCode().value());
            if (c.status() == CreditCodeCheck.Status.WRONG_CHECK_CHARACTER) {
                report.add(Templates.pieces("ValidCreditCode.checkCharacter", c.found(), c.expected()),
                        "intermediaryCode");
            }
        }
        if (above(f.selfFundedRdExpense(), rd)) {
            report.add(Templates.pieces(K + "selfFundedAboveTotal", plain(f.selfFundedRdExpense()), plain(rd)),
                    "selfFundedRdExpense");
        }
        if (above(f.domesticRdExpense(), rd)) {
            report.add(Templates.pieces(K + "domesticAboveTotal", plain(f.domesticRdExpense()), plain(rd)),
                    "domesticRdExpense");
        }
        if (!f.rdAboveRevenueExplained() && above(rd, revenue)) {
            report.add(Templates.pieces(K + "rdAboveRevenue", plain(rd), plain(revenue)), "rdExpense");
        }
        if (above(f.highTechProductRevenue(), revenue)) {
            report.add(Templates.pieces(K + "highTechRevenueAboveRevenue", plain(f.highTechProductRevenue()),
                    plain(revenue)), "highTechProductRevenue");
        }
        if (f.scienceTechStaff() != null && f.employees() != null && f.scienceTechStaff() > f.employees()) {
            report.add(Templates.pieces(K + "staffAboveEmployees", f.scienceTechStaff(), f.employees()),
                    "scienceTechStaff");
        }
        if (f.auxiliaryLedgerStyle() != null && !Boolean.TRUE.equals(f.auxiliaryLedger())) {
            report.add(Templates.key(K + "styleWithoutLedger"), "auxiliaryLedgerStyle");
        }
        if (f.statisticsReport() != null) {
            ConsistentRdStatisticsValidator.check(f.statisticsReport(), report.under("statisticsReport"));
        }
    }

    /**
     * Checks an amount as {@code @Yuan} with its default bound does.
     *
     * @param report where a violation goes
     * @param value  the amount or {@code null}
     * @param path   the amount's path
     */
    static void yuan(Report report, @Nullable BigDecimal value, Object... path) {
        if (value == null) {
            return;
        }
        String problem = YuanValidator.problem(value, YuanValidator.DEFAULT_MAX);
        if (problem != null) {
            report.add(problem.equals("Yuan.tooLarge")
                    ? Templates.pieces(problem, YuanValidator.DEFAULT_MAX.toPlainString())
                    : Templates.key(problem), path);
        }
    }

    static boolean above(@Nullable BigDecimal part, @Nullable BigDecimal total) {
        return part != null && total != null && part.compareTo(total) > 0;
    }

    /** An amount in a message; {@code null} only where a check let it through, shown as empty. */
    static String plain(@Nullable BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
