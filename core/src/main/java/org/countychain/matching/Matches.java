package org.countychain.matching;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * The ranked matches of one query entry (一条需求或成果的匹配清单), best first.
 *
 * @param query   the entry of the list being matched
 * @param matches its matches, best first (score descending, ties by id ascending); empty when nothing shares text
 * @param <Q>     the type of the query entry
 * @param <T>     the type of the matched entries
 * @since 0.1.0
 */
public record Matches<Q, T>(Q query, List<Match<T>> matches) {
    /**
     * Checks the invariants.
     */
    public Matches {
        Checks.required(query, "query");
        matches = Checks.list(matches, "matches");
    }
}
