package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.RdStatisticsReport.Assets;
import org.countychain.enterprise.RdStatisticsReport.Expenses;
import org.countychain.enterprise.RdStatisticsReport.Funding;
import org.countychain.enterprise.RdStatisticsReport.Institutions;
import org.countychain.enterprise.RdStatisticsReport.Outputs;
import org.countychain.enterprise.RdStatisticsReport.Staff;
import org.junit.jupiter.api.Test;

/**
 * The 107-2 consistency checks S1–S10 of docs/rd-statistics.md, one broken at a time on an otherwise consistent
 * report: each a warning, at its boundary; the form's amounts stay errors.
 */
class RdStatisticsConsistencyTest {
    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    static final Staff STAFF = new Staff(10, 2, 3, 8, 6, 1);
    static final Expenses EXPENSES = new Expenses(bd("400.00"), bd("200.00"), bd("100.00"), bd("50.00"),
            bd("50.00"), bd("50.00"), bd("100.00"), bd("50.00"), bd("40.00"), bd("30.00"), bd("20.00"), bd("10.00"));
    static final Funding FUNDING = new Funding(bd("800.00"), bd("100.00"), bd("50.00"), bd("30.00"), bd("20.00"));
    static final Institutions INSTITUTIONS = new Institutions(1, 5, 1, 2, bd("600.00"), bd("300.00"));
    static final Outputs OUTPUTS = new Outputs(5, 3, 4, 2, bd("5000.00"), bd("1000.00"));
    static final Assets ASSETS = new Assets(bd("200.00"), bd("150.00"));
    static final RdStatisticsReport CONSISTENT = new RdStatisticsReport(bd("1000.00"), 3, bd("120"), STAFF,
            EXPENSES, FUNDING, INSTITUTIONS, OUTPUTS, ASSETS);

    /** p[0] expenditure, p[1] projects, p[2] staff … p[7] assets (the 107-2 parts), p[8] the 107-1 person-months. */
    private static RdStatisticsReport with(UnaryOperator<Object[]> change) {
        Object[] p = {CONSISTENT.rdExpenditure(), CONSISTENT.projectCount(), STAFF, EXPENSES, FUNDING, INSTITUTIONS,
                OUTPUTS, ASSETS, CONSISTENT.projectPersonMonths()};
        Object[] q = change.apply(p.clone());
        return new RdStatisticsReport((BigDecimal) q[0], (Integer) q[1], (BigDecimal) q[8], (Staff) q[2],
                (Expenses) q[3], (Funding) q[4], (Institutions) q[5], (Outputs) q[6], (Assets) q[7]);
    }

    @Test
    void aConsistentReportPasses() {
        assertThat(Fixtures.violations(CONSISTENT)).isEmpty();
        assertThat(Fixtures.violations(RdStatisticsReport.of(bd("1.00"), 0))).isEmpty();
        assertThat(Fixtures.violations(new RdStatisticsReport(null, null, new Staff(null, 1, null, null, null, null),
                new Expenses(null, null, null, null, null, null, null, null, null, null, null, null), null, null,
                null, null))).isEmpty();
    }

    @Test
    void r1EveryOfWhichAtMostTheTotal() {
        RdStatisticsReport r = with(p -> {
            p[2] = new Staff(10, 11, 12, 10, 6, 13);
            return p;
        });
        assertThat(Fixtures.violations(r)).extracting(Violation::code, Violation::path, Violation::invalidValue)
                .containsExactly(tuple("CV-0402", "staff.external", "13"), tuple("CV-0402", "staff.female", "12"),
                        tuple("CV-0402", "staff.managementAndService", "11"));
        assertThat(Fixtures.violations(r).get(1).message()).isEqualTo("研究开发人员中女性（12人）超过人员合计（10人）");
        assertThat(Fixtures.english(r).get(1).message()).isEqualTo("R&D staff: women (12) exceed the total (10)");
    }

    @Test
    void r2InstitutionsStaffAndGraduates() {
        RdStatisticsReport r = with(p -> {
            p[5] = new Institutions(1, 11, 5, 7, bd("600.00"), bd("300.00"));
            return p;
        });
        assertThat(Fixtures.violations(r)).extracting(Violation::code, Violation::path).containsExactly(
                tuple("CV-0404", "institutions.doctors"), tuple("CV-0405", "institutions.doctors"),
                tuple("CV-0403", "institutions.staff"));
    }

