package org.countychain.consolidation;

import org.countychain.internal.Checks;

/**
 * Why the {@link ChainIdentityRule} judged two chains the same or different (判定结果及依据).
 *
 * @param clause the clause that decided
 * @param left   what was compared on the first chain: a normalised name, a compound's sorted words, an industry
 *               code, an override's selector, or the county
 * @param right  the same for the second chain
 * @since 0.1.0
 */
public record IdentityDecision(IdentityClause clause, String left, String right) {
    /**
     * Checks the invariants.
     */
    public IdentityDecision {
        Checks.required(clause, "clause");
        left = left == null ? "" : left;
        right = right == null ? "" : right;
    }

    /**
     * Whether the chains are the same chain.
     *
     * @return the clause's verdict
     */
    public boolean same() {
        return clause.same();
    }

    /**
     * A one-line explanation in Chinese, for example {@code 复合名称仅词序不同：纺织+鞋服 = 纺织+鞋服}.
     *
     * @return the explanation
     */
    public String explain() {
        return clause.label() + "：" + left + (same() ? " = " : " ≠ ") + right;
    }
}
