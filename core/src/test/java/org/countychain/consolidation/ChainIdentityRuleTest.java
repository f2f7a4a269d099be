package org.countychain.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.json.CountyChainJson;

import org.countychain.chain.IndustryChain;
import org.countychain.division.DivisionCode;

class ChainIdentityRuleTest {
    private static final DivisionCode JINJIANG = DivisionCode.of("350582");
    private static final DivisionCode SHISHI = DivisionCode.of("350581");

    private final ChainIdentityRule rule = ChainIdentityRule.defaults();

    private static IndustryChain chain(String id, DivisionCode county, String name, String code, String... aliases) {
        return new IndustryChain(id, name, county, code, List.of(aliases), null);
    }

    private IdentityDecision decide(String a, String codeA, String b, String codeB) {
        return rule.decide(chain("a", JINJIANG, a, codeA), chain("b", SHISHI, b, codeB));
    }

    @Test
    void reorderedCompoundIsTheSameChain() {
        IdentityDecision d = decide("纺织鞋服", null, "鞋服纺织", null);
        assertThat(d.clause()).isEqualTo(IdentityClause.REORDERED_COMPOUND);
        assertThat(d.same()).isTrue();
        assertThat(d.explain()).contains("纺织鞋服", "鞋服纺织");
    }

    @Test
    void reorderedCompoundOfSixCharactersAndSeparators() {
        assertThat(decide("纺织服装鞋业", null, "鞋业纺织服装", null).clause())
                .isEqualTo(IdentityClause.REORDERED_COMPOUND);
        assertThat(decide("纺织、鞋服", null, "鞋服与纺织", null).clause()).isEqualTo(IdentityClause.REORDERED_COMPOUND);
    }

    @Test
    void oddLengthNamesAreNoCompounds() {
        // 三字 words cannot be split without a dictionary: only equal names match.
        assertThat(decide("半导体材料", null, "材料半导体", null).clause()).isEqualTo(IdentityClause.NO_MATCH);
    }

    @Test
    void partialOverlapIsNotTheSameChain() {
        assertThat(decide("纺织鞋服", null, "纺织服装", null).clause()).isEqualTo(IdentityClause.NO_MATCH);
        assertThat(decide("纺织鞋服", null, "纺织", null).same()).isFalse();
    }

    @Test
    void genericSuffixesWidthAndSpacesAreNormalised() {
        assertThat(decide("纺织鞋服产业链", null, "纺织鞋服", null).clause()).isEqualTo(IdentityClause.SAME_NAME);
        assertThat(decide("茶产业", null, "茶 行业", null).clause()).isEqualTo(IdentityClause.SAME_NAME);
        assertThat(decide("ＩＣ产业", null, "ic", null).clause()).isEqualTo(IdentityClause.SAME_NAME);
        assertThat(rule.normalise("纺织鞋服全产业链")).isEqualTo("纺织鞋服");
        // Never down to nothing.
        assertThat(rule.normalise("产业")).isEqualTo("产业");
    }

    @Test
    void countyNamePrefixIsRemoved() {
        IdentityDecision d = rule.decide(chain("a", JINJIANG, "晋江市纺织鞋服", null),
                chain("b", SHISHI, "石狮纺织鞋服产业", null));
        assertThat(d.clause()).isEqualTo(IdentityClause.SAME_NAME);
        assertThat(d.left()).isEqualTo("纺织鞋服");
    }

    @Test
    void aliasesMatchEitherWay() {
        IdentityDecision d = rule.decide(chain("a", JINJIANG, "纺织鞋服", "C19", "纺织服装"),
                chain("b", SHISHI, "纺织服装产业", null));
        assertThat(d.clause()).isEqualTo(IdentityClause.ALIAS);
        assertThat(rule.decide(chain("b", SHISHI, "纺织服装产业", null),
                chain("a", JINJIANG, "纺织鞋服", "C19", "纺织服装")).clause()).isEqualTo(IdentityClause.ALIAS);
    }

    @Test
    void conflictingIndustryCodesVetoEqualNames() {
        IdentityDecision d = decide("纺织", "C17", "纺织", "C19");
        assertThat(d.clause()).isEqualTo(IdentityClause.INDUSTRY_CODE_CONFLICT);
        assertThat(d.same()).isFalse();
        assertThat(d.clause().veto()).isTrue();
    }

    @Test
    void nestedOrMissingIndustryCodesLetNamesDecide() {
        assertThat(decide("纺织鞋服", "C19", "纺织鞋服", "C195").clause()).isEqualTo(IdentityClause.SAME_NAME);
        assertThat(decide("纺织鞋服", "c 19", "纺织鞋服", "C19").clause()).isEqualTo(IdentityClause.SAME_NAME);
        assertThat(decide("纺织鞋服", "C19", "纺织鞋服", null).clause()).isEqualTo(IdentityClause.SAME_NAME);
    }

