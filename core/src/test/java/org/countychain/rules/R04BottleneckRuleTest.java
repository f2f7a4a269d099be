package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.JINJIANG;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.screen;

import java.util.List;
import java.util.Locale;

import org.countychain.chain.Achievement;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.BottleneckCoverage;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.SubjectKind;
import org.countychain.rules.notice.R04BottleneckRule;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TaskStatus;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

/** R4 and {@link BottleneckCoverage}: which bottlenecks have no demand, task or platform aimed at them. */
class R04BottleneckRuleTest {
    /** Link "up": its own breakpoint up-b1, technology up-t1 with two hard problems; link "down": blockage down-b1. */
    private static IndustryChain chain(String id) {
        ChainLink up = new ChainLink("up", "上游", List.of(new KeyTechnology("纺丝", null, List.of(
                new Bottleneck(BottleneckKind.HARD_PROBLEM, "难一"), new Bottleneck(BottleneckKind.HARD_PROBLEM, "难二")))),
                List.of(), List.of(new Bottleneck(BottleneckKind.BREAKPOINT, "断")));
        ChainLink down = new ChainLink("down", "下游", List.of(), List.of(),
                List.of(new Bottleneck("down-b1", BottleneckKind.BLOCKAGE, "数据不通", "上下游数据不通。")));
        ChainMap map = new ChainMap(List.of(new ChainStage(StageKind.UPSTREAM, null, List.of(up)),
                new ChainStage(StageKind.DOWNSTREAM, null, List.of(down))));
        return new IndustryChain(id, "链" + id, JINJIANG, null, List.of(), map);
    }

    private static TechnologyDemand demand(String id, String chainId, String... targets) {
        return new TechnologyDemand(id, "需求" + id, null, chainId, null, JINJIANG, null, null, null, List.of(), null,
                List.of(targets));
    }

    private static TalentTeam team(String id, List<String> chains, String... targets) {
        return new TalentTeam(id, "团" + id, JINJIANG, TeamMode.ONE_CHAIN_ONE_TEAM, chains, null, List.of(),
                List.of(new ChallengeTask("任务" + id, "县科技局", TaskStatus.OPEN, null, List.of(targets))), List.of());
    }

    private static InnovationPlatform platform(String id, List<String> chains, String... targets) {
        return new InnovationPlatform(id, "平台" + id, PlatformType.PILOT_TEST_PLATFORM, InstitutionLevel.CITY, JINJIANG,
                chains, null, null, List.of(targets));
    }

    private static Achievement achievement(String id, String chainId, String... targets) {
        return new Achievement(id, "成果" + id, null, "某大学", null, null, chainId, null, null, List.of(),
                List.of(targets));
    }

    private static CountyDataset county(List<TechnologyDemand> demands, List<TalentTeam> teams,
                                        List<InnovationPlatform> platforms, List<Achievement> achievements) {
        return CountyDataset.builder("350582", "晋江市", YEAR).chains(List.of(chain("c"), chain("z")))
                .demands(demands).teams(teams).platforms(platforms).achievements(achievements).build();
    }

    private static List<String> unaddressed(CountyDataset d, String chainId) {
        return BottleneckCoverage.unaddressed(d).stream().filter(s -> s.chain().id().equals(chainId))
                .map(s -> s.place().bottleneck().id()).toList();
    }

    @Test
    void nothingAimedLeavesEveryBottleneckUnaddressed() {
        CountyDataset d = county(List.of(), List.of(), List.of(), List.of());
        assertThat(unaddressed(d, "c")).containsExactly("up-b1", "up-t1-b1", "up-t1-b2", "down-b1");
        assertThat(BottleneckCoverage.of(d)).hasSize(8);
    }

    @Test
    void aimingAtATechnologyCoversItsBottlenecksAndOnlyThose() {
        CountyDataset d = county(List.of(demand("d1", "c", "up-t1")), List.of(), List.of(), List.of());
        assertThat(unaddressed(d, "c")).containsExactly("up-b1", "down-b1");
        assertThat(BottleneckCoverage.of(d).get(1).demands()).extracting(TechnologyDemand::id).containsExactly("d1");
    }

    @Test
    void eachKindOfResourceCountsForItsOwnChainsOnly() {
        CountyDataset d = county(
                List.of(demand("d1", "c", "up-b1"), demand("d2", "z", "down-b1"), demand("d3", null, "up-t1-b1")),
                List.of(team("t1", List.of("c"), "up-t1-b2"), team("t2", List.of("z"), "down-b1")),
                List.of(platform("p1", List.of(), "down-b1")), List.of());
        // d2 and t2 concern chain z; the platform serving no chain in particular serves both.
        assertThat(unaddressed(d, "c")).isEmpty();
        assertThat(unaddressed(d, "z")).containsExactly("up-b1", "up-t1-b2");
        CountyDataset withoutPlatform = d.toBuilder().platforms(List.of()).build();
        assertThat(unaddressed(withoutPlatform, "c")).containsExactly("down-b1");
    }

