package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.countychain.chain.ChainReference;
import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.MoneyUnit;
import org.countychain.consolidation.Consolidator;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.fixtures.Shishi;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.notice.R12WatchListRule;
import org.countychain.rules.notice.R13TalentTeamRule;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

/**
 * The city data set a consolidation builds keeps every field of the current format the counties gave: a city-level
 * team's chains of other counties (merged ones become the city's chains, the others stay references), the watch
 * list's editions of every county, and every other new field of the merged chains' enterprises, teams, platforms,
 * demands and achievements.
 */
class ConsolidatedEveryFieldTest {
    private static final CountyDataset JINJIANG = SampleCounty.jinjiang();
    private static final String CITY_TEAM = "350500-footwear-team";
    private static final ChainReference NANAN_STONE = new ChainReference(DivisionCode.of("350583"), "350583-stone");

    /** How a county presents its report: a merged report is the city's own, so the counties' choices are not carried. */
    static final List<String> REPORT_PRESENTATION = List.of("ResearchReport.subtitle",
            "ResearchReport.unitTableCaption");

    private static TalentTeam team(CountyDataset d, String id) {
        return d.teams().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** 晋江 with its city-level team serving 南安's stone chain too (a county the consolidation does not merge). */
    private static CountyDataset jinjiangReachingNanan() {
        List<TalentTeam> teams = new ArrayList<>();
        for (TalentTeam t : JINJIANG.teams()) {
            List<ChainReference> others = new ArrayList<>(t.otherChains());
            if (t.id().equals(CITY_TEAM)) {
                others.add(NANAN_STONE);
            }
            teams.add(new TalentTeam(t.id(), t.name(), t.county(), t.mode(), t.formation(), t.serviceFrom(),
                    t.serviceUntil(), t.chainIds(), others, t.leader(), t.members(), t.tasks(), t.results()));
        }
        return JINJIANG.toBuilder().teams(teams).build();
    }

    private static CountyDataset quanzhou(CountyDataset... counties) {
        return Consolidator.defaults().consolidate("350500", List.of(counties)).cityDataset();
    }

    @Test
    void aCityLevelTeamServesTheMergedChainItsOtherCountysChainBecame() {
        TalentTeam before = team(JINJIANG, CITY_TEAM);
        assertThat(before.otherChains()).containsExactly(new ChainReference(DivisionCode.of(Shishi.UNIT_ID),
                Shishi.CHAIN_ID));
        TalentTeam after = team(quanzhou(JINJIANG, Shishi.dataset()), CITY_TEAM);
        // 晋江's chain and 石狮's merged into one: at the city the team serves one chain, and no other county's.
        assertThat(after.chainIds()).containsExactly("350500-apparel");
        assertThat(after.otherChains()).isEmpty();
        assertThat(after.chainCount()).isEqualTo(1);
        assertThat(after.mode()).isEqualTo(TeamMode.ONE_INDUSTRY_ONE_TEAM);
        assertThat(after.formation()).isEqualTo(before.formation());
        assertThat(after.tasks()).isEqualTo(before.tasks());
        assertThat(after.results()).isEqualTo(before.results());
    }

    @Test
    void aChainOfACountyNotMergedStaysAReferenceAndR13StillSeesIt() {
        CountyDataset city = quanzhou(jinjiangReachingNanan(), Shishi.dataset());
        TalentTeam after = team(city, CITY_TEAM);
        assertThat(after.chainIds()).containsExactly("350500-apparel");
        assertThat(after.otherChains()).containsExactly(NANAN_STONE);
        // The same team under 一链一团: spread over the city's chain and 南安's, R13 flags it at the city too.
        TalentTeam oneChain = new TalentTeam(after.id(), after.name(), after.county(), TeamMode.ONE_CHAIN_ONE_TEAM,
                after.formation(), after.serviceFrom(), after.serviceUntil(), after.chainIds(), after.otherChains(),
                after.leader(), after.members(), after.tasks(), after.results());
        List<TalentTeam> teams = new ArrayList<>(city.teams());
        teams.replaceAll(t -> t.id().equals(CITY_TEAM) ? oneChain : t);
        CountyDataset flagged = city.toBuilder().teams(teams).build();
        assertThat(RuleEngine.builder().rule(new R13TalentTeamRule()).build().screen(flagged).findings())
                .filteredOn(f -> f.code().equals("R13-TEAM-SEVERAL-CHAINS"))
                .extracting(f -> f.subject().id()).containsExactly(CITY_TEAM);
        assertThat(RuleEngine.builder().rule(new R13TalentTeamRule()).build().screen(city).findings())
                .filteredOn(f -> f.code().equals("R13-TEAM-SEVERAL-CHAINS")).isEmpty();
    }

    @Test
    void aTeamServingAMergedChainOnlyAsAnotherCountysIsTheCitys() {
        // 石狮's team serves a chain of its own the city does not merge, and 晋江's chain, which it does.
        CountyDataset shishi = Shishi.dataset();
        TalentTeam t = shishi.teams().get(0);
        TalentTeam reaching = new TalentTeam("T-2", "石狮市跨县服务团（测试）", t.county(), TeamMode.ONE_INDUSTRY_ONE_TEAM,
                null, null, null, List.of("350581-not-merged"), List.of(new ChainReference(
                        DivisionCode.of(SampleCounty.UNIT_ID), SampleCounty.CHAIN_ID)), null, List.of(), List.of(),
                List.of());
        CountyDataset city = quanzhou(JINJIANG, shishi.toBuilder().teams(List.of(t, reaching)).build());
        assertThat(team(city, "T-2").chainIds()).containsExactly("350500-apparel");
        assertThat(team(city, "T-2").otherChains()).isEmpty();
    }

    @Test
    void theWatchListKeepsEveryCountysEditions() {
        IntermediaryWatchList jinjiang = JINJIANG.watchList();
        assertThat(jinjiang.editions()).extracting(IntermediaryWatchList::year).containsExactly(2023, 2022);
        // 石狮 (first by code) keeps 2021's edition and its own copy of 2022's.
        IntermediaryWatchList shishiList = new IntermediaryWatchList(2022, 2023, "石狮转发", List.of(
                new Intermediary("丙咨询有限公司（测试）", null, "石狮的原因")), List.of(new IntermediaryWatchList(2021, 2022,
                        null, List.of(new Intermediary("丁咨询有限公司（测试）", null, null)), List.of())));
        CountyDataset city = quanzhou(JINJIANG, Shishi.dataset().toBuilder().watchList(shishiList).build());
        assertThat(city.watchList().editions()).extracting(IntermediaryWatchList::year)
                .containsExactly(2023, 2022, 2021);
        assertThat(city.watchList().editions().get(1).source()).isEqualTo("石狮转发");
        assertThat(city.watchList().editions().get(0)).isEqualTo(jinjiang.editions().get(0));
        assertThat(city.watchList().inForce(2024).orElseThrow().year()).isEqualTo(2023);
        assertThat(city.watchList().inForce(2023).orElseThrow().source()).isEqualTo("石狮转发");
        // One county's list alone stays as it is; so do lists that are all equal.
        assertThat(quanzhou(JINJIANG, Shishi.dataset()).watchList()).isEqualTo(jinjiang);
        assertThat(quanzhou(JINJIANG, Shishi.dataset().toBuilder().watchList(jinjiang).build()).watchList())
                .isEqualTo(jinjiang);
        // R12 on the city's data set flags what it flags on 晋江's.
        RuleEngine r12 = RuleEngine.builder().rule(new R12WatchListRule()).build();
        assertThat(r12.screen(ScreeningInput.of(city)).findings()).extracting(f -> f.subject().id())
                .containsExactlyInAnyOrderElementsOf(r12.screen(ScreeningInput.of(JINJIANG)).findings().stream()
                        .map(f -> f.subject().id()).filter(id -> city.enterprises().stream()
                                .anyMatch(e -> e.creditCode().value().equals(id))).toList());
    }

    @Test
    void everyNewFieldOfTheMergedChainsSurvives() {
        // 石狮 states 2023's scale in 亿元 as 晋江 does: the city's chain has that year's figures and unit.
        IndustryChain c = Shishi.chain();
        CountyDataset shishi = Shishi.dataset().toBuilder().chains(List.of(new IndustryChain(c.id(), c.name(),
                "石狮鞋服纺织产业链", c.county(), c.industryCode(), c.aliases(), false, List.of(new ChainScale(2023,
                        new BigDecimal("9500000000"), 19, 9, MoneyUnit.HUNDRED_MILLION_YUAN)), c.map()))).build();
        CountyDataset city = quanzhou(jinjiangReachingNanan(), shishi);
        assertThat(city.chains().get(0).scaleIn(2023).orElseThrow().outputValueUnit())
                .isEqualTo(MoneyUnit.HUNDRED_MILLION_YUAN);
        // A merged report is the city's own: the counties' subtitles and table captions are theirs, not carried.
        List<String> expected = new ArrayList<>(EveryFieldCounty.NEW_FIELDS);
        expected.removeAll(REPORT_PRESENTATION);
        assertThat(EveryFieldCounty.componentsSet(city)).containsAll(expected);
    }
}
