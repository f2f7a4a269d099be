package org.countychain.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.division.DivisionCode;
import org.countychain.sample.SyntheticTwoLists;

/**
 * Two lists of text drawn uniformly from the 20,902 characters of the CJK Unified Ideographs block (U+4E00–U+9FA5):
 * almost every bigram is distinct, the worst case for an index keyed by bigrams (nearly one term per character, each
 * in one entry). Titles have 8–20 characters, keywords three runs of 2–6, descriptions 100–400 characters in
 * sentences of 5–30. The same seed and sizes give equal lists.
 */
final class WideCharacterTwoLists {
    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FA5;

    private WideCharacterTwoLists() {
    }

    /**
     * Generates the lists.
     *
     * @param seed         the seed
     * @param demands      the number of demands
     * @param achievements the number of achievements
     * @return the lists
     */
    static SyntheticTwoLists generate(long seed, int demands, int achievements) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TechnologyDemand> demandList = new ArrayList<>(demands);
        for (int i = 1; i <= demands; i++) {
            demandList.add(new TechnologyDemand(String.format("wide-d%07d", i), run(random, 8, 20),
                    text(random), null, null, DivisionCode.of("350582"), null, null, null, keywords(random)));
        }
        List<Achievement> achievementList = new ArrayList<>(achievements);
        for (int i = 1; i <= achievements; i++) {
            achievementList.add(new Achievement(String.format("wide-a%07d", i), run(random, 8, 20), text(random),
                    "某研究院", run(random, 2, 6), null, null, null, DivisionCode.of("350000"), keywords(random)));
        }
        return new SyntheticTwoLists(demandList, achievementList);
    }

    private static List<String> keywords(SplittableRandom random) {
        return List.of(run(random, 2, 6), run(random, 2, 6), run(random, 2, 6));
    }

    private static String text(SplittableRandom random) {
        int length = 100 + random.nextInt(301);
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(run(random, 5, 30)).append(random.nextInt(4) == 0 ? '。' : '，');
        }
        return b.toString();
    }

    private static String run(SplittableRandom random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(FIRST + random.nextInt(LAST - FIRST + 1));
        }
        return b.toString();
    }
}
