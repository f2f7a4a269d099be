package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.countychain.chain.IndustryChain;
import org.countychain.consolidation.ConsolidationResult;
import org.countychain.consolidation.Consolidator;
import org.countychain.fixtures.Shishi;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;

/**
 * A city's consolidated data set (R3) validates like a county's: its unit is the city, its merged chains belong to
 * the city, its reports are consolidated. Each chain's county is checked in the context of the data set's unit
 * (CV-0704), and a county's own report in a city's data set is a warning (CV-0832).
 */
class CityDatasetValidationTest {
    private static final Consolidator CONSOLIDATOR = Consolidator.defaults();

    private static List<String> summary(ValidationResult result) {
        return result.violations().stream().map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    private static List<String> errors(Object target, Class<?>... groups) {
        return Fixtures.VALIDATOR.validate(target, groups).violations().stream()
                .filter(v -> v.severity() == ViolationSeverity.ERROR).map(v -> v.code() + " " + v.path()).toList();
    }

    /** 晋江 and 石狮 consolidated; 石狮's team given a leader, which a submission requires of it. */
    private static CountyDataset jinjiangAndShishi() {
        CountyDataset shishi = Shishi.dataset();
        TalentTeam t = shishi.teams().get(0);
        TalentTeam led = new TalentTeam(t.id(), t.name(), t.county(), t.mode(), t.chainIds(),
                new Commissioner("林某（样例）", "华侨大学", "纺织材料", "13800000000"), t.members(), t.tasks(),
                t.results());
        shishi = shishi.toBuilder().teams(List.of(led)).build();
        return CONSOLIDATOR.consolidate("350500", List.of(SampleCounty.jinjiang(), shishi)).cityDataset();
    }

    private static CountyDataset withChain(CountyDataset d, int index, DivisionCode county) {
        List<IndustryChain> chains = new ArrayList<>(d.chains());
        IndustryChain c = chains.get(index);
        chains.set(index, new IndustryChain(c.id(), c.name(), county, c.industryCode(), c.aliases(), c.map()));
        return d.toBuilder().chains(chains).build();
    }

    private static CountyDataset withUnit(CountyDataset d, String unitId, String unitName) {
        return new CountyDataset(unitId, unitName, d.year(), d.note(), d.chains(), d.enterprises(), d.teams(),
                d.platforms(), d.demands(), d.achievements(), d.reports(), d.watchList());
    }

    @Test
    void theSyntheticQuanzhouConsolidationValidatesWithoutErrorInBothGroups() {
        ProvinceDataset province = SyntheticProvince.generate(7L, 600);
        List<CountyDataset> quanzhou = province.counties().stream()
                .filter(d -> d.unitId().startsWith("3505")).toList();
        ConsolidationResult r = CONSOLIDATOR.consolidate("350500", 2024, quanzhou);
        CountyDataset city = r.cityDataset();
        assertThat(city.unitId()).isEqualTo("350500");
        assertThat(city.chains()).isNotEmpty().allSatisfy(c -> assertThat(c.county().value()).isEqualTo("350500"));
        assertThat(city.reports()).isNotEmpty().allSatisfy(rep -> assertThat(rep.isConsolidated()).isTrue());
        assertThat(errors(city)).isEmpty();
        assertThat(errors(city, Submission.class)).isEmpty();
        // The counties it came from still validate as before: each chain is its own county's.
        for (CountyDataset county : quanzhou) {
            assertThat(errors(county)).as(county.unitId()).isEmpty();
        }
    }

    @Test
    void theJinjiangAndShishiConsolidationValidatesInBothGroups() {
        CountyDataset city = jinjiangAndShishi();
        assertThat(city.chains()).extracting(c -> c.county().value()).containsOnly("350500");
        // 晋江's planted warnings (E09's GB 11714 inner check, E47 and E48 registered elsewhere) come along with
        // their enterprises; nothing else.
        List<String> planted = List.of("WARNING CV-0105 " + pathOf(city, "91350582784527160J"),
                "WARNING CV-0912 " + pathOf(city, "91350427MA2YF7M96U"),
                "WARNING CV-0912 " + pathOf(city, "91330782147045393N"));
        assertThat(summary(Fixtures.VALIDATOR.validate(city))).containsExactlyInAnyOrderElementsOf(planted);
        assertThat(summary(Fixtures.VALIDATOR.validate(city, Submission.class)))
                .containsExactlyInAnyOrderElementsOf(planted);
    }

    private static String pathOf(CountyDataset city, String creditCode) {
        for (int i = 0; i < city.enterprises().size(); i++) {
            if (city.enterprises().get(i).creditCode().value().equals(creditCode)) {
                return "enterprises[" + i + "].creditCode";
            }
        }
        throw new AssertionError(creditCode + " is not in the city data set");
    }

    @Test
    void aCountysChainInItsCitysCodeIsOutsideTheCounty() {
        CountyDataset jinjiang = withChain(SampleCounty.jinjiang(), 0, DivisionCode.of("350500"));
        List<Violation> v = Fixtures.english(jinjiang).stream().filter(x -> x.severity(
                ) == ViolationSeverity.ERROR).toList();
        assertThat(v).extracting(Violation::code, Violation::path).containsExactly(tuple("CV-0704",
                "chains[0].county"));
        IndustryChain chain = jinjiang.chains().get(0);
        assertThat(v.get(0).message()).isEqualTo("the chain '" + chain.id() + " " + chain.name()
                + "' is in 350500 泉州市, outside the data set's unit 350582 晋江市");
        assertThat(Fixtures.violations(jinjiang)).filteredOn(x -> x.code().equals("CV-0704")).singleElement()
                .extracting(Violation::message).isEqualTo("产业链“" + chain.id() + " "
                + chain.name() + "”所属区划 350500 泉州市 不在数据集单位 350582 晋江市 的范围内");
    }

    @Test
    void aCountysChainInAnotherCountyOfTheSameCityIsOutsideTheCounty() {
        CountyDataset jinjiang = withChain(SampleCounty.jinjiang(), 0, DivisionCode.of("350581"));
        assertThat(errors(jinjiang)).containsExactly("CV-0704 chains[0].county");
    }

    @Test
    void aCitysChainInAnotherCitysCountyIsOutsideTheCity() {
        CountyDataset city = withChain(jinjiangAndShishi(), 0, DivisionCode.of("350102"));
        List<Violation> v = Fixtures.english(city).stream().filter(x -> x.severity(
                ) == ViolationSeverity.ERROR).toList();
        assertThat(v).extracting(Violation::code, Violation::path).containsExactly(tuple("CV-0704",
                "chains[0].county"));
        assertThat(v.get(0).message()).endsWith("' is in 350102 鼓楼区, outside the data set's unit 350500 泉州市");
        // Another city's own code too.
        assertThat(errors(withChain(jinjiangAndShishi(), 0, DivisionCode.of("350200"))))
                .containsExactly("CV-0704 chains[0].county");
    }

    @Test
    void aCitysChainMayBeTheCitysOrOneOfItsCounties() {
        for (String county : List.of("350500", "350581", "350582", "350526")) {
            assertThat(errors(withChain(jinjiangAndShishi(), 0, DivisionCode.of(county)))).as(county).isEmpty();
        }
    }

    @Test
    void aChainsCountyIsACountyOrACityButNeverTheProvince() {
        // The province is neither: the field's own check says so, once, and the data-set check stays silent.
        assertThat(errors(withChain(jinjiangAndShishi(), 0, DivisionCode.of("350000"))))
                .containsExactly("CV-0116 chains[0].county");
        assertThat(errors(withChain(SampleCounty.jinjiang(), 0, DivisionCode.of("350000"))))
                .containsExactly("CV-0116 chains[0].county");
        // A retired code is reported as retired, not as outside the unit.
        assertThat(errors(withChain(SampleCounty.jinjiang(), 0, DivisionCode.of("350427"))))
                .containsExactly("CV-0114 chains[0].county");
        assertThat(Fixtures.english(withChain(SampleCounty.jinjiang(), 0, DivisionCode.of("350000"))).get(0).message())
                .isEqualTo("350000 福建省 is neither a county-level unit nor a city");
    }

    @Test
    void pingtansDataSetHoldsChainsOfItsCounty() {
        CountyDataset pingtan = withUnit(SampleCounty.jinjiang(), "PINGTAN", "平潭综合实验区");
        List<IndustryChain> chains = new ArrayList<>();
        for (IndustryChain c : pingtan.chains()) {
            chains.add(new IndustryChain(c.id(), c.name(), DivisionCode.of("350128"), c.industryCode(), c.aliases(),
                    c.map()));
        }
        assertThat(errors(pingtan.toBuilder().chains(chains).build()))
                .doesNotContain("CV-0704 chains[0].county");
        assertThat(errors(pingtan)).contains("CV-0704 chains[0].county");
    }

    @Test
    void aCityLevelUnitIsASubmittableDataSetUnitAndAnUnknownOneIsNot() {
        CountyDataset city = jinjiangAndShishi();
        assertThat(errors(city, Submission.class)).noneMatch(e -> e.endsWith(" unitId"));
        assertThat(errors(withUnit(city, "350599", "某市"), Submission.class)).contains("CV-0132 unitId");
    }

    @Test
    void aCountysOwnReportInACitysDataSetIsAWarning() {
        CountyDataset city = jinjiangAndShishi();
        ResearchReport shishi = Shishi.dataset().reports().get(0);
        ResearchReport own = new ResearchReport("350500-own-2024", "350500", "泉州市", city.chains().get(0).id(),
                "纺织鞋服", null, 2024, List.of(DivisionCode.of("350581")), shishi.items(), shishi.advantageUnits(),
                null, null);
        ResearchReport county = new ResearchReport("350581-copy-2024", "350581", "石狮市", city.chains().get(0).id(),
                "纺织鞋服", null, 2024, List.of(DivisionCode.of("350581")), shishi.items(), shishi.advantageUnits(),
                null, null);
        List<ResearchReport> reports = new ArrayList<>(city.reports());
        reports.add(own);
        reports.add(county);
        CountyDataset mixed = city.toBuilder().reports(reports).build();
        int at = reports.size() - 1;
        ValidationResult result = Fixtures.VALIDATOR.validate(mixed, Locale.ENGLISH);
        assertThat(result.violations()).filteredOn(v -> v.code().startsWith("CV-08"))
                .extracting(Violation::code, Violation::severity, Violation::path)
                .containsExactly(tuple("CV-0832", ViolationSeverity.WARNING, "reports[" + at + "].unitId"));
        assertThat(result.violations()).filteredOn(v -> v.code().equals("CV-0832")).extracting(Violation::message)
                .containsExactly("the report '350581-copy-2024' is written by 350581 石狮市 and covers a single "
                        + "county: it is neither consolidated nor written by 350500 泉州市; it belongs in its "
                        + "county's data set");
        assertThat(result.isValid()).isTrue();
        // In a county's own data set its report is what belongs there.
        assertThat(Fixtures.codes(Shishi.dataset())).doesNotContain("CV-0832");
    }
}
