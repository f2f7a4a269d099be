package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.certificate;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;
import static org.countychain.rules.Fixtures.screen;

import java.util.List;
import java.util.Set;

import org.countychain.enterprise.Incentive;
import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.notice.R06IncentiveRule;
import org.junit.jupiter.api.Test;

class R06IncentiveRuleTest {
    @Test
    void eligibleButUnused() {
        ScreeningResult r = screen(new R06IncentiveRule(), county(enterprise(1, healthy(YEAR).build())
                .scienceTechSme(true).highTechCertificate(certificate("GR202335000001", "2023-12-01", "2026-11-30"))
                .build()));
        assertThat(r.findings()).extracting(Finding::code).containsExactly("R6-TAX-REDUCTION-UNUSED",
                "R6-SUPER-DEDUCTION-UNUSED", "R6-TECH-LOAN-UNUSED");
        assertThat(r.findings().get(0).evidence()).containsEntry("certificateNumber", "GR202335000001")
                .containsEntry("validUntil", "2026-11-30");
    }

    @Test
    void usedIncentivesAreNotReported() {
        ScreeningResult r = screen(new R06IncentiveRule(), county(enterprise(1, healthy(YEAR)
                .incentivesUsed(Set.of(Incentive.values())).build()).scienceTechSme(true)
                .highTechCertificate(certificate("GR1", "2023-12-01", "2026-11-30")).build()));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void certificateEndingMidYearGivesNoTaxReductionForThatYear() {
        // 国家税务总局公告2017年第24号: a certificate that ends in the year and is not renewed does not give the
        // 15% rate for that year, so the reduction is not "eligible but unused".
        ScreeningResult r = screen(new R06IncentiveRule(), county(enterprise(1, healthy(YEAR)
                .incentivesUsed(Set.of(Incentive.RD_SUPER_DEDUCTION)).build())
                .highTechCertificate(certificate("GR2021", "2021-07-01", "2024-06-30")).build()));
        assertThat(r.findings()).isEmpty();
        RuleEngine anyDay = RuleEngine.builder().rule(new R06IncentiveRule()).settings(RuleSettings.defaults()
                .toBuilder().taxReductionValidity(CertificateValidity.ANY_DAY).build()).build();
        assertThat(anyDay.screen(county(enterprise(1, healthy(YEAR)
                .incentivesUsed(Set.of(Incentive.RD_SUPER_DEDUCTION)).build())
                .highTechCertificate(certificate("GR2021", "2021-07-01", "2024-06-30")).build())).findings())
                .extracting(Finding::code).containsExactly("R6-TAX-REDUCTION-UNUSED");
    }

    @Test
    void certificateIssuedInTheYearCounts() {
        ScreeningResult r = screen(new R06IncentiveRule(), county(enterprise(1, healthy(YEAR)
                .incentivesUsed(Set.of(Incentive.RD_SUPER_DEDUCTION)).build())
                .highTechCertificate(certificate("GR2024", "2024-12-31", "2027-12-30")).build()));
        assertThat(r.findings()).extracting(Finding::code).containsExactly("R6-TAX-REDUCTION-UNUSED");
    }

    @Test
    void superDeductionNeedsRdAndAnEligibleIndustry() {
        ScreeningResult r = screen(new R06IncentiveRule(), county(
                enterprise(1, healthy(YEAR).rdExpense(Fixtures.yuan("0")).build()).build(),
                enterprise(2, healthy(YEAR).build()).industryCode("C1610").build(),
                enterprise(3, healthy(YEAR).build()).industryCode("C1951").build()));
        assertThat(r.findings()).extracting(f -> f.subject().name()).containsExactly("企业3");
        assertThat(r.findings().get(0).evidence()).containsEntry("industryCode", "C1951");
        RuleEngine noExclusions = RuleEngine.builder().rule(new R06IncentiveRule()).settings(RuleSettings.defaults()
                .toBuilder().superDeductionExcludedIndustries(List.of()).build()).build();
        assertThat(noExclusions.screen(county(enterprise(2, healthy(YEAR).build()).industryCode("C1610").build()))
                .findings()).hasSize(1);
    }
}
