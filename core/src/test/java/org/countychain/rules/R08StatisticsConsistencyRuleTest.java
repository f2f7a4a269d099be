package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.certificate;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;
import static org.countychain.rules.Fixtures.screen;
import static org.countychain.rules.Fixtures.yuan;

import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.rules.notice.R08StatisticsConsistencyRule;
import org.junit.jupiter.api.Test;

class R08StatisticsConsistencyRuleTest {
    @Test
    void projectsButZeroRdInStatistics() {
        ScreeningResult r = screen(new R08StatisticsConsistencyRule(), county(enterprise(1, healthy(YEAR)
                .scienceDepartmentProjects(2).statisticsReport(RdStatisticsReport.of(yuan("0"), 0)).build()).build()));
        assertThat(r.findingsWithCode("R8-PROJECTS-ZERO-RD")).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("scienceDepartmentProjects", "2").containsEntry("statisticsRdExpenditure", "0")
                .containsEntry("statisticsProjectCount", "0").containsEntry("rdExpense", "3000000.00"));
        assertThat(r.count("R8-HIGH-TECH-ZERO")).isZero();
    }

    @Test
    void projectsWithRdInStatisticsAreConsistent() {
        ScreeningResult r = screen(new R08StatisticsConsistencyRule(), county(enterprise(1, healthy(YEAR)
                .scienceDepartmentProjects(2).statisticsReport(RdStatisticsReport.of(yuan("0.01"), 0)).build())
                .build()));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void highTechWithZeroProjectsOrZeroRd() {
        var cert = certificate("GR1", "2022-12-01", "2025-11-30");
        ScreeningResult r = screen(new R08StatisticsConsistencyRule(), county(
                enterprise(1, healthy(YEAR).statisticsReport(RdStatisticsReport.of(yuan("100"), 0)).build())
                        .highTechCertificate(cert).build(),
                enterprise(2, healthy(YEAR).statisticsReport(RdStatisticsReport.of(yuan("0"), 3)).build())
                        .highTechCertificate(cert).build(),
                enterprise(3, healthy(YEAR).statisticsReport(RdStatisticsReport.of(yuan("100"), 3)).build())
                        .highTechCertificate(cert).build(),
                enterprise(4, healthy(YEAR).statisticsReport(RdStatisticsReport.of(yuan("0"), 0)).build()).build()));
        assertThat(r.findingsWithCode("R8-HIGH-TECH-ZERO")).extracting(f -> f.subject().name())
                .containsExactly("企业1", "企业2");
        assertThat(r.findingsWithCode("R8-HIGH-TECH-ZERO").get(0).evidence()).containsEntry("certificateNumber", "GR1")
                .containsEntry("statisticsProjectCount", "0").containsEntry("statisticsRdExpenditure", "100");
        assertThat(r.findings()).hasSize(2);
    }

    @Test
    void certificateEndingMidYearStillMakesAHighTechEnterpriseOfThatYear() {
        ScreeningResult r = screen(new R08StatisticsConsistencyRule(), county(enterprise(1, healthy(YEAR)
                .statisticsReport(RdStatisticsReport.of(yuan("0"), 0)).build())
                .highTechCertificate(certificate("GR2021", "2021-07-01", "2024-06-30")).build()));
        assertThat(r.count("R8-HIGH-TECH-ZERO")).isEqualTo(1);
        ScreeningResult expiredBefore = screen(new R08StatisticsConsistencyRule(), county(enterprise(1, healthy(YEAR)
                .statisticsReport(RdStatisticsReport.of(yuan("0"), 0)).build())
                .highTechCertificate(certificate("GR2020", "2020-07-01", "2023-06-30")).build()));
        assertThat(expiredBefore.findings()).isEmpty();
    }

    @Test
    void nothingToCompareIsReported() {
        ScreeningResult r = screen(new R08StatisticsConsistencyRule(), county(
                enterprise(1, healthy(YEAR).scienceDepartmentProjects(1).build()).build(),
                enterprise(2, healthy(YEAR).statisticsReport(RdStatisticsReport.of(null, null)).build())
                        .highTechCertificate(certificate("GR9", "2023-01-01", "2025-12-31")).build(),
                enterprise(3, healthy(YEAR).build()).build()));
        assertThat(r.findingsWithCode("R8-NO-STATISTICS")).extracting(f -> f.subject().name())
                .containsExactly("企业1", "企业2");
    }

    @Test
    void onlyAboveScale() {
        ScreeningResult r = screen(new R08StatisticsConsistencyRule(), county(enterprise(1, healthy(YEAR)
                .scienceDepartmentProjects(2).statisticsReport(RdStatisticsReport.of(yuan("0"), 0)).build())
                .aboveScale(false).build()));
        assertThat(r.findings()).isEmpty();
    }
}
