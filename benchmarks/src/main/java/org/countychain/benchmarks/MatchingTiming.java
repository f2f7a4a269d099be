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
 * then (three times by default) builds the index and matches every demand on one thread and on two, printing wall and (for the
 * one-thread runs) CPU time, the index's size and how many terms were pruned.
 *
 * <pre>{@code
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.MatchingTiming 10000 100000 1.0
 * }</pre>
 */
public final class MatchingTiming {
    private MatchingTiming() {
    }

    /**
     * Runs the timing.
     *
     * @param args demands, achievements, maxDocumentFrequency, maxQueryTerms, runs (defaults 10000 100000 1.0 0 3)
     * @throws Exception never in practice
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int demands = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int achievements = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double maxDf = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        int maxQueryTerms = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        SyntheticTwoLists lists = SyntheticTwoLists.generate(42L, demands, achievements);
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
}
