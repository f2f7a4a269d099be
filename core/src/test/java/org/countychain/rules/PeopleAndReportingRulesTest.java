package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.chain;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;

import java.time.LocalDate;
import java.util.List;

import org.countychain.dataset.CitySubmission;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.investment.InvestmentNeed;
import org.countychain.report.ResearchReport;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.notice.R01ReportCoverageRule;
import org.countychain.rules.notice.R02PilotChainRule;
import org.countychain.rules.notice.R12WatchListRule;
import org.countychain.rules.notice.R13TalentTeamRule;
import org.countychain.rules.notice.R14InvestmentNeedRule;
import org.countychain.rules.notice.R16SubmissionDeadlineRule;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

/** R1, R2, R12, R13, R14, R16. */
class PeopleAndReportingRulesTest {
    private static ResearchReport report(String id, String unitId, String chainName, String... covered) {
        return new ResearchReport(id, unitId, "单位", "c-" + id, chainName, null, YEAR,
                java.util.Arrays.stream(covered).map(DivisionCode::of).toList(), List.of(), List.of(), null, null);
    }

    @Test
    void watchListedIntermediaries() {
        IntermediaryWatchList list = new IntermediaryWatchList(2023, "闽高企〔2024〕1号",
                List.of(new Intermediary("某某（福建）知识产权代理有限公司", null)));
        CountyDataset c = CountyDataset.builder("350582", "晋江市", YEAR).watchList(list).enterprises(List.of(
                enterprise(1, healthy(YEAR).intermediary("某某(福建) 知识产权代理有限公司").build()).build(),
                enterprise(2, healthy(YEAR).intermediary("别的代理公司").build()).build(),
                enterprise(3, healthy(YEAR - 1).intermediary("某某（福建）知识产权代理有限公司").build()).build())).build();
        ScreeningResult r = RuleEngine.builder().rule(new R12WatchListRule()).build().screen(c);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject().name()).isEqualTo("企业1");
            assertThat(f.evidence()).containsEntry("watchListYear", "2023").containsEntry("watchListSource",
                    "闽高企〔2024〕1号");
        });
        // The province's list applies to counties that carry none.
        ScreeningResult province = RuleEngine.builder().rule(new R12WatchListRule()).build().screen(
                ScreeningInput.builder().county(c.toBuilder().watchList(null).build()).watchList(list).build());
        assertThat(province.findings()).hasSize(1);
    }

    @Test
    void teams() {
        TalentTeam multi = new TalentTeam("t1", "纺织食品特派团", Fixtures.JINJIANG, TeamMode.ONE_CHAIN_ONE_TEAM,
                List.of("textile", "food"), null, List.of(), List.of(), List.of());
        TalentTeam industry = new TalentTeam("t2", "机械特派团", Fixtures.JINJIANG, TeamMode.ONE_INDUSTRY_ONE_TEAM,
                List.of("machinery", "tools"), null, List.of(), List.of(), List.of());
        CountyDataset c = CountyDataset.builder("350582", "晋江市", YEAR).chains(List.of(chain("textile", "纺织鞋服"),
                chain("food", "食品"), chain("machinery", "机械"), chain("chips", "芯片"))).teams(List.of(multi, industry))
                .build();
        ScreeningResult r = RuleEngine.builder().rule(new R13TalentTeamRule()).build().screen(c);
        assertThat(r.findings()).extracting(Finding::code, f -> f.subject().id()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R13-NO-TEAM", "chips"),
                org.assertj.core.groups.Tuple.tuple("R13-TEAM-SEVERAL-CHAINS", "t1"));
        assertThat(r.findings().get(1).evidence()).containsEntry("chainIds", "food,textile")
                .containsEntry("chainCount", "2").containsEntry("commissioners", "0").containsEntry("tasks", "0")
                .doesNotContainKeys("formation", "serviceFrom", "leaderTitle", "postSubsidies");
    }

    @Test
    void aTeamSpreadOverSeveralChainsIsDescribedByItsNewFields() {
        TalentTeam formed = new TalentTeam("t1", "纺织食品特派团", Fixtures.JINJIANG, TeamMode.ONE_CHAIN_ONE_TEAM,
                org.countychain.talent.TeamFormation.CHALLENGE_LIST, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2025, 12, 31), List.of("textile", "food"),
                new org.countychain.talent.Commissioner("甲", "华侨大学", null, "教授", true, null),
                List.of(new org.countychain.talent.Commissioner("乙", "东华大学", null, "副教授", false, null),
                        new org.countychain.talent.Commissioner("丙", "江南大学", null, null, true, null)),
                List.of(new org.countychain.talent.ChallengeTask("攻关", "某企业",
                        org.countychain.talent.TaskStatus.OPEN, null)),
                List.of(new org.countychain.talent.TeamResult(2024, "成果一", true, new java.math.BigDecimal("300000.00"),
                                null),
                        new org.countychain.talent.TeamResult(2024, "成果二", true, new java.math.BigDecimal("0.01"), null),
                        new org.countychain.talent.TeamResult(2024, "成果三", false, null, null)));
        CountyDataset c = CountyDataset.builder("350582", "晋江市", YEAR).chains(List.of(chain("textile", "纺织鞋服"),
                chain("food", "食品"))).teams(List.of(formed)).build();
        Finding f = RuleEngine.builder().rule(new R13TalentTeamRule()).build().screen(c).findings().get(0);
        assertThat(f.code()).isEqualTo("R13-TEAM-SEVERAL-CHAINS");
        assertThat(f.evidence()).containsEntry("formation", "CHALLENGE_LIST").containsEntry("serviceFrom", "2024-01-01")
                .containsEntry("serviceUntil", "2025-12-31").containsEntry("leaderTitle", "教授")
                .containsEntry("commissioners", "2").containsEntry("tasks", "1")
                .containsEntry("postSubsidies", "300000.01");
    }

    @Test
    void reportsOwnAndConsolidated() {
        CountyDataset jinjiang = CountyDataset.builder("350582", "晋江市", YEAR).build();
        CountyDataset nanan = CountyDataset.builder("350583", "南安市", YEAR)
                .reports(List.of(report("r1", "350583", "石材建材"))).build();
        // 泉州 consolidates 石狮 and 惠安 in one report; every other county of 泉州 has none.
        CitySubmission quanzhou = new CitySubmission("350500", "泉州市", YEAR,
                List.of(report("r2", "350500", "纺织鞋服", "350581", "350521")), List.of(), LocalDate.of(2024, 10, 31));
        ScreeningResult r = RuleEngine.builder().rule(new R01ReportCoverageRule()).build().screen(ScreeningInput
                .builder().county(jinjiang).county(nanan).submission(quanzhou).build());
        assertThat(r.findingsWithCode("R1-NO-REPORT")).extracting(f -> f.subject().name())
                .contains("晋江市").doesNotContain("南安市", "石狮市", "惠安县");
        Finding city = r.findingsWithCode("R1-CITY-COVERAGE").get(0);
        assertThat(city.subject().id()).isEqualTo("350500");
        int counties = Integer.parseInt(city.evidence().get("counties"));
        assertThat(city.evidence()).containsEntry("countiesWithReport", "3")
                .containsEntry("countiesWithoutReport", Integer.toString(counties - 3));
        assertThat(r.count("R1-NO-REPORT")).isEqualTo(counties - 3);
    }

    @Test
    void wholeProvinceExpectsEveryCounty() {
        ProvinceDataset p = new ProvinceDataset(YEAR, List.of(), null, List.of());
        ScreeningResult r = RuleEngine.builder().rule(new R01ReportCoverageRule()).build().screen(p);
        assertThat(r.count("R1-NO-REPORT")).isEqualTo(83);
        assertThat(r.count("R1-CITY-COVERAGE")).isEqualTo(10);
        assertThat(r.findingsWithCode("R1-CITY-COVERAGE")).extracting(f -> f.subject().id()).contains("PINGTAN");
    }

    @Test
    void pilotChains() {
        CountyDataset jinjiang = CountyDataset.builder("350582", "晋江市", YEAR)
                .reports(List.of(report("r1", "350582", "鞋服纺织"))).build();
        CountyDataset nanan = CountyDataset.builder("350583", "南安市", YEAR)
                .reports(List.of(report("r2", "350583", "水暖厨卫"))).build();
        RuleEngine engine = RuleEngine.builder().rule(new R02PilotChainRule()).pilotRegistry(PilotRegistry.example())
                .build();
        ScreeningResult r = engine.screen(jinjiang, nanan);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("350583");
            assertThat(f.evidence()).containsEntry("requiredChain", "石材建材");
            assertThat(f.evidence().get("registrySource")).contains("非官方");
        });
        assertThat(RuleEngine.builder().rule(new R02PilotChainRule()).build().screen(jinjiang, nanan).findings())
                .isEmpty();
        assertThat(PilotRegistry.example().official()).isFalse();
    }

    /** A chain the data set marks as a pilot chain needs a report, with or without a registry. */
    @Test
    void chainsMarkedPilotNeedAReport() {
        org.countychain.division.DivisionCode nananCode = org.countychain.division.DivisionCode.of("350583");
        IndustryChain stone = new IndustryChain("stone", "石材", "石材产业链", nananCode, null, List.of("石材建材"), true,
                List.of(), null);
        IndustryChain pumps = new IndustryChain("pumps", "水暖厨卫", null, nananCode, null, List.of(), true, List.of(),
                null);
        IndustryChain tea = new IndustryChain("tea", "茶叶", null, nananCode, null, List.of(), false, List.of(), null);
        CountyDataset nanan = CountyDataset.builder("350583", "南安市", YEAR).chains(List.of(stone, pumps, tea))
                .reports(List.of(report("r2", "350583", "水暖厨卫"))).build();
        ScreeningResult r = RuleEngine.builder().rule(new R02PilotChainRule()).build().screen(nanan);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("350583");
            assertThat(f.evidence()).containsEntry("requiredChain", "石材")
                    .containsEntry("registrySource", R02PilotChainRule.DATA_SET_SOURCE);
        });
        // A report naming the chain by an alias covers it; unmarked chains need none.
        CountyDataset covered = nanan.toBuilder().reports(List.of(report("r2", "350583", "水暖厨卫"),
                report("r3", "350583", "石材建材"))).build();
        assertThat(RuleEngine.builder().rule(new R02PilotChainRule()).build().screen(covered).findings()).isEmpty();
        // With the registry listing the same county, a chain it names is reported once, under the registry.
        ScreeningResult both = RuleEngine.builder().rule(new R02PilotChainRule()).pilotRegistry(PilotRegistry.example())
                .build().screen(nanan.toBuilder().chains(List.of(new IndustryChain("stone", "石材建材", null, nananCode,
                        null, List.of(), true, List.of(), null))).build());
        assertThat(both.findings()).extracting(f -> f.evidence().get("registrySource"))
                .allSatisfy(source -> assertThat(source).contains("非官方"));
    }

    @Test
    void citySubmissionDeadline() {
        CitySubmission onTime = new CitySubmission("350500", "泉州市", YEAR, List.of(), List.of(),
                LocalDate.of(2024, 10, 31));
        CitySubmission late = new CitySubmission("350100", "福州市", YEAR, List.of(), List.of(),
                LocalDate.of(2024, 11, 1));
        CitySubmission notSent = new CitySubmission("PINGTAN", "平潭综合实验区", YEAR, List.of(), List.of(), null);
        RuleEngine engine = RuleEngine.builder().rule(new R16SubmissionDeadlineRule()).build();
        ScreeningInput.Builder in = ScreeningInput.builder().submissions(List.of(onTime, late, notSent));
        assertThat(engine.screen(in.asOf(LocalDate.of(2024, 10, 31)).build()).findings())
                .extracting(Finding::code, f -> f.subject().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R16-LATE", "350100"));
        assertThat(engine.screen(in.asOf(LocalDate.of(2024, 11, 1)).build()).findings())
                .extracting(Finding::code, f -> f.subject().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R16-MISSING", "PINGTAN"),
                        org.assertj.core.groups.Tuple.tuple("R16-LATE", "350100"));
        ProvinceDataset p = new ProvinceDataset(YEAR, List.of(), null, List.of());
        assertThat(engine.screen(ScreeningInput.builder().province(p).submission(onTime)
                .asOf(LocalDate.of(2024, 12, 1)).build()).count("R16-MISSING")).isEqualTo(9);
    }

    @Test
    void investmentNeedDeadlines() {
        InvestmentNeed onTime = new InvestmentNeed("n1", "350500", 2025, "芯片招商", null, false,
                LocalDate.of(2024, 12, 31));
        InvestmentNeed late = new InvestmentNeed("n2", "350500", 2025, "鞋材招商", null, false, LocalDate.of(2025, 1, 2));
        InvestmentNeed open = new InvestmentNeed("n3", "350100", 2025, "新材料招商", null, false, null);
        InvestmentNeed large = new InvestmentNeed("n4", "350100", 2025, "重大项目", null, true, null);
        RuleEngine engine = RuleEngine.builder().rule(new R14InvestmentNeedRule()).build();
        ScreeningInput.Builder in = ScreeningInput.builder().reportingYear(YEAR)
                .investmentNeeds(List.of(large, open, late, onTime));
        assertThat(engine.screen(in.build()).findings()).extracting(Finding::code)
                .containsExactly("R14-LATE");
        assertThat(engine.screen(in.asOf(LocalDate.of(2024, 12, 31)).build()).findings()).extracting(Finding::code)
                .containsExactly("R14-LATE", "R14-VERY-LARGE-PENDING");
        assertThat(engine.screen(in.asOf(LocalDate.of(2025, 1, 1)).build()).findings())
                .extracting(Finding::code, f -> f.subject().id()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R14-OVERDUE", "n3"),
                        org.assertj.core.groups.Tuple.tuple("R14-LATE", "n2"),
                        org.assertj.core.groups.Tuple.tuple("R14-VERY-LARGE-PENDING", "n4"));
    }
}
