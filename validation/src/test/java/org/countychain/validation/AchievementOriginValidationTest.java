package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.chain.Achievement;
import org.countychain.chain.AchievementOrigin;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** CV-1011: an achievement's origin (省内/省外/境外) against its owner's region, a warning. */
class AchievementOriginValidationTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();

    private static List<String> found(CountyDataset d) {
        return Fixtures.VALIDATOR.validate(d).violations().stream()
                .filter(v -> !SampleCountyValidationTest.PLANTED.contains(v.severity() + " " + v.code() + " " + v.path()))
                .map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    private static CountyDataset with(String region, AchievementOrigin origin) {
        Achievement a = SAMPLE.achievements().get(0);
        List<Achievement> list = new ArrayList<>(SAMPLE.achievements());
        list.set(0, new Achievement(a.id(), a.title(), a.description(), a.owner(), a.field(), a.industryCode(),
                a.chainId(), a.linkId(), region == null ? null : DivisionCode.of(region), a.keywords(), a.targetIds(),
                a.maturity(), origin));
        return SAMPLE.toBuilder().achievements(list).build();
    }

    @Test
    void theSamplesOriginsFitTheirRegions() {
        assertThat(found(SAMPLE)).isEmpty();
    }

    @Test
    void fujianIsInTheProvinceEveryOtherMainlandProvinceOutsideIt() {
        assertThat(found(with("350500", AchievementOrigin.IN_PROVINCE))).isEmpty();
        assertThat(found(with("350500", AchievementOrigin.OUT_OF_PROVINCE)))
                .containsExactly("WARNING CV-1011 achievements[0].origin");
        assertThat(found(with("350500", AchievementOrigin.ABROAD)))
                .containsExactly("WARNING CV-1011 achievements[0].origin");
        // 36 (江西) borders Fujian's 35, and 34 (安徽) is just below it.
        for (String other : List.of("360000", "340000", "110000")) {
            assertThat(found(with(other, AchievementOrigin.OUT_OF_PROVINCE))).as(other).isEmpty();
            assertThat(found(with(other, AchievementOrigin.IN_PROVINCE))).as(other)
                    .containsExactly("WARNING CV-1011 achievements[0].origin");
        }
    }

    @Test
    void taiwanHongKongAndMacaoCountAsAbroad() {
        for (String region : List.of("710000", "810000", "820000")) {
            assertThat(found(with(region, AchievementOrigin.ABROAD))).as(region).isEmpty();
            assertThat(found(with(region, AchievementOrigin.OUT_OF_PROVINCE))).as(region)
                    .containsExactly("WARNING CV-1011 achievements[0].origin");
        }
    }

    @Test
    void withoutOriginOrRegionThereIsNothingToCompare() {
        assertThat(found(with(null, AchievementOrigin.ABROAD))).isEmpty();
        assertThat(found(with("350500", null))).isEmpty();
    }

    @Test
    void theMessageNamesBothSidesInTheReadersLanguage() {
        CountyDataset d = with("330000", AchievementOrigin.IN_PROVINCE);
        assertThat(Fixtures.VALIDATOR.validate(d, Locale.SIMPLIFIED_CHINESE).violations())
                .filteredOn(v -> v.code().equals("CV-1011")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("成果来源“省内”与成果所有者所在地区330000")
                        .endsWith("不符（应为“省外”）"));
        assertThat(Fixtures.VALIDATOR.validate(d, Locale.ENGLISH).violations())
                .filteredOn(v -> v.code().equals("CV-1011")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("the origin 省内 does not fit the owner's region 330000")
                        .endsWith("(expected 省外)"));
    }
}
