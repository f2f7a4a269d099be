package org.countychain.consolidation;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Why the {@link ChainIdentityRule} judged two chains the same or different (判定结果及依据).
 *
 * @param clause the clause that decided
 * @param left   what was compared on the first chain: a normalised name, a compound's sorted words, an industry
 *               code, an override's selector, or the county
 * @param right  the same for the second chain; either is {@code ""} when there was nothing to compare (the
 *               constructor takes {@code null} as that)
 * <p>JSON (written, in the consolidation's decisions): <code>{"clause", "left", "right", "same",
 * "explanation": {"zh", "en"}}</code>.
 *
 * @since 0.1.0
 */
@JsonPropertyOrder({"clause", "left", "right", "same", "explanation"})
public record IdentityDecision(IdentityClause clause, String left, String right) {
    /**
     * Checks the invariants.
     */
    public IdentityDecision(IdentityClause clause, @Nullable String left, @Nullable String right) {
        this.clause = Checks.required(clause, "clause");
        this.left = left == null ? "" : left;
        this.right = right == null ? "" : right;
    }

    /**
     * Whether the chains are the same chain.
     *
     * @return the clause's verdict
     */
    @JsonProperty("same")
    public boolean same() {
        return clause.same();
    }

    /**
     * A one-line explanation in Chinese, for example {@code 复合名称仅词序不同：纺织+鞋服 = 纺织+鞋服}; the same as
     * {@code explain(Locale.SIMPLIFIED_CHINESE)}.
     *
     * @return the explanation
     */
    public String explain() {
        return explain(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A one-line explanation for a reader, for example {@code 复合名称仅词序不同：纺织+鞋服 = 纺织+鞋服} or
     * {@code same compound, words reordered: 纺织+鞋服 = 纺织+鞋服} (the compared names stay as the data gives them).
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise (never the JVM's default)
     * @return the explanation
     */
    public String explain(Locale locale) {
        return Explanations.format("decision", locale, clause.displayName(locale), left, same() ? "=" : "≠", right);
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
