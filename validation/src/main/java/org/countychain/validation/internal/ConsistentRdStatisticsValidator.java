package org.countychain.validation.internal;

import java.math.BigDecimal;

import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.RdStatisticsReport.Assets;
import org.countychain.enterprise.RdStatisticsReport.Expenses;
import org.countychain.enterprise.RdStatisticsReport.Funding;
import org.countychain.enterprise.RdStatisticsReport.Institutions;
import org.countychain.enterprise.RdStatisticsReport.Outputs;
import org.countychain.enterprise.RdStatisticsReport.Staff;
import org.countychain.validation.constraints.ConsistentRdStatistics;

import org.jspecify.annotations.Nullable;

/**
 * {@link ConsistentRdStatistics}: the amounts of the 107-2 form (errors) and its consistency checks S1–S10 of
 * docs/rd-statistics.md (warnings: their codes' {@link org.countychain.validation.ViolationCode#defaultSeverity()}).
 */
public final class ConsistentRdStatisticsValidator
        extends ReportingValidator<ConsistentRdStatistics, RdStatisticsReport> {
    private static final String K = "ConsistentRdStatistics.";
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    @Override
    protected void findProblems(RdStatisticsReport r, Report report) {
        check(r, report);
    }

    /**
     * The checks of a report: its amounts as {@code @Yuan} checks them and the 107-2 rules.
     *
     * @param r      the report
     * @param report where violations go, paths relative to the report
     */
    static void check(RdStatisticsReport r, Report report) {
        new Checker(report).check(r);
    }

    /** One run: validators are shared between threads, so what a run needs lives here. */
    private static final class Checker {
        private final Report report;

        Checker(Report report) {
            this.report = report;
        }

        void add(String template, Object... path) {
            report.add(template, path);
        }

        void check(RdStatisticsReport r) {
            BigDecimal total = r.rdExpenditure();
            Staff staff = r.staff();
            Expenses exp = r.expenses();
            Funding fund = r.funding();
            Institutions inst = r.institutions();
            Outputs out = r.outputs();
            Assets assets = r.assets();
            yuan(total, "rdExpenditure");
            amounts(exp, fund, inst, out, assets);
            Integer staffTotal = staff == null ? null : staff.total();
            if (staff != null && staffTotal != null) {
                // S1: every "of which" ≤ the total.
                part(staff.managementAndService(), staffTotal, "managementAndService");
                part(staff.female(), staffTotal, "female");
                part(staff.fullTime(), staffTotal, "fullTime");
                part(staff.bachelorOrAbove(), staffTotal, "bachelorOrAbove");
                part(staff.external(), staffTotal, "external");
            }
            if (inst != null) {
                // S2: total ≥ institutions' staff ≥ doctors + masters; bachelor or above ≥ doctors + masters.
                if (staffTotal != null && inst.staff() != null && inst.staff() > staffTotal) {
                    add(Templates.pieces(K + "institutionStaffAboveTotal", inst.staff(), staffTotal),
                            "institutions", "staff");
                }
                if (inst.doctors() != null || inst.masters() != null) {
                    int graduates = nz(inst.doctors()) + nz(inst.masters());
                    if (inst.staff() != null && graduates > inst.staff()) {
                        add(Templates.pieces(K + "graduatesAboveInstitutionStaff", graduates, inst.staff()),
                                "institutions", "doctors");
                    }
                    Integer bachelors = staff == null ? null : staff.bachelorOrAbove();
                    if (bachelors != null && graduates > bachelors) {
                        add(Templates.pieces(K + "graduatesAboveBachelors", graduates, bachelors),
                                "institutions", "doctors");
                    }
                }
                // S3 (second half): total ≥ institutions' expenditure.
                if (ConsistentRdFiguresValidator.above(inst.expenditure(), total)) {
                    add(Templates.pieces(K + "institutionExpenditureAboveTotal", plain(inst.expenditure()),
                            plain(total)), "institutions", "expenditure");
                }
                // S7: institutions' equipment > 0 ⇒ institutions > 0.
                if (inst.equipmentValue() != null && inst.equipmentValue().signum() > 0 && inst.count() != null
                        && inst.count() == 0) {
                    add(Templates.pieces(K + "equipmentWithoutInstitution", plain(inst.equipmentValue())),
                            "institutions", "count");
                }
            }
            if (exp != null) {
                // S3: total = the sum of the eight items.
                if (total != null && any(exp.staffCost(), exp.directInputs(), exp.depreciation(), exp.amortisation(),
                        exp.design(), exp.equipmentAndTrials(), exp.commissioned(), exp.other())) {
                    BigDecimal sum = sum(exp.staffCost(), exp.directInputs(), exp.depreciation(), exp.amortisation(),
                            exp.design(), exp.equipmentAndTrials(), exp.commissioned(), exp.other());
                    if (sum.compareTo(total) != 0) {
                        add(Templates.pieces(K + "expensesSum", plain(total), plain(sum)), "rdExpenditure");
                    }
                }
                // S4: staff > 0 ⇔ staff cost > 0.
                if (staffTotal != null && exp.staffCost() != null) {
                    if (staffTotal > 0 && exp.staffCost().signum() == 0) {
                        add(Templates.pieces(K + "staffWithoutCost", staffTotal), "expenses", "staffCost");
                    } else if (staffTotal == 0 && exp.staffCost().signum() > 0) {
                        add(Templates.pieces(K + "costWithoutStaff", plain(exp.staffCost())), "staff", "total");
                    }
                }
                // S5: commissioned = the sum of its four destinations.
                if (exp.commissioned() != null && any(exp.commissionedToInstitutes(),
                        exp.commissionedToUniversities(), exp.commissionedToEnterprises(), exp.commissionedAbroad())) {
                    BigDecimal sum = sum(exp.commissionedToInstitutes(), exp.commissionedToUniversities(),
                            exp.commissionedToEnterprises(), exp.commissionedAbroad());
                    if (sum.compareTo(exp.commissioned()) != 0) {
                        add(Templates.pieces(K + "commissionedSum", plain(exp.commissioned()), plain(sum)),
                                "expenses", "commissioned");
                    }
                }
            }
            // S6: fixed assets formed ≥ instruments and equipment.
            if (assets != null && ConsistentRdFiguresValidator.above(assets.equipment(), assets.fixedAssetsFormed())) {
                add(Templates.pieces(K + "equipmentAboveFixedAssets", plain(assets.equipment()),
                        plain(assets.fixedAssetsFormed())), "assets", "equipment");
            }
            if (out != null) {
                // S8.
                if (above(out.inventionApplications(), out.patentApplications())) {
                    add(Templates.pieces(K + "inventionApplicationsAboveApplications", out.inventionApplications(),
                            out.patentApplications()), "outputs", "inventionApplications");
                }
                if (above(out.implementedInventionPatents(), out.validInventionPatents())) {
                    add(Templates.pieces(K + "implementedAboveValid", out.implementedInventionPatents(),
                            out.validInventionPatents()), "outputs", "implementedInventionPatents");
                }
                if (ConsistentRdFiguresValidator.above(out.newProductExports(), out.newProductRevenue())) {
                    add(Templates.pieces(K + "exportsAboveNewProductRevenue", plain(out.newProductExports()),
                            plain(out.newProductRevenue())), "outputs", "newProductExports");
                }
            }
            // S10: the 107-1 projects' person-months ≤ twelve months of every R&D staff member.
            BigDecimal personMonths = r.projectPersonMonths();
            if (personMonths != null && staffTotal != null) {
                BigDecimal capacity = BigDecimal.valueOf(staffTotal).multiply(MONTHS);
                if (personMonths.compareTo(capacity) > 0) {
                    add(Templates.pieces(K + "personMonthsAboveStaff", plain(personMonths), staffTotal,
                            capacity.toPlainString()), "projectPersonMonths");
                }
            }
            // S9: the funding sources sum to the total.
            if (fund != null && total != null && any(fund.selfFunded(), fund.government(), fund.bankLoans(),
                    fund.ventureCapital(), fund.other())) {
                BigDecimal sum = sum(fund.selfFunded(), fund.government(), fund.bankLoans(), fund.ventureCapital(),
                        fund.other());
                if (sum.compareTo(total) != 0) {
                    add(Templates.pieces(K + "fundingSum", plain(sum), plain(total)), "funding");
                }
            }
        }

        /**
         * The detail's amounts, as {@code @Yuan} checks them: the 107-2 detail is validated as one unit, the form,
         * so that a report is one bean for the validator rather than seven.
         */
        private void amounts(@Nullable Expenses exp, @Nullable Funding fund, @Nullable Institutions inst,
                             @Nullable Outputs out, @Nullable Assets assets) {
            if (exp != null) {
                yuan(exp.staffCost(), "expenses", "staffCost");
                yuan(exp.directInputs(), "expenses", "directInputs");
                yuan(exp.depreciation(), "expenses", "depreciation");
                yuan(exp.amortisation(), "expenses", "amortisation");
                yuan(exp.design(), "expenses", "design");
                yuan(exp.equipmentAndTrials(), "expenses", "equipmentAndTrials");
                yuan(exp.commissioned(), "expenses", "commissioned");
                yuan(exp.other(), "expenses", "other");
                yuan(exp.commissionedToInstitutes(), "expenses", "commissionedToInstitutes");
                yuan(exp.commissionedToUniversities(), "expenses", "commissionedToUniversities");
                yuan(exp.commissionedToEnterprises(), "expenses", "commissionedToEnterprises");
                yuan(exp.commissionedAbroad(), "expenses", "commissionedAbroad");
            }
            if (fund != null) {
                yuan(fund.selfFunded(), "funding", "selfFunded");
                yuan(fund.government(), "funding", "government");
                yuan(fund.bankLoans(), "funding", "bankLoans");
                yuan(fund.ventureCapital(), "funding", "ventureCapital");
                yuan(fund.other(), "funding", "other");
            }
            if (inst != null) {
                yuan(inst.expenditure(), "institutions", "expenditure");
                yuan(inst.equipmentValue(), "institutions", "equipmentValue");
            }
            if (out != null) {
                yuan(out.newProductRevenue(), "outputs", "newProductRevenue");
                yuan(out.newProductExports(), "outputs", "newProductExports");
            }
            if (assets != null) {
                yuan(assets.fixedAssetsFormed(), "assets", "fixedAssetsFormed");
                yuan(assets.equipment(), "assets", "equipment");
            }
        }

        private void yuan(@Nullable BigDecimal value, Object... path) {
            ConsistentRdFiguresValidator.yuan(report, value, path);
        }

        private void part(@Nullable Integer part, int total, String name) {
            if (part != null && part > total) {
                add(Templates.pieces(K + "staffPartAboveTotal", Templates.nested(K + "label." + name), part, total),
                        "staff", name);
            }
        }
    }

    private static boolean above(@Nullable Integer part, @Nullable Integer total) {
        return part != null && total != null && part > total;
    }

    private static int nz(@Nullable Integer v) {
        return v == null ? 0 : v;
    }

    private static boolean any(@Nullable BigDecimal... values) {
        for (BigDecimal v : values) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal sum(@Nullable BigDecimal... values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                sum = sum.add(v);
            }
        }
        return sum;
    }

    /** An amount in a message; {@code null} only where a check let it through, shown as empty. */
    private static String plain(@Nullable BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
