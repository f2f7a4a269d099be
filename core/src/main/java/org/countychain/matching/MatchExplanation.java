package org.countychain.matching;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * Why two entries match (匹配说明): the text they share and the boosts applied.
 *
 * @param sharedTerms the query's text found in the matched entry, as readable substrings in the order they occur
 *                    in the query (overlapping bigrams are merged: 超临 + 临界 + 界发 + 发泡 → 超临界发泡, when
 *                    that substring occurs in both); Latin and digit runs are lower-cased
 * @param boosts      the boosts applied, in declaration order of {@link Boost}
 * @param textScore   the BM25F text score before boosts, greater than 0
 * @param boostFactor the factor applied to the text score: 1 plus the weights of the boosts
 * @since 0.1.0
 */
public record MatchExplanation(List<String> sharedTerms, List<Boost> boosts, double textScore, double boostFactor) {
    /**
     * Copies the lists.
     */
    public MatchExplanation {
        sharedTerms = Checks.list(sharedTerms, "sharedTerms");
        boosts = Checks.list(boosts, "boosts");
    }
}
