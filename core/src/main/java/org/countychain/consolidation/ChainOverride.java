package org.countychain.consolidation;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An explicit decision that overrides the name rule (人工指定): two chains are, or are not, the same chain. Each
 * side selects chains by their id ({@code 350582-textile-footwear}) or by their name, compared after the rule's
 * normalisation ({@code 纺织鞋服}); an override applies in both directions.
 *
 * @param left  a chain id or name
 * @param right a chain id or name
 * @param same  true to force "same chain", false to force "different chains"
 * @param note  why, for the record, or {@code null}
 * @since 0.1.0
 */
public record ChainOverride(String left, String right, boolean same, @Nullable String note) {
    /**
     * Checks the invariants.
     */
    public ChainOverride {
        left = Checks.requiredText(left, "left");
        right = Checks.requiredText(right, "right");
        note = Checks.optionalText(note);
    }

    /**
     * An override that makes two chains the same.
     *
     * @param left  a chain id or name
     * @param right a chain id or name
     * @return the override
     */
    public static ChainOverride same(String left, String right) {
        return new ChainOverride(left, right, true, null);
    }

    /**
     * An override that keeps two chains apart.
     *
     * @param left  a chain id or name
     * @param right a chain id or name
     * @return the override
     */
    public static ChainOverride different(String left, String right) {
        return new ChainOverride(left, right, false, null);
    }
}
