package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.platform.InnovationPlatform;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.TalentTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a province reviewer checks in a real data set: names against codes, industry codes against GB/T 4754-2017,
 * the manufacturing flag against the code, and where things are against the data set's unit.
 */
class RealDataConsistencyTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();

    private static List<String> found(Object target) {
        return Fixtures.VALIDATOR.validate(target).violations().stream()
                .filter(v -> !SampleCountyValidationTest.PLANTED.contains(v.severity() + " " + v.code() + " " + v.path()))
                .map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    private static CountyDataset withUnit(String unitId, String unitName) {
        return new CountyDataset(unitId, unitName, SAMPLE.year(), SAMPLE.note(), SAMPLE.chains(), SAMPLE.enterprises(),
                SAMPLE.teams(), SAMPLE.platforms(), SAMPLE.demands(), SAMPLE.achievements(), SAMPLE.reports(),
                SAMPLE.watchList());
    }

    private static CountyDataset withEnterprise(int index, UnaryOperator<Enterprise.Builder> change) {
        List<Enterprise> list = new ArrayList<>(SAMPLE.enterprises());
        list.set(index, change.apply(list.get(index).toBuilder()).build());
        return SAMPLE.toBuilder().enterprises(list).build();
    }

    @Test
    void aUnitNameMustBeItsUnitIdsName() {
        assertThat(found(withUnit("350582", "字字字"))).containsExactly("ERROR CV-0907 unitName");
        assertThat(found(withUnit("350582", "晋江"))).as("the name without its suffix").isEmpty();
        assertThat(found(withUnit("350582", "晋江市"))).isEmpty();
        assertThat(found(withUnit("350583", "晋江市"))).as("南安's id with 晋江's name")
                .contains("ERROR CV-0907 unitName");
        assertThat(Fixtures.VALIDATOR.validate(withUnit("350582", "字字字"), Locale.ENGLISH).violations())
                .filteredOn(v -> v.code().equals("CV-0907")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("the unit name '字字字' is not the name of 350582 晋江市"));
        ResearchReport r = SAMPLE.reports().get(0);
        ResearchReport renamed = new ResearchReport(r.id(), r.unitId(), "字字字", r.chainId(), r.chainName(),
                r.templateEdition(), r.year(), r.coveredCounties(), r.items(), r.advantageUnits(), r.preparedBy(),
                r.preparedOn());
        assertThat(found(renamed)).containsExactly("ERROR CV-0907 unitName");
        assertThat(found(new CitySubmission("350500", "福州市", 2024, List.of(), List.of(), null)))
                .containsExactly("ERROR CV-0907 unitName");
        assertThat(found(new CitySubmission("350500", "泉州市", 2024, List.of(), List.of(), null))).isEmpty();
    }

    @Test
    void platformsAndTeamsBelongToTheUnit() {
        InnovationPlatform p = SAMPLE.platforms().get(0);
        List<InnovationPlatform> platforms = new ArrayList<>(SAMPLE.platforms());
        platforms.set(0, new InnovationPlatform(p.id(), p.name(), p.type(), p.level(), DivisionCode.of("350583"),
                p.chainIds(), p.operator(), p.enclave()));
        TalentTeam t = SAMPLE.teams().get(0);
        TalentTeam moved = new TalentTeam(t.id(), t.name(), DivisionCode.of("350583"), t.mode(), t.chainIds(),
                t.leader(), t.members(), t.tasks(), t.results());
        assertThat(found(SAMPLE.toBuilder().platforms(platforms).teams(List.of(moved)).build()))
                .containsExactly("ERROR CV-0908 platforms[0].county", "ERROR CV-0909 teams[0].county");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // Division 44 is electricity (section D), so C4499 is wrong twice over: the letter says which.
            "C4499, ERROR CV-0904 enterprises[2].industryCode",
            "C1999, ERROR CV-0902 enterprises[2].industryCode",
            "ZZ, ERROR CV-0903 enterprises[2].industryCode",
            "C19511, ERROR CV-0903 enterprises[2].industryCode",
            "C6431, ERROR CV-0904 enterprises[2].industryCode",
            "C1810, WARNING CV-0905 enterprises[2].industryCode",
            "M7491, ERROR CV-0906 enterprises[2].manufacturing"
    })
    void industryCodesExistAndAgreeWithTheManufacturingFlag(String code, String expected) {
        // E03 is a manufacturing enterprise (C1951).
        assertThat(found(withEnterprise(2, b -> b.industryCode(code)))).containsExactly(expected);
    }

    @Test
    void goodIndustryCodesPassAtEveryLevelAndForm() {
        for (String code : List.of("C", "C19", "C195", "C1951", "1951", " c1951 ")) {
            assertThat(found(withEnterprise(2, b -> b.industryCode(code)))).as(code).isEmpty();
        }
        // A non-manufacturing enterprise with a manufacturing code, the other direction of the flag.
        assertThat(found(withEnterprise(2, b -> b.manufacturing(false))))
                .containsExactly("ERROR CV-0906 enterprises[2].manufacturing");
        assertThat(Fixtures.VALIDATOR.validate(withEnterprise(2, b -> b.industryCode("M7491")), Locale.ENGLISH)
                .violations()).filteredOn(v -> v.code().equals("CV-0906")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("marked as manufacturing", "M7491 (工业设计服务)"));
    }

    @Test
    void chainsDemandsAndAchievementsHaveRealIndustryCodesToo() {
        IndustryChain c = SAMPLE.chains().get(0);
        IndustryChain chain = new IndustryChain(c.id(), c.name(), c.county(), "C1999", c.aliases(), c.map());
        TechnologyDemand d = SAMPLE.demands().get(0);
        List<TechnologyDemand> demands = new ArrayList<>(SAMPLE.demands());
        demands.set(0, new TechnologyDemand(d.id(), d.title(), d.description(), d.chainId(), d.linkId(), d.county(),
                "ZZ", d.proposer(), d.proposerCode(), d.keywords()));
        assertThat(found(SAMPLE.toBuilder().chains(List.of(chain)).demands(demands).build()))
                .containsExactly("ERROR CV-0902 chains[0].industryCode", "ERROR CV-0903 demands[0].industryCode");
    }

    @Test
    void locationsAReviewerWouldQuestionAreWarnings() {
        // E03 moved to 南安 in the data: outside 晋江, and its 晋江 code's office no longer covers it.
        assertThat(found(withEnterprise(2, b -> b.industryCode("C1951"))
                .toBuilder().build())).isEmpty();
        Enterprise e = SAMPLE.enterprises().get(2);
        List<Enterprise> list = new ArrayList<>(SAMPLE.enterprises());
        list.set(2, new Enterprise(e.creditCode(), e.name(), DivisionCode.of("350583"), e.industryCode(), e.chainIds(),
                e.aboveScale(), e.manufacturing(), e.scienceTechSme(), e.registeredOn(), e.highTechCertificates(),
                e.serviceContact(), e.years()));
        assertThat(found(SAMPLE.toBuilder().enterprises(list).build())).containsExactly(
                "WARNING CV-0910 enterprises[2].county", "WARNING CV-0912 enterprises[2].creditCode");
        // A code registered by an office that does not exist: a Fujian code that is no division, and no province.
        for (String first17 : List.of("91359999MA2Y8K4C3", "91990000MA2Y8K4C3")) {
            list.set(2, new Enterprise(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)), e.name(),
                    e.county(), e.industryCode(), e.chainIds(), e.aboveScale(), e.manufacturing(), e.scienceTechSme(),
                    e.registeredOn(), e.highTechCertificates(), e.serviceContact(), e.years()));
            assertThat(found(SAMPLE.toBuilder().enterprises(list).build())).as(first17)
                    .contains("WARNING CV-0913 enterprises[2].creditCode")
                    .doesNotContain("WARNING CV-0912 enterprises[2].creditCode");
        }
        // A demand from another county; a report whose chain name is not its chain's.
        TechnologyDemand d = SAMPLE.demands().get(0);
        List<TechnologyDemand> demands = new ArrayList<>(SAMPLE.demands());
        demands.set(0, new TechnologyDemand(d.id(), d.title(), d.description(), d.chainId(), d.linkId(),
                DivisionCode.of("350583"), d.industryCode(), d.proposer(), d.proposerCode(), d.keywords()));
        ResearchReport r = SAMPLE.reports().get(0);
        ResearchReport misnamed = new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), "集成电路",
                r.templateEdition(), r.year(), r.coveredCounties(), r.items(), r.advantageUnits(), r.preparedBy(),
                r.preparedOn());
        assertThat(found(SAMPLE.toBuilder().demands(demands).reports(List.of(misnamed)).build())).containsExactly(
                "WARNING CV-0911 demands[0].county", "WARNING CV-0914 reports[0].chainName");
        // An alias, or the name with 产业链 after it, is the chain's name.
        for (String name : List.of("鞋服纺织", "纺织鞋服产业链", "纺织鞋服产业")) {
            ResearchReport alias = new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), name,
                    r.templateEdition(), r.year(), r.coveredCounties(), r.items(), r.advantageUnits(), r.preparedBy(),
                    r.preparedOn());
            assertThat(found(SAMPLE.toBuilder().reports(List.of(alias)).build())).as(name).isEmpty();
        }
    }

    @Test
    void textsLongerThanARealSystemStoresAreViolations() {
        String huge = "字".repeat(20_000_000);
        CountyDataset d = withUnit("350582", huge);
        assertThat(found(d)).containsExactly("ERROR CV-0907 unitName", "ERROR CV-0930 unitName");
        assertThat(Fixtures.VALIDATOR.validate(d, Locale.ENGLISH).violations())
                .filteredOn(v -> v.code().equals("CV-0930")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("the text has 20000000 characters, at most 200 are allowed here"));
        // At the limit passes, one more does not: an enterprise's name (200) and a paragraph of a report (20,000).
        assertThat(found(withEnterprise(2, b -> b.industryCode("C1951")))).isEmpty();
        Enterprise e = SAMPLE.enterprises().get(2);
        for (int length : new int[] {200, 201}) {
            List<Enterprise> list = new ArrayList<>(SAMPLE.enterprises());
            list.set(2, new Enterprise(e.creditCode(), "名".repeat(length), e.county(), e.industryCode(), e.chainIds(),
                    e.aboveScale(), e.manufacturing(), e.scienceTechSme(), e.registeredOn(), e.highTechCertificates(),
                    e.serviceContact(), e.years()));
            assertThat(found(SAMPLE.toBuilder().enterprises(list).build())).as("" + length)
                    .isEqualTo(length == 200 ? List.of() : List.of("ERROR CV-0930 enterprises[2].name"));
        }
        ResearchReport r = SAMPLE.reports().get(0);
        List<org.countychain.report.ReportItem> items = new ArrayList<>(r.items());
        items.set(0, org.countychain.report.ReportItem.ofParagraphs(items.get(0).itemId(), "文".repeat(20_001)));
        ResearchReport longer = new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(),
                r.templateEdition(), r.year(), r.coveredCounties(), items, r.advantageUnits(), r.preparedBy(),
                r.preparedOn());
        assertThat(found(SAMPLE.toBuilder().reports(List.of(longer)).build()))
                .containsExactly("ERROR CV-0930 reports[0].items[0].blocks[0].text");
    }
}
