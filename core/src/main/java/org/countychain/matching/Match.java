package org.countychain.matching;

import org.countychain.internal.Checks;

/**
 * One ranked entry of the other list (匹配结果): an achievement for a demand, or a demand for an achievement.
 *
 * @param item        the matched entry
 * @param score       its score: {@code explanation.textScore() * explanation.boostFactor()}
 * @param explanation why it matches
 * @param <T>         the type of the matched entry
 * @since 0.1.0
 */
public record Match<T>(T item, double score, MatchExplanation explanation) {
    /**
     * Checks the invariants.
     */
    public Match {
        Checks.required(item, "item");
        Checks.required(explanation, "explanation");
    }
}
