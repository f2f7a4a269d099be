package org.countychain.consolidation;

import java.util.Locale;

import org.countychain.Labelled;

/**
 * The clause of the {@link ChainIdentityRule} that decided whether two chains are the same (判定依据). The rule
 * tries the clauses in declaration order; the first that applies decides.
 *
 * @since 0.1.0
 */
public enum IdentityClause implements Labelled {
    /** Two chains of the same county are never one chain: consolidation is across counties. */
    SAME_COUNTY("同一县（市、区）的产业链不合并", false, true),
    /** An override of the list says the two are different chains. */
    OVERRIDE_DIFFERENT("人工指定为不同产业链", false, true),
    /** An override of the list says the two are the same chain. */
    OVERRIDE_SAME("人工指定为同一产业链", true, false),
    /** Both have GB/T 4754 industry codes and neither contains the other: different chains, whatever the names. */
    INDUSTRY_CODE_CONFLICT("国民经济行业分类代码不一致", false, true),
    /** The normalised names are equal ({@code 纺织鞋服产业链} and {@code 纺织鞋服}). */
    SAME_NAME("规范化后名称相同", true, false),
    /** A name or alias of one equals, normalised, a name or alias of the other. */
    ALIAS("名称与别名相同", true, false),
    /** A name or alias of one is a reordered compound of the other's ({@code 纺织鞋服} and {@code 鞋服纺织}). */
    REORDERED_COMPOUND("复合名称仅词序不同", true, false),
    /** Both have the same GB/T 4754 class code, and the rule is set to match on it. */
    SAME_INDUSTRY_CODE("国民经济行业分类小类代码相同", true, false),
    /** Nothing says they are the same. */
    NO_MATCH("名称、别名均不相同", false, false);

    private final String label;
    private final boolean same;
    private final boolean veto;

    IdentityClause(String label, boolean same, boolean veto) {
        this.label = label;
        this.same = same;
        this.veto = veto;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The clause's name in the reader's language, from the consolidation's message bundles.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise (never the JVM's default)
     * @return for example {@code 名称与别名相同} or {@code name or alias in common}
     */
    @Override
    public String displayName(Locale locale) {
        return Explanations.name("clause", this, locale);
    }

    /**
     * Whether this clause says the chains are the same.
     *
     * @return true for the clauses that merge
     */
    public boolean same() {
        return same;
    }

    /**
     * Whether this clause forbids merging even through a third chain: a chain joins a group only when no member
     * vetoes it.
     *
     * @return true for {@link #SAME_COUNTY}, {@link #OVERRIDE_DIFFERENT} and {@link #INDUSTRY_CODE_CONFLICT}
     */
    public boolean veto() {
        return veto;
    }
}
