package org.countychain.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.countychain.chain.IndustryChain;
import org.countychain.consolidation.internal.ChainNames;
import org.countychain.division.Division;
import org.countychain.division.Divisions;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * When two counties' chains are the same chain (同一产业链判定规则, R3). Immutable and thread-safe.
 *
 * <p>The clauses, tried in this order; the first that applies decides (see {@link IdentityClause}):
 * <ol>
 *   <li>{@link IdentityClause#SAME_COUNTY}: two chains of one county are never merged;</li>
 *   <li>{@link IdentityClause#OVERRIDE_DIFFERENT}, {@link IdentityClause#OVERRIDE_SAME}: an override of the list
 *       whose two sides select the two chains (by id, or by normalised name); "different" wins over "same";</li>
 *   <li>{@link IdentityClause#INDUSTRY_CODE_CONFLICT} (unless the policy is {@link IndustryCodePolicy#IGNORE}):
 *       both chains have a GB/T 4754 code and neither code is a prefix of the other ({@code C19} and {@code C17});
 *       {@code C19} and {@code C195} do not conflict;</li>
 *   <li>{@link IdentityClause#SAME_NAME}: the normalised names are equal;</li>
 *   <li>{@link IdentityClause#ALIAS}: a normalised name or alias of one equals one of the other;</li>
 *   <li>{@link IdentityClause#REORDERED_COMPOUND}: a name or alias of each, split into words, has the same words
 *       in another order ({@code 纺织鞋服} and {@code 鞋服纺织});</li>
 *   <li>{@link IdentityClause#SAME_INDUSTRY_CODE} (only with {@link IndustryCodePolicy#VETO_AND_MATCH}): equal
 *       class-level codes (a letter and four digits);</li>
 *   <li>otherwise {@link IdentityClause#NO_MATCH}.</li>
 * </ol>
 *
 * <p>Normalisation of a name: Unicode NFKC (full-width letters and digits become half-width), lower case; white
 * space, punctuation, symbols and the connectives 与、和、及 separate parts and are dropped; the county's own name
 * at the start ({@code 晋江市}, {@code 晋江}) and generic suffixes at the end ({@link #DEFAULT_GENERIC_SUFFIXES},
 * repeatedly) are removed, never down to nothing. Words of a compound: each part of four, six, … characters is
 * read as two-character words. The limits (no dictionary, no synonyms beyond the aliases, no traditional
 * characters) are documented in {@code docs/consolidation.md}.
 *
 * <pre>{@code
 * ChainIdentityRule rule = ChainIdentityRule.builder()
 *         .override(ChainOverride.same("纺织鞋服", "鞋业"))
 *         .build();
 * rule.decide(jinjiangTextiles, shishiFootwear).explain();  // 人工指定为同一产业链：纺织鞋服 = 鞋业
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ChainIdentityRule {
    /** The generic suffixes removed from chain names by default. */
    public static final List<String> DEFAULT_GENERIC_SUFFIXES = List.of("全产业链", "产业链", "产业集群", "集群", "产业",
            "行业");

    private static final int CLASS_CODE_LENGTH = 5;

    private final IndustryCodePolicy industryCodePolicy;
    private final List<ChainOverride> overrides;
    private final List<String> genericSuffixes;
    private final Divisions divisions;

    private ChainIdentityRule(Builder b) {
        this.industryCodePolicy = b.industryCodePolicy;
        this.overrides = List.copyOf(b.overrides);
        List<String> suffixes = new ArrayList<>(b.genericSuffixes);
        // Longest first, so 产业链 is removed before 链-less 产业 could leave a stray character.
        suffixes.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.genericSuffixes = List.copyOf(suffixes);
        this.divisions = b.divisions;
    }

    /**
     * The default rule: codes veto, no overrides, the default suffixes, Fujian's divisions for county names.
     *
     * @return the rule
     */
    public static ChainIdentityRule defaults() {
        return builder().build();
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder preset with this rule's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.industryCodePolicy = industryCodePolicy;
        b.overrides.addAll(overrides);
        b.genericSuffixes = new ArrayList<>(genericSuffixes);
        b.divisions = divisions;
        return b;
    }

    /**
     * What industry codes do.
     *
     * @return the policy
     */
    public IndustryCodePolicy industryCodePolicy() {
        return industryCodePolicy;
    }

    /**
     * The overrides, in the order given.
     *
     * @return the overrides
     */
    public List<ChainOverride> overrides() {
        return overrides;
    }

    /**
     * The generic suffixes removed from chain names, longest first.
     *
     * @return the suffixes
     */
    public List<String> genericSuffixes() {
        return genericSuffixes;
    }

    /**
     * A chain name normalised as the rule compares it, without a county prefix: {@code 纺织鞋服产业链} gives
     * {@code 纺织鞋服}, {@code ＡＩ 产业} gives {@code ai}.
     *
     * @param name a chain name
     * @return the normalised name
     */
    public String normalise(String name) {
        return String.join("", ChainNames.chainParts(name, List.of(), genericSuffixes));
    }

    /**
     * Decides whether two chains are the same chain, and why.
     *
     * @param a a chain
     * @param b another chain
     * @return the decision; symmetric in its verdict and clause
     */
    public IdentityDecision decide(IndustryChain a, IndustryChain b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.county().equals(b.county())) {
            return new IdentityDecision(IdentityClause.SAME_COUNTY, a.county().value(), b.county().value());
        }
        IdentityDecision override = override(a, b);
        if (override != null) {
            return override;
        }
        String codeA = ChainNames.industryCode(a.industryCode());
        String codeB = ChainNames.industryCode(b.industryCode());
        if (industryCodePolicy != IndustryCodePolicy.IGNORE && codeA != null && codeB != null
                && !codeA.startsWith(codeB) && !codeB.startsWith(codeA)) {
            return new IdentityDecision(IdentityClause.INDUSTRY_CODE_CONFLICT, codeA, codeB);
        }
        List<List<String>> namesA = names(a);
        List<List<String>> namesB = names(b);
        String nameA = String.join("", namesA.get(0));
        String nameB = String.join("", namesB.get(0));
        if (nameA.equals(nameB)) {
            return new IdentityDecision(IdentityClause.SAME_NAME, nameA, nameB);
        }
        for (List<String> x : namesA) {
            for (List<String> y : namesB) {
                if (String.join("", x).equals(String.join("", y))) {
                    return new IdentityDecision(IdentityClause.ALIAS, String.join("", x), String.join("", y));
                }
            }
        }
        for (List<String> x : namesA) {
            List<String> wx = ChainNames.sortedWords(x);
            for (List<String> y : namesB) {
                if (wx.size() >= 2 && wx.equals(ChainNames.sortedWords(y))) {
                    return new IdentityDecision(IdentityClause.REORDERED_COMPOUND, String.join("", x),
                            String.join("", y));
                }
            }
        }
        if (industryCodePolicy == IndustryCodePolicy.VETO_AND_MATCH && codeA != null && codeA.equals(codeB)
                && codeA.length() >= CLASS_CODE_LENGTH) {
            return new IdentityDecision(IdentityClause.SAME_INDUSTRY_CODE, codeA, codeB);
        }
        return new IdentityDecision(IdentityClause.NO_MATCH, nameA, nameB);
    }

    private @Nullable IdentityDecision override(IndustryChain a, IndustryChain b) {
        IdentityDecision same = null;
        for (ChainOverride o : overrides) {
            boolean forward = selects(o.left(), a) && selects(o.right(), b);
            boolean backward = selects(o.left(), b) && selects(o.right(), a);
            if (forward || backward) {
                String left = forward ? o.left() : o.right();
                String right = forward ? o.right() : o.left();
                if (!o.same()) {
                    return new IdentityDecision(IdentityClause.OVERRIDE_DIFFERENT, left, right);
                }
                if (same == null) {
                    same = new IdentityDecision(IdentityClause.OVERRIDE_SAME, left, right);
                }
            }
        }
        return same;
    }

    private boolean selects(String selector, IndustryChain chain) {
        return selector.equals(chain.id()) || normalise(selector).equals(String.join("", parts(chain.name(), chain)));
    }

    /** The chain's name first, then its aliases, each as normalised parts; empty results dropped. */
    private List<List<String>> names(IndustryChain chain) {
        List<List<String>> names = new ArrayList<>();
        names.add(parts(chain.name(), chain));
        for (String alias : chain.aliases()) {
            List<String> p = parts(alias, chain);
            if (!p.isEmpty()) {
                names.add(p);
            }
        }
        return names;
    }

    private List<String> parts(String name, IndustryChain chain) {
        List<String> prefixes = divisions == null ? List.of()
                : divisions.current(chain.county()).map(ChainIdentityRule::namesOf).orElse(List.of());
        return ChainNames.chainParts(name, prefixes, genericSuffixes);
    }

    private static List<String> namesOf(Division d) {
        return d.name().equals(d.shortName()) ? List.of(d.name()) : List.of(d.name(), d.shortName());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainIdentityRule r && industryCodePolicy == r.industryCodePolicy
                && overrides.equals(r.overrides) && genericSuffixes.equals(r.genericSuffixes)
                && Objects.equals(divisions, r.divisions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(industryCodePolicy, overrides, genericSuffixes);
    }

    @Override
    public String toString() {
        return "ChainIdentityRule[industryCodes=" + industryCodePolicy + ", overrides=" + overrides.size()
                + ", suffixes=" + genericSuffixes + "]";
    }

    /**
     * Builds a {@link ChainIdentityRule}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private IndustryCodePolicy industryCodePolicy = IndustryCodePolicy.VETO;
        private final List<ChainOverride> overrides = new ArrayList<>();
        private List<String> genericSuffixes = new ArrayList<>(DEFAULT_GENERIC_SUFFIXES);
        private Divisions divisions = Divisions.fujian();

        private Builder() {
        }

        /**
         * Sets what industry codes do.
         *
         * @param v the policy
         * @return this builder
         */
        public Builder industryCodes(IndustryCodePolicy v) {
            industryCodePolicy = Objects.requireNonNull(v, "industryCodes");
            return this;
        }

        /**
         * Adds an override.
         *
         * @param v the override
         * @return this builder
         */
        public Builder override(ChainOverride v) {
            overrides.add(Objects.requireNonNull(v, "override"));
            return this;
        }

        /**
         * Adds overrides.
         *
         * @param v the overrides
         * @return this builder
         */
        public Builder overrides(List<ChainOverride> v) {
            overrides.addAll(Checks.list(v, "overrides"));
            return this;
        }

        /**
         * Replaces the generic suffixes removed from chain names.
         *
         * @param v the suffixes
         * @return this builder
         */
        public Builder genericSuffixes(List<String> v) {
            genericSuffixes = new ArrayList<>(Checks.list(v, "genericSuffixes"));
            return this;
        }

        /**
         * Sets the divisions whose names are removed from the start of a chain's name ({@code 晋江纺织鞋服}); the
         * default is {@link Divisions#fujian()}; {@code null} removes no county name.
         *
         * @param v the divisions, or {@code null}
         * @return this builder
         */
        public Builder divisions(Divisions v) {
            divisions = v;
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         */
        public ChainIdentityRule build() {
            return new ChainIdentityRule(this);
        }
    }
}
