package org.countychain.consolidation;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.countychain.internal.Checks;

/**
 * Why a chain joined a group, or why it stayed out (合并理由): the decision of the {@link ChainIdentityRule} between
 * it and a chain already in the group.
 *
 * @param member      the chain the decision is about
 * @param matchedWith the chain of the group it was compared with
 * @param decision    the rule's decision
 * <p>JSON (written, in the consolidation's decisions): <code>{"member", "matchedWith", "decision",
 * "explanation": {"zh", "en"}}</code>.
 *
 * @since 0.1.0
 */
@JsonPropertyOrder({"member", "matchedWith", "decision", "explanation"})
public record GroupReason(ChainMember member, ChainMember matchedWith, IdentityDecision decision) {
    /**
     * Checks the invariants.
     */
    public GroupReason {
        Checks.required(member, "member");
        Checks.required(matchedWith, "matchedWith");
        Checks.required(decision, "decision");
    }

    /**
     * A one-line explanation in Chinese, for example
     * {@code 石狮市 纺织服装鞋帽 ← 晋江市 纺织鞋服：名称与别名相同：纺织服装 = 纺织服装}.
     *
     * The same as {@code explain(Locale.SIMPLIFIED_CHINESE)}.
     *
     * @return the explanation
     */
    public String explain() {
        return explain(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A one-line explanation for a reader, for example
     * {@code 石狮市 纺织服装鞋帽 ← 晋江市 纺织鞋服: name or alias in common: 纺织服装 = 纺织服装}.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise (never the JVM's default)
     * @return the explanation
     */
    public String explain(Locale locale) {
        return Explanations.format("groupReason", locale, member.unitName(), member.chainName(),
                matchedWith.unitName(), matchedWith.chainName(), decision.explain(locale));
    }

    /**
     * The explanation in both languages.
     *
     * @return {@code zh} and {@code en}, in that order
     */
    @JsonProperty("explanation")
    public Map<String, String> explanations() {
        return Explanations.both(this::explain);
    }
}
