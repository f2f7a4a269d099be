package org.countychain.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.matching.MatchIndex;
import org.countychain.matching.MatchSettings;
import org.countychain.sample.SyntheticTwoLists;

/**
 * A plain timing run of two-list matching, for quick checks beside {@link MatchingBenchmark}: generates the lists,
 * then (three times by default) builds the index and matches every demand on one thread and on two, printing wall and
 * (for the one-thread runs) CPU time, the corpus's distinct terms and how many terms were pruned.
 *
 * <p>Corpora: {@code vocabulary} ({@link RealVocabularyTwoLists}, real technical words, the default),
 * {@code synthetic} ({@link SyntheticTwoLists}, small phrase pools) and {@code wide} ({@link WideCharacterTwoLists},
 * characters drawn uniformly from the whole CJK block).
 *
 * <pre>{@code
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.MatchingTiming 10000 100000 0.05 0 3 vocabulary
 * }</pre>
 */
public final class MatchingTiming {
    private MatchingTiming() {
    }

    /**
     * Runs the timing.
     *
     * @param args demands, achievements, maxDocumentFrequency, maxQueryTerms, runs, corpus (defaults 10000 100000 0.05
     *             0 3 vocabulary)
     * @throws Exception never in practice
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int demands = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int achievements = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double maxDf = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        int maxQueryTerms = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        String corpus = args.length > 5 ? args[5] : "vocabulary";
        SyntheticTwoLists lists = corpus(corpus, demands, achievements);
        out.printf(Locale.ROOT, "corpus %s: %d demands, %d achievements, %d distinct terms in the achievements%n",
                corpus, demands, achievements, distinctTerms(lists.achievements()));
        MatchSettings settings = MatchSettings.defaults().toBuilder().maxDocumentFrequency(maxDf)
                .maxQueryTerms(maxQueryTerms).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                long cpuBuild = threads.getCurrentThreadCpuTime();
                MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(lists.achievements(),
                        settings);
                long t1 = System.nanoTime();
                cpuBuild = threads.getCurrentThreadCpuTime() - cpuBuild;
                long cpu0 = threads.getCurrentThreadCpuTime();
                List<?> one = index.matchAll(lists.demands(), 5);
                long cpu1 = threads.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                List<?> two = index.matchAll(lists.demands(), 5, pool);
                long t3 = System.nanoTime();
                out.printf(Locale.ROOT, "run %d: build %.0f ms (CPU %.0f ms), match 1 thread %.0f ms (CPU %.0f ms),"
                        + " 2 threads %.0f ms; %d results, pruned terms %d, same %b%n", run, (t1 - t0) / 1e6,
                        cpuBuild / 1e6, (t2 - t1) / 1e6, (cpu1 - cpu0) / 1e6, (t3 - t2) / 1e6, one.size(), index.prunedTermCount(), one.equals(two));
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The lists of a corpus, seed 42.
     *
     * @param corpus       {@code vocabulary}, {@code synthetic} or {@code wide}
     * @param demands      demands
     * @param achievements achievements
     * @return the lists
     */
    static SyntheticTwoLists corpus(String corpus, int demands, int achievements) {
        return switch (corpus) {
            case "vocabulary" -> RealVocabularyTwoLists.generate(42L, demands, achievements);
            case "synthetic" -> SyntheticTwoLists.generate(42L, demands, achievements);
            case "wide" -> WideCharacterTwoLists.generate(42L, demands, achievements);
            default -> throw new IllegalArgumentException("corpus: vocabulary, synthetic or wide, not " + corpus);
        };
    }

    /** Distinct bigrams, lone characters and words in the achievements' texts, counted independently of the index. */
    private static int distinctTerms(List<Achievement> achievements) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (Achievement a : achievements) {
            List<String> texts = new java.util.ArrayList<>(a.keywords());
            texts.add(a.title());
            if (a.description() != null) {
                texts.add(a.description());
            }
            if (a.field() != null) {
                texts.add(a.field());
            }
            for (String t : texts) {
                int[] cps = t.codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    if (Character.isIdeographic(cps[i])) {
                        terms.add(new String(cps, i, 1));
                        if (i + 1 < cps.length && Character.isIdeographic(cps[i + 1])) {
                            terms.add(new String(cps, i, 2));
                        }
                    }
                }
            }
        }
        return terms.size();
    }
}
