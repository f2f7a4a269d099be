package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.certificate;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;
import static org.countychain.rules.Fixtures.screen;
import static org.countychain.rules.Fixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.Incentive;
import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.model.CriterionStatus;
import org.countychain.rules.model.HighTechCriterion;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.model.ScienceTechSmeDefinition;
import org.countychain.rules.notice.R11HighTechRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class R11HighTechRuleTest {
    /** A cultivation candidate meeting every criterion except the R&amp;D ratio, which is set per test. */
    private static Enterprise candidate(String latestRevenue, String revenuePerYear, String rdPerYear) {
        Enterprise.Builder b = enterprise(1).scienceTechSme(true).registeredOn(LocalDate.of(2015, 3, 1));
        for (int y = YEAR - 2; y <= YEAR; y++) {
            String revenue = y == YEAR ? latestRevenue : revenuePerYear;
            b.year(AnnualRdFigures.builder(y).operatingRevenue(yuan(revenue)).rdExpense(yuan(rdPerYear))
                    .domesticRdExpense(yuan(rdPerYear)).highTechProductRevenue(yuan(revenue)).employees(100)
                    .scienceTechStaff(10).coreIpCount(1).build());
        }
        return b.build();
    }

    private static CultivationEntry cultivate(Enterprise e) {
        ScreeningResult r = screen(new R11HighTechRule(), county(e));
        assertThat(r.cultivationList()).hasSize(1);
        return r.cultivationList().get(0);
    }

    @ParameterizedTest(name = "latest revenue {0}: band {3}%")
    @CsvSource({
            // latest revenue, three-year revenue sum share, R&D per year, required %, status
            "50000000.00, 50000000.00, 2500000.00, 5, MET",        // exactly 5% at the lowest band's edge
            "50000000.00, 50000000.00, 2499999.99, 5, NOT_MET",
            "50000000.01, 50000000.00, 2000000.01, 4, MET",        // one cent above the edge: middle band
            "50000000.01, 50000000.00, 2000000.00, 4, NOT_MET",    // 6,000,000 / 150,000,000.01 < 4%
            "200000000.00, 200000000.00, 8000000.00, 4, MET",      // the upper edge is still the middle band
            "200000000.00, 200000000.00, 7999999.99, 4, NOT_MET",
            "200000000.01, 200000000.00, 6000000.01, 3, MET",      // above 2亿: 3%
            "200000000.01, 200000000.00, 5999999.99, 3, NOT_MET",
    })
    void rdRatioAtTheBandEdges(String latest, String perYear, String rd, String required, CriterionStatus status) {
        CriterionResult c = cultivate(candidate(latest, perYear, rd)).result(HighTechCriterion.RD_RATIO);
        assertThat(c.required()).isEqualTo(required);
        assertThat(c.status()).isEqualTo(status);
    }

    @Test
    void allCriteriaMet() {
        CultivationEntry e = cultivate(candidate("100000000", "100000000", "4000000"));
        assertThat(e.criteriaWith(CriterionStatus.MET)).containsExactly(HighTechCriterion.values());
        assertThat(e.result(HighTechCriterion.RD_RATIO).actual()).isEqualTo("4.00");
        assertThat(e.result(HighTechCriterion.REGISTERED_ONE_YEAR).required()).isEqualTo("2023-12-31");
    }

    @Test
    void missingYearsMakeTheRatioUndecidableAndSayWhich() {
        Enterprise e = enterprise(1, AnnualRdFigures.builder(YEAR).operatingRevenue(yuan("100")).rdExpense(yuan("5"))
                .build(), AnnualRdFigures.builder(YEAR - 2).operatingRevenue(yuan("100")).build())
                .scienceTechSme(true).build();
        CultivationEntry c = cultivate(e);
        assertThat(c.result(HighTechCriterion.RD_RATIO)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(CriterionStatus.UNDECIDABLE);
            assertThat(r.missing()).isEqualTo("rdExpense 2022, operatingRevenue 2023, rdExpense 2023");
            assertThat(r.required()).isEqualTo("5");
        });
        assertThat(c.result(HighTechCriterion.SCIENCE_TECH_STAFF).missing())
                .isEqualTo("scienceTechStaff 2024, employees 2024");
        assertThat(c.result(HighTechCriterion.CORE_IP).status()).isEqualTo(CriterionStatus.UNDECIDABLE);
    }

    @Test
    void youngEnterprisesUseTheirActualYears() {
        Enterprise e = enterprise(1, AnnualRdFigures.builder(YEAR).operatingRevenue(yuan("100")).rdExpense(yuan("5"))
                .build(), AnnualRdFigures.builder(YEAR - 1).operatingRevenue(yuan("100")).rdExpense(yuan("5")).build())
                .scienceTechSme(true).registeredOn(LocalDate.of(YEAR - 1, 6, 1)).build();
        CultivationEntry c = cultivate(e);
        // 2022 is before its registration, so its absence does not make the ratio undecidable.
        assertThat(c.result(HighTechCriterion.RD_RATIO).status()).isEqualTo(CriterionStatus.MET);
        assertThat(c.result(HighTechCriterion.REGISTERED_ONE_YEAR).status()).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void registeredExactlyOneYearBeforeTheYearsEnd() {
        Enterprise onTime = enterprise(1).scienceTechSme(true).registeredOn(LocalDate.of(YEAR - 1, 12, 31)).build();
        Enterprise late = enterprise(1).scienceTechSme(true).registeredOn(LocalDate.of(YEAR, 1, 1)).build();
        assertThat(cultivate(onTime).result(HighTechCriterion.REGISTERED_ONE_YEAR).status())
                .isEqualTo(CriterionStatus.MET);
        assertThat(cultivate(late).result(HighTechCriterion.REGISTERED_ONE_YEAR).status())
                .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void sharesAtTheirEdges() {
        Enterprise e = enterprise(1, healthy(YEAR).employees(100).scienceTechStaff(9).highTechProductRevenue(
                yuan("60000000.00")).build()).scienceTechSme(true).build();
        CultivationEntry c = cultivate(e);
        assertThat(c.result(HighTechCriterion.SCIENCE_TECH_STAFF).status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(c.result(HighTechCriterion.HIGH_TECH_PRODUCT_REVENUE).status()).isEqualTo(CriterionStatus.MET);
        assertThat(c.result(HighTechCriterion.CORE_IP)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(CriterionStatus.MET);  // two invention patents count as core IP
            assertThat(r.actual()).isEqualTo("2");
        });
    }

    private static ScreeningResult underDefinition(ScienceTechSmeDefinition definition, Enterprise... enterprises) {
        return RuleEngine.builder().rule(new R11HighTechRule()).settings(RuleSettings.defaults().toBuilder()
                .scienceTechSmeDefinition(definition).build()).build().screen(county(enterprises));
    }

    /** Registered and no R&amp;D; not registered with one cent of R&amp;D; not registered with zero; no figures. */
    private static Enterprise[] fourKinds() {
        return new Enterprise[] {
            enterprise(1, AnnualRdFigures.builder(YEAR).rdExpense(yuan("0")).build()).scienceTechSme(true).build(),
            enterprise(2, AnnualRdFigures.builder(YEAR).rdExpense(yuan("0.01")).build()).build(),
            enterprise(3, AnnualRdFigures.builder(YEAR).rdExpense(yuan("0.00")).build()).build(),
            enterprise(4).build(),
            // R&D in the year but a certificate valid in it: a high-tech enterprise already, never cultivated.
            enterprise(5, AnnualRdFigures.builder(YEAR).rdExpense(yuan("1")).build())
                    .highTechCertificate(certificate("GR5", "2023-01-01", "2025-12-31")).build(),
            // R&D in the year but below scale in it.
            enterprise(6, AnnualRdFigures.builder(YEAR).rdExpense(yuan("1")).build()).aboveScale(false).build()};
    }

    @Test
    void theDefaultDefinitionIsTheRegisterAndTheResultSaysSo() {
        assertThat(RuleSettings.defaults().scienceTechSmeDefinition()).isEqualTo(ScienceTechSmeDefinition.REGISTERED);
        ScreeningResult r = screen(new R11HighTechRule(), county(fourKinds()));
        assertThat(r.cultivationList()).extracting(c -> c.enterprise().name(), CultivationEntry::definition)
                .containsExactly(tuple("企业1", ScienceTechSmeDefinition.REGISTERED));
        assertThat(r.findingsWithCode("R11-CULTIVATE")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("scienceTechSmeDefinition", "REGISTERED");
            assertThat(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("（口径：已入库科技型中小企业）");
            assertThat(f.message(java.util.Locale.ENGLISH)).contains("(registered S&T SME)");
        });
    }

    @Test
    void rdActiveCountsAnyRdAboveZeroInTheYearWhateverTheFlag() {
        ScreeningResult r = underDefinition(ScienceTechSmeDefinition.RD_ACTIVE, fourKinds());
        assertThat(r.cultivationList()).extracting(c -> c.enterprise().name(), CultivationEntry::definition)
                .containsExactly(tuple("企业2", ScienceTechSmeDefinition.RD_ACTIVE));
        assertThat(r.findingsWithCode("R11-CULTIVATE")).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("scienceTechSmeDefinition", "RD_ACTIVE"));
    }

    @Test
    void eitherCountsBoth() {
        ScreeningResult r = underDefinition(ScienceTechSmeDefinition.REGISTERED_OR_RD_ACTIVE, fourKinds());
        assertThat(r.cultivationList()).extracting(c -> c.enterprise().name()).containsExactly("企业1", "企业2");
        assertThat(r.cultivationList()).extracting(CultivationEntry::definition)
                .containsOnly(ScienceTechSmeDefinition.REGISTERED_OR_RD_ACTIVE);
    }

    @Test
    void rdActiveUsesTheReportingYearsFiguresOnly() {
        Enterprise lastYearOnly = enterprise(1, AnnualRdFigures.builder(YEAR - 1).rdExpense(yuan("100")).build(),
                AnnualRdFigures.builder(YEAR).build()).build();
        assertThat(underDefinition(ScienceTechSmeDefinition.RD_ACTIVE, lastYearOnly).cultivationList()).isEmpty();
    }

    @Test
    void theDefinitionIsRequired() {
        assertThatThrownBy(() -> RuleSettings.defaults().toBuilder().scienceTechSmeDefinition(null).build())
                .isInstanceOf(org.countychain.InvalidInputException.class)
                .hasMessageContaining("scienceTechSmeDefinition");
    }

    @Test
    void cultivationNeedsAboveScaleSmeOnAChainNotHighTech() {
        ScreeningResult r = screen(new R11HighTechRule(), county(
                enterprise(1).scienceTechSme(true).aboveScale(false).build(),
                enterprise(2).scienceTechSme(false).build(),
                enterprise(3).scienceTechSme(true).chainIds(List.of()).build(),
                enterprise(4).scienceTechSme(true).highTechCertificate(certificate("GR4", "2023-01-01", "2025-12-31"))
                        .build(),
                enterprise(5).scienceTechSme(true).build()));
        assertThat(r.cultivationList()).extracting(c -> c.enterprise().name()).containsExactly("企业5");
    }

    @Test
    void certificateEndingMidYear() {
        // validUntil 2024-06-30: a high-tech enterprise of 2024 (有效期内 on some day of the year), so not on the
        // cultivation list, but reminded that it needs to be recognised again.
        ScreeningResult r = screen(new R11HighTechRule(), county(enterprise(1, healthy(YEAR).auxiliaryLedger(true)
                .build()).scienceTechSme(true).highTechCertificate(certificate("GR2021", "2021-07-01", "2024-06-30"))
                .build()));
        assertThat(r.cultivationList()).isEmpty();
        assertThat(r.findingsWithCode("R11-CERTIFICATE-EXPIRES")).singleElement().satisfies(f -> assertThat(
                f.evidence()).containsEntry("certificateNumber", "GR2021").containsEntry("validUntil", "2024-06-30"));
        RuleEngine wholeYear = RuleEngine.builder().rule(new R11HighTechRule()).settings(RuleSettings.defaults()
                .toBuilder().highTechValidity(CertificateValidity.WHOLE_YEAR).build()).build();
        ScreeningResult strict = wholeYear.screen(county(enterprise(1, healthy(YEAR).build()).scienceTechSme(true)
                .highTechCertificate(certificate("GR2021", "2021-07-01", "2024-06-30")).build()));
        assertThat(strict.cultivationList()).hasSize(1);
        assertThat(strict.count("R11-CERTIFICATE-EXPIRES")).isZero();
    }

    @Test
    void renewedCertificateIsNoReminder() {
        ScreeningResult r = screen(new R11HighTechRule(), county(enterprise(1, healthy(YEAR).auxiliaryLedger(true)
                .build()).highTechCertificate(certificate("GR2021", "2021-07-01", "2024-06-30"))
                .highTechCertificate(certificate("GR2024", "2024-07-01", "2027-06-30")).build()));
        assertThat(r.count("R11-CERTIFICATE-EXPIRES")).isZero();
    }

    @Test
    void coverageAndLedgers() {
        var cert = certificate("GR1", "2023-01-01", "2025-12-31");
        ScreeningResult r = screen(new R11HighTechRule(), county(
                enterprise(1, healthy(YEAR).auxiliaryLedger(true).incentivesUsed(Set.of(
                        Incentive.HIGH_TECH_TAX_REDUCTION, Incentive.RD_SUPER_DEDUCTION)).build())
                        .highTechCertificate(cert).build(),
                enterprise(2, healthy(YEAR).auxiliaryLedger(false).build()).highTechCertificate(cert).build(),
                enterprise(3, healthy(YEAR).build()).highTechCertificate(cert).build(),
                enterprise(4, healthy(YEAR).auxiliaryLedger(true).build()).build()));
        assertThat(r.findingsWithCode("R11-NO-LEDGER")).extracting(f -> f.subject().name(),
                f -> f.evidence().get("auxiliaryLedger")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("企业2", "false"), org.assertj.core.groups.Tuple.tuple("企业3", null));
        assertThat(r.findingsWithCode("R11-COVERAGE")).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("350582");
            assertThat(f.evidence()).containsEntry("highTechEnterprises", "3").containsEntry("withAuxiliaryLedger", "1")
                    .containsEntry("auxiliaryLedgerPercent", "33.33").containsEntry("usingTaxReduction", "1")
                    .containsEntry("usingSuperDeduction", "1");
        });
    }
}
