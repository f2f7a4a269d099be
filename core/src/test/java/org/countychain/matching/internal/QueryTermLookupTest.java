package org.countychain.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Collecting a query's terms costs a bounded number of table slots per term, however long the query: counted, not
 * timed. A lookup that scans the terms found so far (as a list lookup did) costs the square of the query's length.
 */
class QueryTermLookupTest {
    private static final Parameters BIGRAMS_ONLY = new Parameters(1.2, 0.75, 1, 1, 1, 0, 0.05, 100, 0, 0, 0, 0, 0, 0, 0);

    /** Consecutive characters from 一 on: every bigram of the text is distinct, {@code length - 1} of them. */
    private static String consecutiveCharacters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(0x4E00 + i);
        }
        return text.toString();
    }

    private static Profile inEveryField(String id, String text) {
        return new Profile(id, text, List.of(text), text, null, null, null, null);
    }

    @Test
    void eachTermOfALongQueryCostsAFewSlotsNotAScanOfTheTermsBeforeIt() {
        int distinctBigrams = 3_000;
        String text = consecutiveCharacters(distinctBigrams + 1);
        InvertedIndex index = InvertedIndex.build(List.of(inEveryField("a1", text), inEveryField("a2", "无关")),
                BIGRAMS_ONLY);
        InvertedIndex.Scorer scorer = index.scorer();

        List<InvertedIndex.Hit> hits = scorer.top(inEveryField("q", text), 1);

        assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.sharedTerms()).hasSize(distinctBigrams));
        // three fields, each term looked up once in the field's table and once among the query's terms
        long lookups = 3L * 2 * distinctBigrams;
        long probes = scorer.termLookupProbes();
        assertThat(probes).as("every term is looked up in the tables").isGreaterThanOrEqualTo(lookups);
        // about two each with the tables (35,122 in all, growing included); a scan of the terms before each one
        // examines about distinctBigrams / 2 of them, millions in all
        assertThat(probes).as("slots examined for %d lookups", lookups).isLessThan(4 * lookups);
    }

    @Test
    void theWorkGrowsWithTheQuerysLengthNotItsSquare() {
        long[] probes = new long[2];
        int[] lengths = {500, 5_000};
        for (int i = 0; i < 2; i++) {
            String text = consecutiveCharacters(lengths[i] + 1);
            InvertedIndex index = InvertedIndex.build(List.of(inEveryField("a1", text)), BIGRAMS_ONLY);
            InvertedIndex.Scorer scorer = index.scorer();
            scorer.top(inEveryField("q", text), 1);
            probes[i] = scorer.termLookupProbes();
        }
        assertThat(probes[0]).as("every term is looked up in the tables").isGreaterThanOrEqualTo(3L * 2 * lengths[0]);
        // ten times the terms: about ten times the slots (a hundred times for a scan)
        assertThat(probes[1]).as("slots for %d terms against %d for %d", lengths[1], probes[0], lengths[0])
                .isLessThan(15 * probes[0]);
    }
}