    @Test
    void theAchievementsReadinessIsShownReadiestFirst() {
        Achievement a1 = withMaturity(achievement("a1", "c", "down-b1"), 7);
        Achievement a2 = achievement("a2", "c", "down-b1");
        Achievement a3 = withMaturity(achievement("a3", "c", "down-b1"), 9);
        Achievement a4 = withMaturity(achievement("a4", "c", "down-b1"), 7);
        CountyDataset d = county(List.of(demand("d1", "c", "up-b1", "up-t1")), List.of(), List.of(),
                List.of(a1, a2, a3, a4));
        Finding f = screen(new R04BottleneckRule(), d).findingsWithCode("R4-UNADDRESSED-BOTTLENECK").stream()
                .filter(x -> x.subject().id().equals("c")).findFirst().orElseThrow();
        // Ties keep the list's order; an achievement without an assessed level is named but has no readiness.
        assertThat(f.evidence()).containsEntry("achievements", "a1,a2,a3,a4")
                .containsEntry("achievementMaturity", "a3 TRL 9,a1 TRL 7,a4 TRL 7");
        CountyDataset unassessed = county(List.of(demand("d1", "c", "up-b1", "up-t1")), List.of(), List.of(),
                List.of(a2));
        assertThat(screen(new R04BottleneckRule(), unassessed).findingsWithCode("R4-UNADDRESSED-BOTTLENECK"))
                .filteredOn(x -> x.subject().id().equals("c")).singleElement()
                .satisfies(x -> assertThat(x.evidence().get("achievementMaturity")).isEmpty());
    }

    private static Achievement withMaturity(Achievement a, int level) {
        return new Achievement(a.id(), a.title(), a.description(), a.owner(), a.field(), a.industryCode(),
                a.chainId(), a.linkId(), a.region(), a.keywords(), a.targetIds(), level, null);
    }

    @Test
    void aBottleneckNoAchievementIsAimedAtSaysSoInsteadOfEndingTheMessageEmpty() {
        CountyDataset d = county(List.of(demand("d1", "c", "up-b1", "up-t1")), List.of(), List.of(), List.of());
        ScreeningResult r = screen(new R04BottleneckRule(), d);
        Finding f = r.list(NoticeList.UNADDRESSED_BOTTLENECKS).stream()
                .filter(x -> x.evidence().get("bottleneckId").equals("down-b1")).findFirst().orElseThrow();
        assertThat(f.evidence()).containsEntry("achievements", "");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).endsWith("；指向它的科技成果：无");
        assertThat(f.message(Locale.ENGLISH)).endsWith("; achievements aimed at it: none");
    }

    @Test
    void anAchievementAloneDoesNotAddressABottleneckButIsNamed() {
        CountyDataset d = county(List.of(demand("d1", "c", "up-b1", "up-t1")), List.of(), List.of(),
                List.of(achievement("a1", "c", "down-b1"), achievement("a2", null, "down-b1")));
        ScreeningResult r = screen(new R04BottleneckRule(), d);
        List<Finding> onC = r.list(NoticeList.UNADDRESSED_BOTTLENECKS).stream()
                .filter(f -> f.subject().id().equals("c")).toList();
        assertThat(onC).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("R4-UNADDRESSED-BOTTLENECK");
            assertThat(f.subject().kind()).isEqualTo(SubjectKind.CHAIN);
            assertThat(f.evidence()).containsEntry("bottleneckId", "down-b1").containsEntry("kind", "BLOCKAGE")
                    .containsEntry("title", "数据不通").containsEntry("place", "下游")
                    .containsEntry("achievements", "a1,a2");
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                    "链c：下游的堵点“数据不通”（down-b1）尚无技术需求、揭榜挂帅任务或创新平台指向；指向它的科技成果：a1、a2");
            assertThat(f.message(Locale.ENGLISH)).startsWith("链c: no technology demand, challenge task or platform "
                    + "is aimed at the blockage \"数据不通\" (down-b1, 下游)");
        });
        // The place names the technology a bottleneck sits on.
        assertThat(r.findingsWithCode("R4-UNADDRESSED-BOTTLENECK")).filteredOn(f -> f.subject().id().equals("z"))
                .extracting(f -> f.evidence().get("place")).containsExactly("下游", "上游", "上游·纺丝", "上游·纺丝");
    }

    /** The engine orders a subject's findings by their evidence: a chain's unaddressed bottlenecks by id. */
    @Test
    void theSampleHasFiveBottlenecksNothingIsAimedAt() {
        ScreeningResult r = RuleEngine.defaults().screen(SampleCounty.jinjiang());
        assertThat(r.findingsWithCode("R4-UNADDRESSED-BOTTLENECK")).extracting(f -> f.evidence().get("bottleneckId"))
                .containsExactly("dyeing-finishing-b1", "fiber-b1", "fiber-t2-b1", "recycling-b1",
                        "yarn-fabric-t3-b1");
    }
}