    @Test
    void r3ExpensesSumToTheTotalExactly() {
        RdStatisticsReport r = with(p -> {
            p[0] = bd("1000.01");
            p[4] = new Funding(bd("800.01"), bd("100.00"), bd("50.00"), bd("30.00"), bd("20.00"));
            return p;
        });
        Violation v = Fixtures.violations(r).get(0);
        assertThat(v.code()).isEqualTo("CV-0406");
        assertThat(v.path()).isEqualTo("rdExpenditure");
        assertThat(v.message()).isEqualTo("研究开发费用合计 1000.01 元不等于8项费用之和 1000.00 元");
        // 1000.0 and 1000.00 are the same amount.
        assertThat(Fixtures.violations(with(p -> {
            p[0] = bd("1000.0");
            return p;
        }))).isEmpty();
    }

    @Test
    void r3InstitutionsExpenditureAtMostTheTotal() {
        assertThat(Fixtures.violations(with(p -> {
            p[5] = new Institutions(1, 5, 1, 2, bd("1000.01"), bd("300.00"));
            return p;
        }))).extracting(Violation::code, Violation::path).containsExactly(tuple("CV-0407", "institutions.expenditure"));
    }

    @Test
    void r4StaffIfAndOnlyIfStaffCost() {
        Expenses noCost = new Expenses(bd("0.00"), bd("600.00"), bd("100.00"), bd("50.00"), bd("50.00"),
                bd("50.00"), bd("100.00"), bd("50.00"), bd("40.00"), bd("30.00"), bd("20.00"), bd("10.00"));
        assertThat(Fixtures.violations(with(p -> {
            p[3] = noCost;
            return p;
        }))).extracting(Violation::code, Violation::path).containsExactly(tuple("CV-0408", "expenses.staffCost"));
        assertThat(Fixtures.violations(with(p -> {
            p[2] = new Staff(0, 0, 0, 0, 0, 0);
            p[5] = new Institutions(1, 0, 0, 0, bd("600.00"), bd("300.00"));
            p[8] = null;
            return p;
        }))).extracting(Violation::code, Violation::path).containsExactly(tuple("CV-0409", "staff.total"));
    }

    @Test
    void r5CommissionedIsTheSumOfItsFour() {
        assertThat(Fixtures.violations(with(p -> {
            p[3] = new Expenses(bd("400.00"), bd("200.00"), bd("100.00"), bd("50.00"), bd("50.00"), bd("50.00"),
                    bd("100.00"), bd("50.00"), bd("40.00"), bd("30.00"), bd("20.00"), null);
            return p;
        }))).extracting(Violation::code, Violation::path, Violation::message).containsExactly(
                tuple("CV-0410", "expenses.commissioned", "委托外部研究开发费用 100.00 元不等于4个委托去向之和 90.00 元"));
    }

    @Test
    void r6FixedAssetsAtLeastEquipment() {
        assertThat(Fixtures.codes(with(p -> {
            p[7] = new Assets(bd("149.99"), bd("150.00"));
            return p;
        }))).containsExactly("CV-0411");
        assertThat(Fixtures.violations(with(p -> {
            p[7] = new Assets(bd("150.00"), bd("150.00"));
            return p;
        }))).isEmpty();
    }

    @Test
    void r7EquipmentNeedsAnInstitution() {
        assertThat(Fixtures.violations(with(p -> {
            p[5] = new Institutions(0, 5, 1, 2, bd("600.00"), bd("0.01"));
            return p;
        }))).extracting(Violation::code, Violation::path).containsExactly(tuple("CV-0412", "institutions.count"));
        assertThat(Fixtures.violations(with(p -> {
            p[5] = new Institutions(0, 5, 1, 2, bd("600.00"), bd("0.00"));
            return p;
        }))).isEmpty();
    }

    @Test
    void r8Outputs() {
        assertThat(Fixtures.violations(with(p -> {
            p[6] = new Outputs(2, 3, 1, 2, bd("999.99"), bd("1000.00"));
            return p;
        }))).extracting(Violation::code, Violation::path).containsExactly(
                tuple("CV-0414", "outputs.implementedInventionPatents"),
                tuple("CV-0413", "outputs.inventionApplications"),
                tuple("CV-0415", "outputs.newProductExports"));
    }

