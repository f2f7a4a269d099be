package org.countychain.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.countychain.dataset.CountyDataset;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.countychain.fixtures.Shishi;

/** The consolidation explains itself in Chinese (the default) and English, for every clause and reason. */
class ExplanationLanguageTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @ParameterizedTest
    @EnumSource(IdentityClause.class)
    void everyClauseHasBothLanguages(IdentityClause clause) {
        assertThat(clause.displayName(ZH)).isEqualTo(clause.label());
        assertThat(clause.displayName(Locale.TRADITIONAL_CHINESE)).isEqualTo(clause.label());
        assertThat(clause.displayName(EN)).isNotBlank().doesNotContainPattern(HAN);
        assertThat(clause.displayName(Locale.FRENCH)).isEqualTo(clause.displayName(EN));
        assertThat(clause.displayName(null)).isEqualTo(clause.displayName(EN));
    }

    @ParameterizedTest
    @EnumSource(LeftAloneReason.class)
    void everyLeftAloneReasonHasBothLanguages(LeftAloneReason reason) {
        assertThat(reason.displayName(ZH)).isEqualTo(reason.label());
        assertThat(reason.displayName(EN)).isNotBlank().doesNotContainPattern(HAN);
        assertThat(reason.displayName(null)).isEqualTo(reason.displayName(EN));
    }

    @Test
    void namesAreDistinctInEachLanguage() {
        for (Locale locale : List.of(ZH, EN)) {
            assertThat(Arrays.stream(IdentityClause.values()).map(c -> c.displayName(locale))).doesNotHaveDuplicates();
            assertThat(Arrays.stream(LeftAloneReason.values()).map(c -> c.displayName(locale))).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(IdentityClause.class)
    void everyDecisionExplainsItselfInBothLanguages(IdentityClause clause) {
        IdentityDecision d = new IdentityDecision(clause, "纺织+鞋服", "鞋服's");
        String sign = clause.same() ? " = " : " ≠ ";
        assertThat(d.explain(ZH)).isEqualTo(clause.label() + "：纺织+鞋服" + sign + "鞋服's");
        assertThat(d.explain()).isEqualTo(d.explain(ZH));
        assertThat(d.explain(EN)).isEqualTo(clause.displayName(EN) + ": 纺织+鞋服" + sign + "鞋服's");
        assertThat(d.explanations()).containsExactly(java.util.Map.entry("zh", d.explain(ZH)),
                java.util.Map.entry("en", d.explain(EN)));
    }

    @Test
    void aGroupReasonNamesBothChainsInEitherLanguage() {
        ConsolidationResult r = Consolidator.defaults().consolidate("350500",
                List.of(SampleCounty.jinjiang(), Shishi.dataset()));
        GroupReason reason = r.groups().get(0).reasons().get(0);
        String chains = reason.member().unitName() + " " + reason.member().chainName() + " ← "
                + reason.matchedWith().unitName() + " " + reason.matchedWith().chainName();
        assertThat(reason.explain()).isEqualTo(chains + "：" + reason.decision().explain(ZH));
        assertThat(reason.explain(EN)).isEqualTo(chains + ": " + reason.decision().explain(EN))
                .contains(reason.decision().clause().displayName(EN));
    }

    @Test
    void leftAloneChainsExplainThemselvesForEveryReason() {
        ResearchReport orphan = new ResearchReport("orphan-2024", "350581", "石狮市", "no-such-chain", "石材", null, 2024,
                List.of(Shishi.CODE), List.of(ReportItem.ofParagraphs("1.1", "x")), List.of(), null, null);
        CountyDataset shishi = Shishi.dataset().toBuilder().reports(List.of(Shishi.report(), orphan)).build();
        List<LeftAlone> all = new ArrayList<>(Consolidator.defaults().consolidate("350500",
                List.of(SampleCounty.jinjiang(), shishi)).leftAlone());
        all.addAll(Consolidator.defaults().consolidate("350500", List.of(SampleCounty.jinjiang())).leftAlone());
        assertThat(all).extracting(LeftAlone::reason).contains(LeftAloneReason.values());
        for (LeftAlone alone : all) {
            String chain = alone.chain().unitName() + " " + alone.chain().chainName();
            assertThat(alone.explain()).isEqualTo(chain + "：" + alone.reason().label());
            assertThat(alone.explain(EN)).isEqualTo(chain + ": " + alone.reason().displayName(EN));
        }
    }

    @Test
    void aVetoExplainsItselfInEnglish() {
        ConsolidationResult r = Consolidator.defaults().consolidate("350500",
                List.of(SampleCounty.jinjiang(), Shishi.datasetWithConflictingCode()));
        GroupReason veto = r.leftAlone().stream().flatMap(l -> l.vetoes().stream()).findFirst().orElseThrow();
        assertThat(veto.explain(EN)).contains("industry codes conflict: ").contains(" ≠ ").doesNotContain("国民经济");
        assertThat(veto.explain(ZH)).contains("国民经济行业分类代码不一致：");
    }
}
