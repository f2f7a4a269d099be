package org.countychain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.division.DivisionCode;

/**
 * The index against {@link NaiveRanker} on random Chinese text: characters from the whole CJK block and from the
 * supplementary planes, a small alphabet that makes bigrams repeat, full-width letters and digits that NFKC folds,
 * Latin words, punctuation; random settings (unigrams on or off, pruning, a cap on query terms). Every match must
 * have the reference's score, and no entry left out may score higher than the last one kept.
 */
class MatchIndexDifferentialTest {
    private static final String COMMON = "技术工艺材料设备检测智能控制系统电池纤维发泡陶瓷茶叶食品加工";
    private static final String[] WORDS = {"tpu", "PLC", "5G", "ＴＰＵ", "ｉｏｔ", "AI", "3d", "x1", "Ω", "β2"};
    private static final String[] CHAINS = {null, "c1", "c2"};
    private static final String[] LINKS = {null, "up", "down"};
    private static final String[] INDUSTRIES = {null, "C1951", "C1952", "c3985", "C39"};
    private static final String[] REGIONS = {"350582", "350500", "350000", "310000", "350526"};

    @Property(tries = 40)
    void theIndexRanksAsTheNaiveReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int k) {
        SplittableRandom random = new SplittableRandom(seed);
        int entries = 5 + random.nextInt(60);
        List<Achievement> achievements = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            achievements.add(new Achievement(String.format(Locale.ROOT, "a%03d", i), text(random, 1, 12), optional(random, 80),
                    "某单位", random.nextBoolean() ? text(random, 1, 6) : null, pick(random, INDUSTRIES),
                    pick(random, CHAINS), pick(random, LINKS), DivisionCode.of(pick(random, REGIONS)),
                    keywords(random)));
        }
        MatchSettings settings = MatchSettings.defaults().toBuilder()
                .unigramWeight(random.nextBoolean() ? 0.3 : 0)
                .pruningFloor(random.nextBoolean() ? 100 : random.nextInt(4))
                .maxDocumentFrequency(random.nextBoolean() ? 0.05 : 0.3)
                .maxQueryTerms(random.nextBoolean() ? 0 : 1 + random.nextInt(8))
                .build();
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(achievements, settings);
        NaiveRanker naive = new NaiveRanker(achievements, settings);
        for (int i = 0; i < 12; i++) {
            TechnologyDemand d = new TechnologyDemand("d" + i, text(random, 1, 12), optional(random, 80),
                    pick(random, CHAINS), pick(random, LINKS), DivisionCode.of(pick(random, REGIONS)),
                    pick(random, INDUSTRIES), null, null, keywords(random));
            Map<String, Double> expected = naive.scores(d);
            List<Match<Achievement>> top = index.top(d, k);
            long positive = expected.values().stream().filter(v -> v > 0).count();
            assertThat(top).as("number of matches").hasSize((int) Math.min(k, positive));
            for (Match<Achievement> m : top) {
                assertThat(m.score()).as("score of %s", m.item().id())
                        .isCloseTo(expected.get(m.item().id()), org.assertj.core.data.Offset.offset(tolerance(m.score())));
                String entryText = normalized(m.item());
                for (String shared : m.explanation().sharedTerms()) {
                    assertThat(entryText).as("shared text is in the entry").contains(shared);
                }
                assertThat(m.explanation().sharedTerms()).as("a match shares text").isNotEmpty();
            }
            if (!top.isEmpty()) {
                double last = top.get(top.size() - 1).score();
                List<String> kept = top.stream().map(m -> m.item().id()).toList();
                expected.forEach((id, score) -> {
                    if (!kept.contains(id)) {
                        assertThat(score).as("%s left out", id).isLessThanOrEqualTo(last + tolerance(last));
                    }
                });
            }
        }
    }

    private static double tolerance(double score) {
        return 1e-5 * Math.max(1, Math.abs(score));
    }

    private static String normalized(Achievement a) {
        return Normalizer.normalize(a.title() + "\n" + String.join("\n", a.keywords()) + "\n" + a.field() + "\n"
                + a.description(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static <T> T pick(SplittableRandom random, T[] from) {
        return from[random.nextInt(from.length)];
    }

    private static List<String> keywords(SplittableRandom random) {
        List<String> k = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            k.add(text(random, 1, 6));
        }
        return k;
    }

    private static String optional(SplittableRandom random, int max) {
        return random.nextInt(4) == 0 ? null : text(random, 1, max);
    }

    /** Text of {@code min..max} pieces: mostly Chinese characters of the kinds above, some words and separators. */
    private static String text(SplittableRandom random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(20);
            if (kind < 9) {
                b.appendCodePoint(COMMON.codePointAt(random.nextInt(COMMON.length())));
            } else if (kind < 15) {
                b.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00 + 1));
            } else if (kind < 16) {
                b.appendCodePoint(0x20000 + random.nextInt(40));
            } else if (kind < 18) {
                b.append(' ').append(pick(random, WORDS)).append(' ');
            } else {
                b.append(pick(random, new String[] {"，", "。", " ", "、", "-", "（", "）"}));
            }
        }
        String s = b.toString().strip();
        return s.isEmpty() ? "空" : s;
    }
}
