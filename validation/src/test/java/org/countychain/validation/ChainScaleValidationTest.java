package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.MoneyUnit;
import org.countychain.dataset.CountyDataset;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * A chain's scale stated for a year after the data set's (CV-1054, a warning); the data set's own year and earlier
 * years are fine. Negative figures, more above-scale enterprises than enterprises, an unknown unit and a year
 * outside 1949–2100 never reach validation: the model and the JSON reader refuse them (see the core tests).
 */
class ChainScaleValidationTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();

    private static CountyDataset withScale(int year) {
        IndustryChain c = SAMPLE.chains().get(0);
        IndustryChain changed = new IndustryChain(c.id(), c.name(), c.fullName(), c.county(), c.industryCode(),
                c.aliases(), c.pilot(), List.of(new ChainScale(year, new BigDecimal("1000000000"), 10, 5,
                        MoneyUnit.TEN_THOUSAND_YUAN)), c.map());
        List<IndustryChain> chains = new ArrayList<>(SAMPLE.chains());
        chains.set(0, changed);
        return SAMPLE.toBuilder().chains(chains).build();
    }

    private static List<Violation> scaleViolations(CountyDataset d, Locale locale) {
        return Fixtures.VALIDATOR.validate(d, locale).violations().stream()
                .filter(v -> v.path().startsWith("chains[")).toList();
    }

    @Test
    void theDataSetsYearAndEarlierAreFine() {
        assertThat(scaleViolations(withScale(SAMPLE.year()), Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(scaleViolations(withScale(SAMPLE.year() - 5), Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    void aYearAfterTheDataSetsIsAWarning() {
        CountyDataset d = withScale(SAMPLE.year() + 1);
        assertThat(scaleViolations(d, Locale.SIMPLIFIED_CHINESE))
                .extracting(Violation::code, v -> v.severity().name(), Violation::path, Violation::message)
                .containsExactly(tuple("CV-1054", "WARNING", "chains[0].scale[0].year",
                        SAMPLE.chains().get(0).displayFullName() + "的规模数据年度为2025，晚于数据集年度2024"));
        assertThat(scaleViolations(d, Locale.ENGLISH)).extracting(Violation::message).containsExactly(
                "the scale of " + SAMPLE.chains().get(0).displayFullName()
                        + " is stated for 2025, after the data set's year 2024");
        assertThat(Fixtures.VALIDATOR.validate(d).isValid()).isTrue();
    }
}