    @Test
    void theDetailsAmountsAreCheckedAsYuan() {
        RdStatisticsReport r = with(p -> {
            p[6] = new Outputs(5, 3, 4, 2, bd("5000.001"), bd("1000.00"));
            p[7] = new Assets(bd("20000000000000.00"), bd("150.00"));
            return p;
        });
        assertThat(Fixtures.violations(r)).extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple("CV-0204", "assets.fixedAssetsFormed", "金额超过合理上限 10000000000000 元"),
                        tuple("CV-0203", "outputs.newProductRevenue", "金额（元）最多保留两位小数（分）"));
        assertThat(Fixtures.english(r).get(0).message())
                .isEqualTo("the amount is above the plausible bound of 10000000000000 yuan");
    }

    @Test
    void r9FundingSumsToTheTotal() {
        Violation v = Fixtures.violations(with(p -> {
            p[4] = new Funding(bd("800.00"), null, null, null, null);
            return p;
        })).get(0);
        assertThat(v.code()).isEqualTo("CV-0416");
        assertThat(v.path()).isEqualTo("funding");
        assertThat(v.invalidValue()).isNull();
        assertThat(v.message()).isEqualTo("研究开发支出资金来源之和 800.00 元不等于研究开发费用合计 1000.00 元");
    }

    @Test
    void s10PersonMonthsAtMostTwelveMonthsOfTheStaff() {
        // Ten staff: 120 person-months is the most; 120.0 is the same amount, 120.1 is above.
        assertThat(Fixtures.violations(with(p -> {
            p[8] = bd("120.0");
            return p;
        }))).isEmpty();
        RdStatisticsReport above = with(p -> {
            p[8] = bd("120.1");
            return p;
        });
        assertThat(Fixtures.violations(above)).extracting(Violation::code, Violation::severity, Violation::path,
                Violation::invalidValue).containsExactly(
                        tuple("CV-0417", ViolationSeverity.WARNING, "projectPersonMonths", "120.1"));
        assertThat(Fixtures.violations(above).get(0).message())
                .isEqualTo("研发项目人员实际工作时间合计（120.1人月）超过研究开发人员合计（10人）× 12个月（120人月）");
        assertThat(Fixtures.english(above).get(0).message()).isEqualTo("the R&D projects' working time (120.1 "
                + "person-months) exceeds twelve months of the R&D staff (10 persons, 120 person-months)");
        // No staff reported, or no person-months: nothing to compare. Zero staff with project work is a warning.
        assertThat(Fixtures.violations(with(p -> {
            p[2] = null;
            p[8] = bd("9999");
            return p;
        }))).isEmpty();
        assertThat(Fixtures.violations(with(p -> {
            p[8] = null;
            return p;
        }))).isEmpty();
        assertThat(Fixtures.codes(new RdStatisticsReport(null, 1, bd("0.5"), new Staff(0, null, null, null, null,
                null), null, null, null, null, null))).containsExactly("CV-0417");
    }

    @Test
    void everyConsistencyCheckIsAWarningAndLeavesTheReportValid() {
        RdStatisticsReport everything = with(p -> {
            p[2] = new Staff(10, 11, 3, 8, 6, 1);
            p[3] = new Expenses(bd("400.00"), bd("200.00"), bd("100.00"), bd("50.00"), bd("50.00"), bd("50.00"),
                    bd("100.00"), bd("50.01"), bd("40.00"), bd("30.00"), bd("20.00"), null);
            p[4] = new Funding(bd("800.00"), null, null, null, null);
            p[5] = new Institutions(0, 11, 5, 7, bd("1000.02"), bd("300.00"));
            p[6] = new Outputs(2, 3, 1, 2, bd("999.99"), bd("1000.00"));
            p[7] = new Assets(bd("149.99"), bd("150.00"));
            p[8] = bd("121");
            return p;
        });
        ValidationResult result = Fixtures.VALIDATOR.validate(everything);
        assertThat(result.violations()).extracting(Violation::code).containsExactlyInAnyOrder("CV-0402", "CV-0403",
                "CV-0404", "CV-0405", "CV-0406", "CV-0407", "CV-0410", "CV-0411", "CV-0412", "CV-0413", "CV-0414",
                "CV-0415", "CV-0416", "CV-0417");
        assertThat(result.violations()).extracting(Violation::severity).containsOnly(ViolationSeverity.WARNING);
        assertThat(result.isValid()).isTrue();
        // S4 both ways.
        assertThat(Fixtures.VALIDATOR.validate(with(p -> {
            p[2] = new Staff(0, 0, 0, 0, 0, 0);
            p[5] = new Institutions(1, 0, 0, 0, bd("600.00"), bd("300.00"));
            p[8] = null;
            return p;
        })).warnings()).extracting(Violation::code).containsExactly("CV-0409");
        // The form's amounts stay errors: an amount with three decimals makes the report invalid.
        ValidationResult wrongAmount = Fixtures.VALIDATOR.validate(with(p -> {
            p[7] = new Assets(bd("200.001"), bd("150.00"));
            return p;
        }));
        assertThat(wrongAmount.errors()).extracting(Violation::code).containsExactly("CV-0203");
        assertThat(wrongAmount.isValid()).isFalse();
    }

    @Test
    void theCodesSayTheirSeverity() {
        for (ViolationCode c : ViolationCode.values()) {
            boolean consistency = c.code().compareTo("CV-0402") >= 0 && c.code().compareTo("CV-0417") <= 0;
            assertThat(c.defaultSeverity()).as(c.code())
                    .isEqualTo(consistency ? ViolationSeverity.WARNING : ViolationSeverity.ERROR);
        }
    }
}
