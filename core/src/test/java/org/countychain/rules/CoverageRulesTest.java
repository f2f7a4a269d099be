package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.certificate;
import static org.countychain.rules.Fixtures.chain;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;

import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.Subject;
import org.countychain.rules.model.SubjectKind;
import org.countychain.rules.notice.FullCoverageRule;
import org.countychain.rules.notice.R09ReserveFundRule;
import org.junit.jupiter.api.Test;

/** R9 and FC: coverage figures per chain, unit and total. */
class CoverageRulesTest {
    private static CountyDataset jinjiang(Enterprise... e) {
        return CountyDataset.builder("350582", "晋江市", YEAR).chains(List.of(chain("textile", "纺织鞋服"),
                chain("food", "食品"))).enterprises(List.of(e)).build();
    }

    @Test
    void reserveFundCoverage() {
        var cert = certificate("GR1", "2023-01-01", "2025-12-31");
        CountyDataset c = jinjiang(enterprise(1, healthy(YEAR).rdReserveFund(true).build()).highTechCertificate(cert)
                        .build(),
                enterprise(2, healthy(YEAR).rdReserveFund(false).build()).build(),
                enterprise(3, healthy(YEAR).rdReserveFund(true).build()).aboveScale(false).build(),
                enterprise(4, healthy(YEAR).build()).build());
        ScreeningResult r = RuleEngine.builder().rule(new R09ReserveFundRule()).build().screen(c);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(new Subject(SubjectKind.UNIT, "350582", "晋江市", "350500"));
            assertThat(f.evidence()).containsExactly(java.util.Map.entry("aboveScaleEnterprises", "3"),
                    java.util.Map.entry("aboveScaleWithReserveFund", "1"),
                    java.util.Map.entry("aboveScaleReserveFundPercent", "33.33"),
                    java.util.Map.entry("highTechEnterprises", "1"),
                    java.util.Map.entry("highTechWithReserveFund", "1"),
                    java.util.Map.entry("highTechReserveFundPercent", "100.00"));
        });
    }

    @Test
    void fullCoverageThisYearAgainstLastYear() {
        CountyDataset c = jinjiang(
                enterprise(1, healthy(YEAR).build(), healthy(YEAR - 1).rdExpense(Fixtures.yuan("0"))
                        .rdInstitutions(List.of()).build()).build(),
                enterprise(2, healthy(YEAR).rdInstitutions(List.of()).build(), healthy(YEAR - 1).build())
                        .chainIds(List.of("textile", "food")).build(),
                enterprise(3, healthy(YEAR).rdExpense(null).build()).chainIds(List.of("food")).build(),
                enterprise(4, healthy(YEAR).build()).manufacturing(false).build());
        ScreeningResult r = RuleEngine.builder().rule(new FullCoverageRule()).build().screen(c);
        List<Finding> f = r.findingsWithCode("FC-COVERAGE");
        assertThat(f).extracting(x -> x.subject().kind(), x -> x.subject().id()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SubjectKind.CHAIN, "food"),
                org.assertj.core.groups.Tuple.tuple(SubjectKind.CHAIN, "textile"),
                org.assertj.core.groups.Tuple.tuple(SubjectKind.UNIT, "350582"));
        assertThat(f.get(2).evidence()).containsEntry("enterprises", "3").containsEntry("withRdActivity", "2")
                .containsEntry("rdActivityPercent", "66.67").containsEntry("withRdInstitution", "2")
                .containsEntry("enterprisesLastYear", "2").containsEntry("withRdActivityLastYear", "1")
                .containsEntry("rdActivityPercentLastYear", "50.00").containsEntry("withRdInstitutionLastYear", "1")
                .containsEntry("rdActivityChange", "16.67").containsEntry("rdInstitutionChange", "16.67");
        assertThat(f.get(0).evidence()).containsEntry("enterprises", "2").containsEntry("withRdActivity", "1")
                .containsEntry("enterprisesLastYear", "1");
        assertThat(f.get(1).evidence()).containsEntry("enterprises", "2").containsEntry("withRdActivity", "2")
                .containsEntry("withRdInstitution", "1").containsEntry("rdInstitutionChange", "0.00");
    }

    @Test
    void totalsOnlyForSeveralUnits() {
        CountyDataset other = CountyDataset.builder("350583", "南安市", YEAR)
                .enterprises(List.of(Enterprise.builder(Fixtures.code("350583", 7), "南安企业",
                        org.countychain.division.DivisionCode.of("350583")).aboveScale(true).manufacturing(true)
                        .year(healthy(YEAR).build()).build()))
                .build();
        ScreeningResult r = RuleEngine.builder().rule(new FullCoverageRule()).build()
                .screen(jinjiang(enterprise(1, healthy(YEAR).build()).build()), other);
        List<Finding> f = r.findingsWithCode("FC-COVERAGE");
        assertThat(f.get(f.size() - 1).subject()).isEqualTo(Subject.total());
        assertThat(f.get(f.size() - 1).evidence()).containsEntry("enterprises", "2");
        assertThat(f.get(f.size() - 1).evidence()).doesNotContainKey("rdActivityChange");
    }
}
