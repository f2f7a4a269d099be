package org.countychain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.countychain.CountyChainException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.sample.SampleCounty;

class MatchIndexTest {
    private static final CountyDataset JINJIANG = SampleCounty.jinjiang();

    static Achievement achievement(String id, String title, String industryCode, String chainId, String linkId,
                                   String region) {
        return new Achievement(id, title, null, "某单位", null, industryCode, chainId, linkId,
                region == null ? null : DivisionCode.of(region), List.of());
    }

    static TechnologyDemand demand(String id, String title, String industryCode, String chainId, String linkId,
                                   String county) {
        return new TechnologyDemand(id, title, null, chainId, linkId, DivisionCode.of(county), industryCode, null,
                null, List.of());
    }

    @Test
    void everySampleDemandFindsTheAchievementWrittenForIt() {
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(JINJIANG.achievements());
        // The sample's demands d01..d12 each have an achievement written to answer them.
        List<String> expected = List.of("350582-a01", "350582-a02", "350582-a03", "350582-a05", "350582-a08",
                "350582-a09", "350582-a11", "350582-a07", "350582-a15", "350582-a12", "350582-a14", "350582-a16");
        for (int i = 0; i < 12; i++) {
            List<Match<Achievement>> top = index.top(JINJIANG.demands().get(i), 5);
            assertThat(top).as(JINJIANG.demands().get(i).id()).isNotEmpty();
            assertThat(top.get(0).item().id()).as(JINJIANG.demands().get(i).id()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void explanationsMergeOverlappingBigramsIntoSharedText() {
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(JINJIANG.achievements());
        Match<Achievement> best = index.top(JINJIANG.demands().get(0), 1).get(0);
        assertThat(best.item().id()).isEqualTo("350582-a01");
        // the keyword 超临界发泡 is in both, whole; single characters are left out when longer text is shared
        assertThat(best.explanation().sharedTerms()).startsWith("中底", "尺寸稳定性").contains("超临界发泡", "tpu")
                .doesNotContain("超临", "临界").allSatisfy(s -> assertThat(s.length()).isGreaterThan(1));
        assertThat(best.explanation().boosts()).contains(Boost.SAME_CHAIN_LINK, Boost.SAME_CITY);
        assertThat(best.score()).isEqualTo(best.explanation().textScore() * best.explanation().boostFactor());
        assertThat(best.explanation().boostFactor()).isEqualTo(1 + 0.05 + 0.05);
    }

    @Test
    void sharedTextIsSplitWhereTheMatchedEntryDoesNotHaveItWhole() {
        // Both contain 超临界 and 发泡, the achievement not 超临界发泡 as one string.
        Achievement a = achievement("a1", "发泡设备与超临界流体", null, null, null, null);
        TechnologyDemand d = demand("d1", "超临界发泡", null, null, null, "350582");
        Match<Achievement> m = MatchIndex.ofAchievements(List.of(a)).top(d, 1).get(0);
        assertThat(m.explanation().sharedTerms()).containsExactly("超临界", "发泡");
    }

    @Test
    void normalisationAndTokensFullWidthLatinPunctuation() {
        Achievement a = achievement("a1", "ＴＰＵ中底（连续化）", null, null, null, null);
        TechnologyDemand d = demand("d1", "tpu，中底!", null, null, null, "350582");
        Match<Achievement> m = MatchIndex.ofAchievements(List.of(a)).top(d, 1).get(0);
        assertThat(m.explanation().sharedTerms()).containsExactly("tpu", "中底");
        // a Latin run is one term: "tp" does not match "tpu"
        assertThat(MatchIndex.ofAchievements(List.of(a)).top(demand("d2", "TP", null, null, null, "350582"), 1))
                .isEmpty();
    }

    @Test
    void aLoneCharacterIsATermAndUnigramsCanBeSwitchedOff() {
        Achievement tea = achievement("a1", "茶 园 管理", null, null, null, null);
        assertThat(MatchIndex.ofAchievements(List.of(tea)).top(demand("d1", "茶", null, null, null, "350524"), 1))
                .hasSize(1);
        Achievement garden = achievement("a2", "生态茶园", null, null, null, null);
        MatchSettings bigramsOnly = MatchSettings.defaults().toBuilder().unigramWeight(0).build();
        assertThat(MatchIndex.ofAchievements(List.of(garden), bigramsOnly)
                .top(demand("d1", "茶", null, null, null, "350524"), 1)).isEmpty();
        assertThat(MatchIndex.ofAchievements(List.of(garden))
                .top(demand("d1", "茶", null, null, null, "350524"), 1)).hasSize(1);
    }

    @Test
    void boostsApplyAtTheirBoundaries() {
        TechnologyDemand d = demand("d", "中底发泡", "C1951", "chain", "link", "350582");
        List<Achievement> list = List.of(
                achievement("a-link", "中底发泡", "C1951", "chain", "link", "350582"),
                achievement("a-chain", "中底发泡", "C1952", "chain", "other", "350500"),
                achievement("a-division", "中底发泡", "C19", "other", "link", "350100"),
                achievement("a-none", "中底发泡", "C2924", null, null, "310000"),
                achievement("a-nulls", "中底发泡", null, null, null, null));
        List<Match<Achievement>> top = MatchIndex.ofAchievements(list).top(d, 5);
        assertThat(top).extracting(m -> m.item().id())
                .containsExactly("a-link", "a-chain", "a-division", "a-none", "a-nulls");
        assertThat(top.get(0).explanation().boosts())
                .containsExactly(Boost.SAME_CHAIN_LINK, Boost.SAME_INDUSTRY_CLASS, Boost.SAME_CITY);
        assertThat(top.get(1).explanation().boosts())
                .containsExactly(Boost.SAME_CHAIN, Boost.SAME_INDUSTRY_DIVISION, Boost.SAME_CITY);
        // "C19" is a division code: it agrees with C1951 to the division only; 350100 is another city of Fujian
        assertThat(top.get(2).explanation().boosts())
                .containsExactly(Boost.SAME_INDUSTRY_DIVISION, Boost.SAME_PROVINCE);
        assertThat(top.get(3).explanation().boosts()).isEmpty();
        assertThat(top.get(4).explanation().boosts()).isEmpty();
        assertThat(top.get(3).score()).isEqualTo(top.get(4).score());
    }

    @Test
    void aProvinceLevelRegionIsNoCity() {
        TechnologyDemand d = demand("d", "中底发泡", null, null, null, "350582");
        Match<Achievement> m = MatchIndex.ofAchievements(List.of(achievement("a", "中底发泡", null, null, null,
                "350000"))).top(d, 1).get(0);
        assertThat(m.explanation().boosts()).containsExactly(Boost.SAME_PROVINCE);
    }

    @Test
    void tiesAreBrokenByIdWhateverTheInputOrder() {
        List<Achievement> list = new ArrayList<>();
        for (String id : List.of("c", "a", "e", "b", "d")) {
            list.add(achievement(id, "无水染色", null, null, null, null));
        }
        TechnologyDemand d = demand("d", "无水染色工艺", null, null, null, "350582");
        assertThat(MatchIndex.ofAchievements(list).top(d, 3)).extracting(m -> m.item().id())
                .containsExactly("a", "b", "c");
        assertThat(MatchIndex.ofAchievements(list).items()).extracting(Achievement::id)
                .containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void kLargerThanTheCandidatesGivesOnlyThoseSharingText() {
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(JINJIANG.achievements());
        List<Match<Achievement>> all = index.top(JINJIANG.demands().get(0), 1000);
        assertThat(all).hasSizeLessThanOrEqualTo(JINJIANG.achievements().size())
                .allSatisfy(m -> assertThat(m.explanation().sharedTerms()).isNotEmpty());
        assertThat(index.top(demand("d", "月球", null, null, null, "350582"), 5)).isEmpty();
        assertThat(index.top(JINJIANG.demands().get(0), 1)).containsExactly(all.get(0));
    }

    @Test
    void theOtherDirectionRanksDemandsForAnAchievement() {
        MatchIndex<TechnologyDemand, Achievement> index = MatchIndex.ofDemands(JINJIANG.demands());
        Achievement dyeing = JINJIANG.achievements().stream().filter(a -> a.id().equals("350582-a05")).findFirst()
                .orElseThrow();
        assertThat(index.top(dyeing, 3).get(0).item().id()).isEqualTo("350582-d04");
        assertThat(index.size()).isEqualTo(JINJIANG.demands().size());
    }

    @Test
    void batchesAreTheSameOnAnExecutorAndOnTheCallingThread() throws Exception {
        LabelledSet set = LabelledSet.load();
        List<TechnologyDemand> demands = new ArrayList<>(set.dev());
        demands.addAll(set.heldOut());
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(set.achievements());
        List<Matches<TechnologyDemand, Achievement>> sequential = index.matchAll(demands, 5);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertThat(index.matchAll(demands, 5, pool)).isEqualTo(sequential);
        } finally {
            pool.shutdown();
        }
        assertThat(sequential).extracting(m -> m.query().id()).containsExactlyElementsOf(
                demands.stream().map(TechnologyDemand::id).toList());
        assertThat(MatchIndex.ofAchievements(set.achievements()).matchAll(demands, 5)).isEqualTo(sequential);
    }

    @Test
    void badArgumentsGiveCodedErrorsInBothLanguages() {
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(JINJIANG.achievements());
        TechnologyDemand d = JINJIANG.demands().get(0);
        assertThatThrownBy(() -> index.top(d, 0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.errorCode()).isEqualTo(ErrorCode.MATCH_TOP_K);
                    assertThat(x.errorCode().code()).isEqualTo("CC-6201");
                    assertThat(x.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-6201] k: 匹配条数至少为1，实际为 0");
                    assertThat(x.getMessage(Locale.ENGLISH))
                            .isEqualTo("[CC-6201] k: the number of matches asked for must be at least 1, not 0");
                });
        assertThatThrownBy(() -> index.matchAll(List.of(d), -1))
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_TOP_K);
        assertThatThrownBy(() -> MatchIndex.ofAchievements(null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                        .isEqualTo("[CC-6203] achievements: the achievement list to match is missing"));
        assertThatThrownBy(() -> index.matchAll(Arrays.asList(d, null), 5))
                .satisfies(e -> assertThat(((InvalidInputException) e).getMessage(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("[CC-6203] demands[1]: 缺少待匹配的技术需求清单"));
        Achievement a = JINJIANG.achievements().get(0);
        assertThatThrownBy(() -> MatchIndex.ofAchievements(List.of(a, JINJIANG.achievements().get(1), a)))
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.errorCode().code()).isEqualTo("CC-6202");
                    assertThat(x.getMessage(Locale.ENGLISH)).isEqualTo("[CC-6202] achievements[2].id: id 350582-a01"
                            + " appears more than once in the achievement list (again at position 2)");
                    assertThat(x.getMessage(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("[CC-6202] achievements[2].id: 编号 350582-a01 在科技成果清单中重复出现（第 2 项）");
                });
        assertThatThrownBy(() -> index.matchAll(List.of(d, d), 5, Runnable::run))
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_DUPLICATE_ID);
        // A caller's null is a programming error, named as the JDK names one; CC-1001 is for data.
        assertThatThrownBy(() -> index.matchAll(List.of(d), 5, null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("executor");
        assertThatThrownBy(() -> index.top(null, 5)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("query");
        assertThatThrownBy(() -> MatchIndex.ofDemands(JINJIANG.demands(), null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("settings");
    }

    @Test
    void settingsAreCheckedAtTheirBoundaries() {
        MatchSettings.Builder b = MatchSettings.defaults().toBuilder();
        assertThat(b.b(0).build().b()).isZero();
        assertThat(b.b(1).build().b()).isEqualTo(1);
        assertThat(b.maxDocumentFrequency(1).build().maxDocumentFrequency()).isEqualTo(1);
        assertThat(b.k1(0).build().k1()).isZero();
        assertThatThrownBy(() -> MatchSettings.defaults().toBuilder().b(1.0001).build())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                        .isEqualTo("[CC-6204] b: matcher setting b is 1.0001, allowed: 0..1"));
        assertThatThrownBy(() -> MatchSettings.defaults().toBuilder().maxDocumentFrequency(0).build())
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_SETTING);
        assertThatThrownBy(() -> MatchSettings.defaults().toBuilder().pruningFloor(-1).build())
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_SETTING);
        assertThatThrownBy(() -> MatchSettings.defaults().toBuilder().maxQueryTerms(10_001).build())
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_SETTING);
        assertThatThrownBy(() -> MatchSettings.defaults().toBuilder().sameCityBoost(-0.01).build())
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_SETTING);
        assertThatThrownBy(() -> MatchSettings.defaults().toBuilder().k1(Double.NaN).build())
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_SETTING);
        assertThatThrownBy(() -> MatchSettings.defaults().toBuilder().titleWeight(0).keywordsWeight(0)
                .descriptionWeight(0).build()).extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.MATCH_SETTING);
    }

    @Test
    void pruningDropsTermsCommonerThanTheThreshold() {
        List<Achievement> list = List.of(achievement("a", "染色技术", null, null, null, null),
                achievement("b", "发泡技术", null, null, null, null),
                achievement("c", "纺丝技术", null, null, null, null));
        MatchSettings pruning = MatchSettings.defaults().toBuilder().unigramWeight(0).maxDocumentFrequency(0.5)
                .pruningFloor(0).build();
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(list, pruning);
        // the floor: with it (default 100) a three-entry list is never pruned
        assertThat(MatchIndex.ofAchievements(list, pruning.toBuilder().pruningFloor(100).build()).prunedTermCount())
                .isZero();
        // 技术 is in all three entries (3 > 0.5 * 3): pruned; the others are in one each (1 <= 1.5): kept
        assertThat(index.prunedTermCount()).isEqualTo(1);
        assertThat(index.top(demand("d", "技术", null, null, null, "350582"), 5)).isEmpty();
        assertThat(index.top(demand("d", "染色技术", null, null, null, "350582"), 5)).singleElement()
                .satisfies(m -> assertThat(m.explanation().sharedTerms()).containsExactly("染色技"));
    }
}
