package org.countychain.consolidation;

/**
 * What the GB/T 4754 industry codes of two chains (国民经济行业分类代码) do in the {@link ChainIdentityRule}. Codes
 * only count when both chains have one.
 *
 * @since 0.1.0
 */
public enum IndustryCodePolicy {
    /** Codes are ignored; names alone decide. */
    IGNORE,
    /**
     * Codes that are not compatible (neither is a prefix of the other: {@code C19} and {@code C17}) keep equal
     * names apart; compatible codes ({@code C19} and {@code C195}) let names decide. The default.
     */
    VETO,
    /** As {@link #VETO}, and equal class-level codes (a letter and four digits, {@code C3973}) make differently named
     * chains the same. */
    VETO_AND_MATCH
}
