package org.countychain.validation.internal;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.validation.constraints.ConsistentRdFigures;

/**
 * {@link ConsistentRdFigures} on a year's R&amp;D figures.
 */
public final class ConsistentRdFiguresValidator implements ConstraintValidator<ConsistentRdFigures, AnnualRdFigures> {
    private static final String K = "ConsistentRdFigures.";
    private boolean detailed;

    @Override
    public void initialize(ConsistentRdFigures annotation) {
        detailed = Report.isDefault(annotation.message(), "ConsistentRdFigures");
    }

    @Override
    public boolean isValid(AnnualRdFigures f, ConstraintValidatorContext context) {
        if (f == null) {
            return true;
        }
        Report report = null;
        BigDecimal rd = f.rdExpense();
        BigDecimal revenue = f.operatingRevenue();
        // The amounts, as @Yuan checks them: read here once with the consistency rules rather than as five more
        // constraints per year (a fifth of the time of validating a province).
        report = yuan(report, context, revenue, "operatingRevenue");
        report = yuan(report, context, rd, "rdExpense");
        report = yuan(report, context, f.selfFundedRdExpense(), "selfFundedRdExpense");
        report = yuan(report, context, f.domesticRdExpense(), "domesticRdExpense");
        report = yuan(report, context, f.highTechProductRevenue(), "highTechProductRevenue");
        if (above(f.selfFundedRdExpense(), rd)) {
            report = add(report, context, Templates.pieces(K + "selfFundedAboveTotal",
                    plain(f.selfFundedRdExpense()), plain(rd)), "selfFundedRdExpense");
        }
        if (above(f.domesticRdExpense(), rd)) {
            report = add(report, context, Templates.pieces(K + "domesticAboveTotal",
                    plain(f.domesticRdExpense()), plain(rd)), "domesticRdExpense");
        }
        if (!f.rdAboveRevenueExplained() && above(rd, revenue)) {
            report = add(report, context, Templates.pieces(K + "rdAboveRevenue", plain(rd), plain(revenue)),
                    "rdExpense");
        }
        if (above(f.highTechProductRevenue(), revenue)) {
            report = add(report, context, Templates.pieces(K + "highTechRevenueAboveRevenue",
                    plain(f.highTechProductRevenue()), plain(revenue)), "highTechProductRevenue");
        }
        if (f.scienceTechStaff() != null && f.employees() != null && f.scienceTechStaff() > f.employees()) {
            report = add(report, context, Templates.pieces(K + "staffAboveEmployees", f.scienceTechStaff(),
                    f.employees()), "scienceTechStaff");
        }
        if (f.auxiliaryLedgerStyle() != null && !Boolean.TRUE.equals(f.auxiliaryLedger())) {
            report = add(report, context, Templates.key(K + "styleWithoutLedger"), "auxiliaryLedgerStyle");
        }
        return report == null;
    }

    private Report yuan(Report report, ConstraintValidatorContext context, BigDecimal value, String field) {
        if (value == null) {
            return report;
        }
        String problem = YuanValidator.problem(value, YuanValidator.DEFAULT_MAX);
        if (problem == null) {
            return report;
        }
        return add(report, context, problem.equals("Yuan.tooLarge")
                ? Templates.pieces(problem, YuanValidator.DEFAULT_MAX.toPlainString()) : Templates.key(problem), field);
    }

    private Report add(Report report, ConstraintValidatorContext context, String template, Object... path) {
        Report r = report == null ? new Report(context, detailed) : report;
        r.add(template, path);
        return r;
    }

    static boolean above(BigDecimal part, BigDecimal total) {
        return part != null && total != null && part.compareTo(total) > 0;
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
