package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.screen;
import static org.countychain.rules.Fixtures.yuan;

import java.util.List;
import java.util.Locale;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.PriorityReason;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.notice.R07PriorityRule;
import org.junit.jupiter.api.Test;

class R07PriorityRuleTest {
    private static ScreeningResult run(AnnualRdFigures f) {
        return screen(new R07PriorityRule(), county(enterprise(1, f).build()));
    }

    private static AnnualRdFigures figures(String revenue, String rd, String selfFunded) {
        return AnnualRdFigures.builder(YEAR).operatingRevenue(revenue == null ? null : yuan(revenue))
                .rdExpense(rd == null ? null : yuan(rd)).selfFundedRdExpense(selfFunded == null ? null : yuan(selfFunded))
                .build();
    }

    @Test
    void exactlyFivePercentIsNotAbove() {
        ScreeningResult r = run(figures("100000000.00", "5000000.00", "0"));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void oneCentAboveFivePercentIsPriority() {
        ScreeningResult r = run(figures("100000000.00", "5000000.01", "0"));
        assertThat(r.findingsWithCode("R7-PRIORITY")).singleElement().satisfies(f -> {
            assertThat(f.value("reasons")).isEqualTo(List.of(PriorityReason.RD_RATIO));
            assertThat(f.evidence()).containsEntry("rdExpense", "5000000.01")
                    .containsEntry("operatingRevenue", "100000000.00")
                    .containsEntry("rdRatioPercent", "5.00")
                    .containsEntry("rdRatioThresholdPercent", "5.00")
                    .containsEntry("rdRatioComparison", "5.00000001% > 5%")
                    .containsEntry("reasons", "RD_RATIO");
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("占比 5.00000001% > 5%");
            assertThat(f.message(Locale.ENGLISH)).contains("share 5.00000001% > 5%");
        });
    }

    @Test
    void oneCentBelowFivePercentIsNotPriorityAndReadsBelow() {
        assertThat(run(figures("100000000.00", "4999999.99", "0")).findings()).isEmpty();
        // The self-funded test makes it priority; the comparison shows why the ratio did not.
        ScreeningResult r = run(figures("100000000.00", "4999999.99", "20000000"));
        assertThat(r.findingsWithCode("R7-PRIORITY")).singleElement().satisfies(f -> {
            assertThat(f.value("reasons")).isEqualTo(List.of(PriorityReason.SELF_FUNDED_RD));
            assertThat(f.evidence()).containsEntry("rdRatioPercent", "5.00")
                    .containsEntry("rdRatioComparison", "4.99999999% < 5%");
        });
    }

    @Test
    void exactlyFivePercentReadsEqualWhenPriorityForSelfFunding() {
        ScreeningResult r = run(figures("100000000.00", "5000000.00", "20000000"));
        assertThat(r.findingsWithCode("R7-PRIORITY")).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("rdRatioComparison", "5.00% = 5%"));
    }

    @Test
    void comparisonUsesTheConfiguredThreshold() {
        RuleSettings lower = RuleSettings.defaults().toBuilder().priorityRdRatioPercent(yuan("3.5")).build();
        RuleEngine engine = RuleEngine.builder().rule(new R07PriorityRule()).settings(lower).build();
        Finding f = engine.screen(county(enterprise(1, figures("3", "0.105000001", null)).build()))
                .findingsWithCode("R7-PRIORITY").get(0);
        assertThat(f.evidence()).containsEntry("rdRatioThresholdPercent", "3.50")
                .containsEntry("rdRatioComparison", "3.50000003% > 3.5%");
    }

    @Test
    void ratioComparisonIsExactForTinyRevenues() {
        // 0.05000001 / 1 is above 5% although it rounds to 5.00%.
        assertThat(run(figures("1", "0.05000001", null)).count("R7-PRIORITY")).isEqualTo(1);
        assertThat(run(figures("1", "0.05", null)).count("R7-PRIORITY")).isZero();
    }

    @Test
    void selfFundedBelowTwentyMillionIsNotPriority() {
        assertThat(run(figures("1000000000", "19999999.99", "19999999.99")).findings()).isEmpty();
    }