    @Test
    void codesAreIgnoredOrMatchOnDemand() {
        ChainIdentityRule ignore = ChainIdentityRule.builder().industryCodes(IndustryCodePolicy.IGNORE).build();
        assertThat(ignore.decide(chain("a", JINJIANG, "纺织", "C17"), chain("b", SHISHI, "纺织", "C19")).clause())
                .isEqualTo(IdentityClause.SAME_NAME);
        ChainIdentityRule match = ChainIdentityRule.builder().industryCodes(IndustryCodePolicy.VETO_AND_MATCH).build();
        assertThat(match.decide(chain("a", JINJIANG, "集成电路", "C3973"), chain("b", SHISHI, "芯片", "C3973"))
                .clause()).isEqualTo(IdentityClause.SAME_INDUSTRY_CODE);
        // A division-level code (two digits) is too broad to make chains the same.
        assertThat(match.decide(chain("a", JINJIANG, "纺织", "C17"), chain("b", SHISHI, "化纤", "C17")).clause())
                .isEqualTo(IdentityClause.NO_MATCH);
        assertThat(rule.decide(chain("a", JINJIANG, "集成电路", "C3973"), chain("b", SHISHI, "芯片", "C3973"))
                .clause()).isEqualTo(IdentityClause.NO_MATCH);
    }

    @Test
    void overridesForceSameOrDifferentBothWays() {
        ChainIdentityRule forced = ChainIdentityRule.builder()
                .override(ChainOverride.same("纺织鞋服产业链", "鞋业"))
                .override(ChainOverride.different("a2", "b2"))
                .build();
        assertThat(forced.decide(chain("x", SHISHI, "鞋业", "C195"), chain("y", JINJIANG, "纺织鞋服", "C19")).clause())
                .isEqualTo(IdentityClause.OVERRIDE_SAME);
        // An override beats a code conflict.
        assertThat(forced.decide(chain("x", SHISHI, "鞋业", "C17"), chain("y", JINJIANG, "纺织鞋服", "C19")).same())
                .isTrue();
        IdentityDecision apart = forced.decide(chain("b2", SHISHI, "纺织鞋服", null), chain("a2", JINJIANG, "纺织鞋服", null));
        assertThat(apart.clause()).isEqualTo(IdentityClause.OVERRIDE_DIFFERENT);
        assertThat(apart.left()).isEqualTo("b2");
        // "different" wins over "same" when both select the pair.
        ChainIdentityRule both = forced.toBuilder().override(ChainOverride.different("鞋业", "纺织鞋服")).build();
        assertThat(both.decide(chain("x", SHISHI, "鞋业", null), chain("y", JINJIANG, "纺织鞋服", null)).clause())
                .isEqualTo(IdentityClause.OVERRIDE_DIFFERENT);
    }

    @Test
    void chainsOfOneCountyAreNeverMerged() {
        IdentityDecision d = rule.decide(chain("a", JINJIANG, "纺织鞋服", null), chain("b", JINJIANG, "鞋服纺织", null));
        assertThat(d.clause()).isEqualTo(IdentityClause.SAME_COUNTY);
        ChainIdentityRule forced = ChainIdentityRule.builder().override(ChainOverride.same("a", "b")).build();
        assertThat(forced.decide(chain("a", JINJIANG, "x", null), chain("b", JINJIANG, "y", null)).same()).isFalse();
    }

    @Test
    void verdictIsSymmetric() {
        List<IndustryChain> chains = List.of(chain("a", JINJIANG, "纺织鞋服", "C19", "鞋服"),
                chain("b", SHISHI, "鞋服纺织产业", "C195"), chain("c", DivisionCode.of("350583"), "纺织", "C17"),
                chain("d", DivisionCode.of("350521"), "鞋服", null));
        for (IndustryChain x : chains) {
            for (IndustryChain y : chains) {
                assertThat(rule.decide(x, y).clause()).as("%s vs %s", x.name(), y.name())
                        .isEqualTo(rule.decide(y, x).clause());
            }
        }
    }

    @Test
    void evenLengthNamesWithThreeCharacterWordsAreALimit() {
        assertThat(decide("锂电池新能源", null, "新能源锂电池", null).clause()).isEqualTo(IdentityClause.NO_MATCH);
    }

    @Test
    void overrideFilesAreReadStrictly() {
        CountyChainJson json = CountyChainJson.defaults();
        ChainOverrides read = json.read("""
                {"overrides": [{"left": "纺织鞋服", "right": "鞋业", "same": true, "note": "德化"},
                               {"left": "a", "right": "b"}]}""", ChainOverrides.class);
        assertThat(read.overrides()).containsExactly(new ChainOverride("纺织鞋服", "鞋业", true, "德化"),
                ChainOverride.different("a", "b"));
        assertThatThrownBy(() -> json.read("{\"overrides\": [{\"left\": \"a\", \"right\": \"b\", \"sam\": true}]}",
                ChainOverrides.class)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_UNKNOWN_FIELD));
        assertThatThrownBy(() -> json.read("{\"overrides\": [{\"left\": \" \", \"right\": \"b\"}]}", ChainOverrides.class))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location().path()).isEqualTo("overrides[0].left"));
    }
}
