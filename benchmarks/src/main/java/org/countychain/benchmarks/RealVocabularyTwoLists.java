package org.countychain.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.division.DivisionCode;
import org.countychain.sample.SyntheticTwoLists;

/**
 * Two lists written in real vocabulary ({@link TechnicalVocabulary}): every entry has a topic (one of 2,000 sets of 40
 * technical words drawn by dictionary frequency). Titles and keywords take 7 words in 10 from the topic and the rest
 * from the whole technical vocabulary; descriptions take half their words from the topic, a fifth from the technical
 * vocabulary and the rest from the general one, joined by the connecting words of real descriptions (的, 与, 采用,
 * 实现, …). Titles have 2–3 words, keywords 3, descriptions 10–30 words; chains, links and regions vary so that
 * every boost occurs. The same seed and sizes give equal lists.
 */
final class RealVocabularyTwoLists {
    private static final int TOPICS = 2_000;
    private static final int TOPIC_WORDS = 40;
    private static final String[] GLUE = {"的", "，", "与", "及", "和", "采用", "实现", "提高", "基于", "用于", "中的",
        "研究", "开发", "应用", "优化", "。", "、", "对", "在", "解决"};
    private static final String[] COUNTIES = {"350582", "350526", "350524", "350981", "350922", "350821", "350426",
        "350112", "350824", "350123", "350623", "350725"};
    private static final String[] REGIONS = {"350000", "350100", "350200", "350500", "310000", "320000", "330000",
        "440300", "110000", "370000"};
    private static final String[] INDUSTRIES = {"C3985", "C3831", "C2614", "C3311", "C1511", "C2710", "C3484",
        "C3562", "C2927", "C3971", "C1762", "C3073"};
    private static final String[] LINKS = {"up", "mid", "down"};

    private RealVocabularyTwoLists() {
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
        TechnicalVocabulary vocabulary = TechnicalVocabulary.load();
        SplittableRandom random = new SplittableRandom(seed);
        int[][] topics = new int[TOPICS][TOPIC_WORDS];
        for (int[] topic : topics) {
            for (int i = 0; i < TOPIC_WORDS; i++) {
                topic[i] = vocabulary.technical().draw(random);
            }
        }
        Writer writer = new Writer(random, vocabulary, topics);
        List<TechnologyDemand> demandList = new ArrayList<>(demands);
        for (int i = 1; i <= demands; i++) {
            int topic = random.nextInt(TOPICS);
            int chain = topic % 40;
            demandList.add(new TechnologyDemand(String.format("voc-d%07d", i), writer.phrase(topic, 2 + random.nextInt(2)),
                    writer.text(topic, 10 + random.nextInt(21)), "voc-chain-" + chain, LINKS[random.nextInt(3)],
                    DivisionCode.of(COUNTIES[random.nextInt(COUNTIES.length)]),
                    INDUSTRIES[chain % INDUSTRIES.length], null, null,
                    List.of(writer.word(topic), writer.word(topic), writer.word(topic))));
        }
        List<Achievement> achievementList = new ArrayList<>(achievements);
        for (int i = 1; i <= achievements; i++) {
            int topic = random.nextInt(TOPICS);
            int chain = topic % 40;
            boolean placed = random.nextInt(2) == 0;
            achievementList.add(new Achievement(String.format("voc-a%07d", i), writer.phrase(topic, 2 + random.nextInt(2)),
                    writer.text(topic, 10 + random.nextInt(21)), "某研究院", writer.word(topic),
                    INDUSTRIES[chain % INDUSTRIES.length], placed ? "voc-chain-" + chain : null,
                    placed ? LINKS[random.nextInt(3)] : null, DivisionCode.of(REGIONS[random.nextInt(REGIONS.length)]),
                    List.of(writer.word(topic), writer.word(topic), writer.word(topic))));
        }
        return new SyntheticTwoLists(demandList, achievementList);
    }

    /** Writes words of a topic into titles and descriptions. */
    private record Writer(SplittableRandom random, TechnicalVocabulary vocabulary, int[][] topics) {
        String word(int topic) {
            TechnicalVocabulary.Words technical = vocabulary.technical();
            int w = random.nextInt(10) < 7 ? topics[topic][random.nextInt(TOPIC_WORDS)] : technical.draw(random);
            return technical.list().get(w);
        }

        String phrase(int topic, int count) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < count; i++) {
                b.append(word(topic));
            }
            return b.toString();
        }

        String text(int topic, int count) {
            TechnicalVocabulary.Words technical = vocabulary.technical();
            TechnicalVocabulary.Words general = vocabulary.general();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    b.append(technical.list().get(topics[topic][random.nextInt(TOPIC_WORDS)]));
                } else if (kind < 7) {
                    b.append(technical.list().get(technical.draw(random)));
                } else {
                    b.append(general.list().get(general.draw(random)));
                }
                b.append(GLUE[random.nextInt(GLUE.length)]);
            }
            return b.toString();
        }
    }
}
