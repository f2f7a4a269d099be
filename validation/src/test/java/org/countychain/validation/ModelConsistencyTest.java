package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.CitySubmission;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.AuxiliaryLedgerStyle;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

/**
 * The class-level constraints on yearly figures, certificates, teams, reports and city submissions.
 */
class ModelConsistencyTest {
    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    @Test
    void yearlyFigures() {
        AnnualRdFigures ok = AnnualRdFigures.builder(2024).operatingRevenue(bd("100.00")).rdExpense(bd("100.00"))
                .selfFundedRdExpense(bd("100.00")).domesticRdExpense(bd("60.00")).highTechProductRevenue(bd("100.00"))
                .employees(10).scienceTechStaff(10).auxiliaryLedger(true)
                .auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).build();
        assertThat(Fixtures.violations(ok)).isEmpty();
        AnnualRdFigures bad = ok.toBuilder().rdExpense(bd("100.01")).selfFundedRdExpense(bd("100.02"))
                .domesticRdExpense(bd("100.02")).highTechProductRevenue(bd("100.01")).scienceTechStaff(11)
                .auxiliaryLedger(null).build();
        assertThat(Fixtures.violations(bad)).extracting(Violation::code, Violation::path, Violation::invalidValue)
                .containsExactly(
                        tuple("CV-0307", "auxiliaryLedgerStyle", "STYLE_2021"),
                        tuple("CV-0303", "domesticRdExpense", "100.02"),
                        tuple("CV-0305", "highTechProductRevenue", "100.01"),
                        tuple("CV-0304", "rdExpense", "100.01"),
                        tuple("CV-0306", "scienceTechStaff", "11"),
                        tuple("CV-0302", "selfFundedRdExpense", "100.02"));
        assertThat(Fixtures.violations(bad.toBuilder().rdAboveRevenueExplained(true).build()))
                .extracting(Violation::code).doesNotContain("CV-0304");
        assertThat(Fixtures.english(bad)).filteredOn(v -> v.code().equals("CV-0302")).extracting(Violation::message)
                .containsExactly("the self-funded R&D expense, 100.02 yuan, exceeds the total R&D expense, 100.01 yuan");
    }

    @Test
    void certificates() {
        LocalDate d = LocalDate.of(2023, 12, 12);
        assertThat(Fixtures.violations(new HighTechCertificate("GR1", d, d.plusYears(3).minusDays(1)))).isEmpty();
        assertThat(Fixtures.violations(new HighTechCertificate("GR1", d, d))).isEmpty();
        assertThat(Fixtures.violations(new HighTechCertificate("GR1", d, d.minusDays(1))))
                .extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple("CV-0502", "issuedOn", "证书发证日期 2023-12-12 晚于有效期截止日 2023-12-11"));
        // Three years to the corresponding day is the longest accepted; a day more is not.
        assertThat(Fixtures.violations(new HighTechCertificate("GR1", d, d.plusYears(3)))).isEmpty();
        assertThat(Fixtures.codes(new HighTechCertificate("GR1", d, d.plusYears(3).plusDays(1))))
                .containsExactly("CV-0503");
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(Fixtures.violations(new HighTechCertificate("GR1", leap, LocalDate.of(2027, 2, 28)))).isEmpty();
        assertThat(Fixtures.codes(new HighTechCertificate("GR1", leap, LocalDate.of(2027, 3, 1))))
                .containsExactly("CV-0503");
        // Without its last valid day the certificate is valid three years less a day by derivation: nothing to check.
        assertThat(Fixtures.violations(new HighTechCertificate("GR1", d))).isEmpty();
        assertThat(Fixtures.violations(new HighTechCertificate("GR1", leap))).isEmpty();
    }

    private static final Commissioner LEADER = new Commissioner("甲", "华侨大学", null, "13800000101");
    private static final Commissioner A = new Commissioner("乙", "东华大学", null, "13800000102");

    @Test
    void talentTeams() {
        TalentTeam ok = new TalentTeam("t", "团", DivisionCode.of("350582"), TeamMode.ONE_CHAIN_ONE_TEAM,
                List.of("c"), LEADER, List.of(A), List.of(), List.of());
        assertThat(Fixtures.VALIDATOR.validate(ok, Submission.class).violations()).isEmpty();
        TalentTeam bad = new TalentTeam("t", "团", DivisionCode.of("350582"), TeamMode.ONE_CHAIN_ONE_TEAM,
                List.of("c", "d"), LEADER, List.of(A, LEADER, A,
                new Commissioner("乙", "江南大学", null, "12345")), List.of(), List.of());
        assertThat(Fixtures.violations(bad)).extracting(Violation::code, Violation::path, Violation::invalidValue)
                .containsExactly(
                        tuple("CV-0604", "chainIds", "[c, d]"),
                        tuple("CV-0603", "members[1]", null),
                        tuple("CV-0602", "members[2]", null),
                        tuple("CV-0121", "members[3].phone", "*****"));
        TalentTeam incomplete = new TalentTeam("t", "团", DivisionCode.of("350582"), TeamMode.ONE_INDUSTRY_ONE_TEAM,
                List.of(), null, List.of(A), List.of(), List.of());
        assertThat(Fixtures.violations(incomplete)).isEmpty();
        assertThat(Fixtures.VALIDATOR.validate(incomplete, Submission.class).violations())
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("CV-0613", "chainIds"), tuple("CV-0612", "leader"));
    }

    @Test
    void reportsAgainstTheirOwnEdition() {
        ResearchReport r = SampleCounty.jinjiang().reports().get(0);
        ResearchReport unknown = new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(),
                "fujian-2031", r.year(), List.of(), r.items(), r.advantageUnits(), null, null);
        assertThat(Fixtures.VALIDATOR.validate(unknown, Submission.class).violations())
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("CV-0814", "coveredCounties"), tuple("CV-0802", "templateEdition"));
        ResearchReport emptyDraft = new ResearchReport("r", "350582", "晋江市", "c", "链", null, 2024,
                List.of(DivisionCode.of("350582"), DivisionCode.of("350500"), DivisionCode.of("350427")), List.of(),
                List.of(), null, null);
        assertThat(Fixtures.violations(emptyDraft)).extracting(Violation::code, Violation::path).containsExactly(
                tuple("CV-0115", "coveredCounties[1]"), tuple("CV-0114", "coveredCounties[2]"));
        assertThat(Fixtures.VALIDATOR.validate(emptyDraft, Submission.class).violations())
                .extracting(Violation::code).containsExactly("CV-0813", "CV-0115", "CV-0114",
                        "CV-0812", "CV-0812", "CV-0812", "CV-0812", "CV-0812", "CV-0812", "CV-0812");
    }

    @Test
    void citySubmissions() {
        ResearchReport r = SampleCounty.jinjiang().reports().get(0);
        ResearchReport fuzhou = new ResearchReport("fz", "350102", "鼓楼区", r.chainId(), r.chainName(),
                r.templateEdition(), 2023, List.of(DivisionCode.of("350102"), DivisionCode.of("350582")), r.items(),
                r.advantageUnits(), null, null);
        CitySubmission quanzhou = new CitySubmission("350500", "泉州市", 2024, List.of(r, fuzhou), List.of(), null);
        assertThat(Fixtures.violations(quanzhou)).isEmpty();
        assertThat(Fixtures.VALIDATOR.validate(quanzhou, Submission.class).violations())
                .extracting(Violation::code, Violation::path).containsExactly(
                        tuple("CV-0824", "reports[1].coveredCounties[0]"),
                        tuple("CV-0823", "reports[1].unitId"),
                        tuple("CV-0822", "reports[1].year"));
        CitySubmission notACity = new CitySubmission("350582", "晋江市", 2024, List.of(r), List.of(), null);
        assertThat(Fixtures.VALIDATOR.validate(notACity, Locale.ENGLISH, Submission.class).violations())
                .extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple("CV-0134", "unitId", "350582 晋江市 is not a city-level reporting unit"));
        CitySubmission pingtan = new CitySubmission("PINGTAN", "平潭综合实验区", 2024, List.of(), List.of(), null);
        assertThat(Fixtures.VALIDATOR.validate(pingtan, Submission.class).violations()).isEmpty();
    }
}