    @Test
    void selfFundedOfTwentyMillionIsPriority() {
        ScreeningResult r = run(figures("1000000000", "20000000.00", "20000000.00"));
        assertThat(r.findingsWithCode("R7-PRIORITY")).singleElement()
                .satisfies(f -> assertThat(f.value("reasons")).isEqualTo(List.of(PriorityReason.SELF_FUNDED_RD)));
    }

    @Test
    void bothReasons() {
        ScreeningResult r = run(figures("100000000", "25000000", "20000000"));
        assertThat(r.findingsWithCode("R7-PRIORITY")).singleElement().satisfies(f -> assertThat(f.value("reasons"))
                .isEqualTo(List.of(PriorityReason.RD_RATIO, PriorityReason.SELF_FUNDED_RD)));
    }

    @Test
    void zeroRevenueIsADataFindingNotARatio() {
        ScreeningResult r = run(figures("0", "100", "10"));
        assertThat(r.count("R7-PRIORITY")).isZero();
        assertThat(r.findingsWithCode("R7-ZERO-REVENUE")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("rdExpense", "100"));
    }

    @Test
    void zeroRevenueStillAllowsTheSelfFundedTest() {
        ScreeningResult r = run(figures("0.00", "30000000", "30000000"));
        assertThat(r.findingsWithCode("R7-PRIORITY")).singleElement().satisfies(f -> {
            assertThat(f.value("reasons")).isEqualTo(List.of(PriorityReason.SELF_FUNDED_RD));
            assertThat(f.evidence()).doesNotContainKey("rdRatioPercent");
            assertThat(f.evidence()).doesNotContainKey("rdRatioComparison");
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("占比 —，");
        });
        assertThat(r.count("R7-ZERO-REVENUE")).isEqualTo(1);
    }

    @Test
    void missingRevenueIsADataFinding() {
        ScreeningResult r = run(figures(null, "100", null));
        assertThat(r.count("R7-PRIORITY")).isZero();
        assertThat(r.count("R7-NO-REVENUE")).isEqualTo(1);
        assertThat(r.findingsWithCode("R7-NO-REVENUE").get(0).message(Locale.ENGLISH))
                .isEqualTo("企业1: operating revenue not reported, so its R&D share of revenue cannot be computed");
    }

    @Test
    void missingYearGivesNothing() {
        ScreeningResult r = run(figures("100", "50", "0").toBuilder().build().toBuilder().build());
        assertThat(r.findings()).hasSize(1);
        ScreeningResult none = screen(new R07PriorityRule(), county(enterprise(1,
                AnnualRdFigures.builder(YEAR - 1).operatingRevenue(yuan("1")).rdExpense(yuan("1")).build()).build()));
        assertThat(none.findings()).isEmpty();
    }

    @Test
    void thresholdsAreSettings() {
        RuleSettings six = RuleSettings.defaults().toBuilder().priorityRdRatioPercent(yuan("6"))
                .prioritySelfFundedRdMinimum(yuan("30000000")).build();
        RuleEngine engine = RuleEngine.builder().rule(new R07PriorityRule()).settings(six).build();
        assertThat(engine.screen(county(enterprise(1, figures("100", "6", "20000000")).build())).findings())
                .isEmpty();
        assertThat(engine.screen(county(enterprise(1, figures("100", "6.01", null)).build())).count("R7-PRIORITY"))
                .isEqualTo(1);
    }

    @Test
    void messagesInBothLanguages() {
        Finding f = run(figures("100000000.00", "6000000", "0")).findings().get(0);
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "企业1：研发费用占营业收入比重高于阈值，优先推荐申报各类科技计划项目（研发费用 6000000 元，营业收入 100000000.00 元，"
                        + "占比 6.00% > 5%，自主研发费用 0 元）");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("企业1: R&D expense share of revenue above the threshold; "
                + "recommend first for S&T plan projects (R&D 6000000 yuan, revenue 100000000.00 yuan, share 6.00% > 5%, "
                + "self-funded R&D 0 yuan)");
        assertThat(f.message(Locale.GERMAN)).isEqualTo(f.message(Locale.ENGLISH));
        assertThat(f.messages()).containsOnlyKeys("zh", "en");
    }
}
