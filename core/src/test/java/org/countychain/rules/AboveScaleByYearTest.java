package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;
import static org.countychain.rules.Fixtures.screen;
import static org.countychain.rules.Fixtures.yuan;

import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.SubjectKind;
import org.countychain.rules.notice.FullCoverageRule;
import org.countychain.rules.notice.R05ResearchGapRule;
import org.countychain.rules.notice.R08StatisticsConsistencyRule;
import org.countychain.rules.notice.R09ReserveFundRule;
import org.countychain.rules.notice.R11HighTechRule;
import org.junit.jupiter.api.Test;

/**
 * Above-scale (规上) is a status of a year: the rules screening year Y use Y's status, the full-coverage comparison
 * uses Y − 1's for last year's counts, and a year that states nothing falls back to the enterprise's flag.
 */
class AboveScaleByYearTest {
    /** Grew above scale in the reporting year: below it last year, the enterprise flag says "not above scale". */
    private static Enterprise.Builder grewAboveScale(int n, AnnualRdFigures.Builder lastYear,
                                                     AnnualRdFigures.Builder thisYear) {
        return enterprise(n, lastYear.aboveScale(false).build(), thisYear.aboveScale(true).build()).aboveScale(false);
    }

    /** Fell below scale in the reporting year: above it last year, the enterprise flag says "above scale". */
    private static Enterprise.Builder fellBelowScale(int n, AnnualRdFigures.Builder lastYear,
                                                     AnnualRdFigures.Builder thisYear) {
        return enterprise(n, lastYear.aboveScale(true).build(), thisYear.aboveScale(false).build()).aboveScale(true);
    }

    @Test
    void theYearsStatusWinsAndAnUnstatedYearTakesTheEnterprisesFlag() {
        Enterprise grew = grewAboveScale(1, healthy(YEAR - 1), healthy(YEAR)).build();
        assertThat(grew.aboveScaleIn(YEAR)).isTrue();
        assertThat(grew.aboveScaleIn(YEAR - 1)).isFalse();
        // 2022 has no figures: the enterprise's flag.
        assertThat(grew.aboveScaleIn(YEAR - 2)).isFalse();
        assertThat(grew.aboveScaleManufacturingIn(YEAR)).isTrue();
        assertThat(grew.toBuilder().manufacturing(false).build().aboveScaleManufacturingIn(YEAR)).isFalse();
        Enterprise unstated = enterprise(2, healthy(YEAR).build()).build();
        assertThat(unstated.aboveScaleIn(YEAR)).isTrue();
        assertThat(unstated.isAboveScaleIn(null)).isTrue();
        assertThat(unstated.toBuilder().aboveScale(false).build().aboveScaleIn(YEAR)).isFalse();
    }

    @Test
    void r5ScreensTheEnterprisesAboveScaleInTheReportingYear() {
        AnnualRdFigures.Builder gap = AnnualRdFigures.builder(YEAR);
        ScreeningResult r = screen(new R05ResearchGapRule(), county(
                grewAboveScale(1, healthy(YEAR - 1), gap).build(),
                fellBelowScale(2, healthy(YEAR - 1), AnnualRdFigures.builder(YEAR)).build()));
        assertThat(r.serviceList()).extracting(e -> e.enterprise().name()).containsExactly("企业1");
        // Screening last year instead: the other way round, and enterprise 1 had no gap then.
        ScreeningResult lastYear = RuleEngine.builder().rule(new R05ResearchGapRule()).build()
                .screen(ScreeningInput.builder().county(county(
                        grewAboveScale(1, AnnualRdFigures.builder(YEAR - 1), gap).build(),
                        fellBelowScale(2, AnnualRdFigures.builder(YEAR - 1), healthy(YEAR)).build()))
                        .reportingYear(YEAR - 1).build());
        assertThat(lastYear.serviceList()).extracting(e -> e.enterprise().name()).containsExactly("企业2");
    }

    @Test
    void fullCoverageCountsEachYearWithThatYearsStatus() {
        ScreeningResult r = screen(new FullCoverageRule(), county(
                grewAboveScale(1, healthy(YEAR - 1), healthy(YEAR)).build(),
                fellBelowScale(2, healthy(YEAR - 1), healthy(YEAR)).build(),
                enterprise(3, healthy(YEAR - 1).rdExpense(yuan("0")).build(), healthy(YEAR).build()).build()));
        List<Finding> unit = r.findingsWithCode("FC-COVERAGE").stream()
                .filter(f -> f.subject().kind() == SubjectKind.UNIT).toList();
        assertThat(unit).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("enterprises", "2").containsEntry("withRdActivity", "2")
                .containsEntry("enterprisesLastYear", "2").containsEntry("withRdActivityLastYear", "1")
                .containsEntry("rdActivityChange", "50.00"));
    }

    @Test
    void r8ScreensAboveScaleIndustrialEnterprisesOnly() {
        AnnualRdFigures projectsZeroRd = healthy(YEAR).scienceDepartmentProjects(2)
                .statisticsReport(RdStatisticsReport.of(yuan("0"), 0)).build();
        ScreeningResult r = screen(new R08StatisticsConsistencyRule(), county(
                // A utility: industrial by its code, not manufacturing.
                enterprise(1, projectsZeroRd).manufacturing(false).industryCode("D4411").build(),
                // A design service: not industrial by its code, nor by its flag.
                enterprise(2, projectsZeroRd).manufacturing(false).industryCode("M7491").build(),
                enterprise(3, projectsZeroRd).manufacturing(false).industryCode("M7491").industrial(false).build(),
                // The flag stated: industrial although the code is missing.
                enterprise(4, projectsZeroRd).manufacturing(false).industrial(true).build(),
                enterprise(5, projectsZeroRd).build()));
        assertThat(r.findingsWithCode("R8-PROJECTS-ZERO-RD")).extracting(f -> f.subject().name())
                .containsExactly("企业1", "企业4", "企业5");
    }

    @Test
    void r8AndR9AndR11UseTheReportingYearsStatus() {
        AnnualRdFigures.Builder projectsZeroRd = healthy(YEAR).scienceDepartmentProjects(2).rdReserveFund(true)
                .statisticsReport(RdStatisticsReport.of(yuan("0"), 0));
        CountyDataset c = county(
                grewAboveScale(1, healthy(YEAR - 1), projectsZeroRd).scienceTechSme(true).build(),
                fellBelowScale(2, healthy(YEAR - 1), projectsZeroRd).scienceTechSme(true).build());
        ScreeningResult r8 = screen(new R08StatisticsConsistencyRule(), c);
        assertThat(r8.findingsWithCode("R8-PROJECTS-ZERO-RD")).extracting(f -> f.subject().name())
                .containsExactly("企业1");
        ScreeningResult r11 = screen(new R11HighTechRule(), c);
        assertThat(r11.cultivationList()).extracting(e -> e.enterprise().name()).containsExactly("企业1");
        ScreeningResult r9 = screen(new R09ReserveFundRule(), c);
        assertThat(r9.findings()).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("aboveScaleEnterprises", "1").containsEntry("aboveScaleWithReserveFund", "1"));
    }
}
