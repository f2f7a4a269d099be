package org.countychain.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Real Chinese vocabulary for the matching benchmarks, from a general Chinese segmentation dictionary (the
 * {@code dict.txt} shipped in the jieba-analysis artifact: about 350,000 words with frequencies and parts of speech).
 * Two word lists, each drawn from with the square root of the dictionary frequency as weight (skewed like real text,
 * without a handful of words in every entry):
 * <ul>
 *   <li>{@linkplain #technical() technical}: nouns of 2 to 6 Chinese characters all of whose characters but one are
 *   technical morphemes (电, 机, 材, 料, 控, 制, 工艺, 检测, 传感, 芯片, 合金, 陶瓷, 纤维, 算法, 数控, 锂, 氢, 发酵,
 *   激光, …): about 6,000 words such as 化学键, 精确测量, 氧化聚合, 处理单元, 翅片管, 感光度;</li>
 *   <li>{@linkplain #general() general}: the dictionary's other common nouns, verbs, adjectives and adverbs of 1 to 4
 *   characters (person and place names, idioms and set phrases left out), the words technical descriptions are
 *   written with besides their terms.</li>
 * </ul>
 * Loaded once per JVM.
 */
final class TechnicalVocabulary {
    /** Characters that mark a word as technical; all characters of a word but one must be among them. */
    private static final String MORPHEMES = "电机器材料能控制化工艺系统装备检测测量传感芯片半导集电路光纤纳米合金钢陶瓷"
            + "纤维纺织涂层催聚分算法软件数据网络智自动数控床焊接铸造锻压模具精密轴承液压气汽车池锂储氢燃环保废污染"
            + "节降耗医药基因疫苗农业种植养殖食品茶酶发酵提取离合反应热流结构信号通频率雷达激光学显微像素晶管硅元塑胶"
            + "橡树脂膜过滤处理壤肥饲";
    private static final Set<String> TECHNICAL_PARTS_OF_SPEECH = Set.of("n", "vn", "nz");
    private static final Set<String> GENERAL_PARTS_OF_SPEECH = Set.of("n", "vn", "v", "a", "ad", "an", "d", "nz");
    private static final String RESOURCE = "/dict.txt";
    private static volatile TechnicalVocabulary loaded;

    private final Words technical;
    private final Words general;

    private TechnicalVocabulary(Words technical, Words general) {
        this.technical = technical;
        this.general = general;
    }

    /** Words with cumulative weights to draw from. */
    static final class Words {
        private final List<String> list;
        private final double[] cumulative;

        private Words(List<String> list, List<Double> weights) {
            this.list = List.copyOf(list);
            this.cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
        }

        /**
         * The words, in dictionary order.
         *
         * @return the words
         */
        List<String> list() {
            return list;
        }

        /**
         * A word drawn with its weight.
         *
         * @param random the source of randomness
         * @return the word's index in {@link #list()}
         */
        int draw(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
        }
    }

    /**
     * The vocabulary, read from the class path on first use.
     *
     * @return the vocabulary
     */
    static TechnicalVocabulary load() {
        TechnicalVocabulary v = loaded;
        if (v == null) {
            synchronized (TechnicalVocabulary.class) {
                v = loaded;
                if (v == null) {
                    v = read();
                    loaded = v;
                }
            }
        }
        return v;
    }

    /**
     * The technical words.
     *
     * @return the words
     */
    Words technical() {
        return technical;
    }

    /**
     * The general words.
     *
     * @return the words
     */
    Words general() {
        return general;
    }

    private static TechnicalVocabulary read() {
        Set<Integer> morphemes = new HashSet<>();
        MORPHEMES.codePoints().forEach(morphemes::add);
        List<String> technical = new ArrayList<>();
        List<Double> technicalWeights = new ArrayList<>();
        List<String> general = new ArrayList<>();
        List<Double> generalWeights = new ArrayList<>();
        try (InputStream in = TechnicalVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " (jieba-analysis) is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length < 3) {
                    continue;
                }
                String word = parts[0];
                if (!word.codePoints().allMatch(Character::isIdeographic)) {
                    continue;
                }
                int length = word.codePointCount(0, word.length());
                double weight = Math.sqrt(Math.max(1, Long.parseLong(parts[1])));
                if (TECHNICAL_PARTS_OF_SPEECH.contains(parts[2]) && length >= 2 && length <= 6
                        && word.codePoints().filter(morphemes::contains).count() >= Math.max(2, length - 1)) {
                    technical.add(word);
                    technicalWeights.add(weight);
                } else if (GENERAL_PARTS_OF_SPEECH.contains(parts[2]) && length <= 4) {
                    general.add(word);
                    generalWeights.add(weight);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TechnicalVocabulary(new Words(technical, technicalWeights), new Words(general, generalWeights));
    }
}
