package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** The intermediary's credit code of a year, and the credit codes of every edition of the watch list, are checked. */
class IntermediaryValidationTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();

    private static List<String> found(CountyDataset d) {
        return Fixtures.VALIDATOR.validate(d).violations().stream()
                .filter(v -> !SampleCountyValidationTest.PLANTED.contains(v.severity() + " " + v.code() + " " + v.path()))
                .map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    private static CreditCode mistyped() {
        String v = SAMPLE.enterprises().get(0).creditCode().value();
        return CreditCode.parseLenient(v.substring(0, 17) + (v.charAt(17) == '0' ? '1' : '0'));
    }

    @Test
    void aYearsIntermediaryCodeIsChecked() {
        Enterprise e = SAMPLE.enterprises().get(0);
        int last = e.years().size() - 1;
        List<AnnualRdFigures> years = new ArrayList<>(e.years());
        years.set(last, years.get(last).toBuilder().intermediaryCode(mistyped()).build());
        List<Enterprise> list = new ArrayList<>(SAMPLE.enterprises());
        list.set(0, e.toBuilder().years(years).build());
        assertThat(found(SAMPLE.toBuilder().enterprises(list).build())).singleElement().asString()
                .contains(" CV-01").endsWith("enterprises[0].years[" + last + "].intermediaryCode");
    }

    @Test
    void anEarlierEditionsCodesAreChecked() {
        IntermediaryWatchList w = SAMPLE.watchList();
        IntermediaryWatchList earlier = new IntermediaryWatchList(2021, null, null,
                List.of(new Intermediary("某中介（样例）", mistyped(), null)), List.of());
        List<IntermediaryWatchList> editions = new ArrayList<>(w.earlier());
        editions.add(earlier);
        IntermediaryWatchList withBad = new IntermediaryWatchList(w.year(), w.publishedIn(), w.source(), w.entries(),
                editions);
        assertThat(found(SAMPLE.toBuilder().watchList(withBad).build())).singleElement().asString()
                .contains(" CV-01").endsWith("watchList.earlier[1].entries[0].creditCode");
    }
}
