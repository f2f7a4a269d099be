package org.countychain.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.matching.MatchIndex;
import org.countychain.matching.MatchSettings;
import org.countychain.matching.Matches;
import org.countychain.sample.SyntheticTwoLists;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two-list matching at province scale (target: 10,000 demands against 100,000 achievements, top 5 each, in under
 * 10 s on two cores): building the achievement index, and the whole batch on the calling thread and on a pool of two
 * threads. Data with seed 42, generated once per trial: by default {@link RealVocabularyTwoLists} (real Chinese
 * technical vocabulary); {@code -p corpus=synthetic} runs the small phrase pools of {@link SyntheticTwoLists}. Each
 * iteration is one complete run ({@code SingleShotTime}).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar MatchingBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MatchingBenchmark {
    /** Demands matched per run. */
    @Param("10000")
    public int demands;

    /** Achievements indexed. */
    @Param("100000")
    public int achievements;

    /**
     * {@link MatchSettings#maxDocumentFrequency()}: 0.05 is the default; 1.0 (no pruning) is about fifteen times
     * slower on these lists, run it with {@code -p maxDocumentFrequency=1.0}.
     */
    @Param("0.05")
    public double maxDocumentFrequency;

    /** {@code vocabulary} (real technical words) or {@code synthetic} (small phrase pools). */
    @Param("vocabulary")
    public String corpus;

    private List<TechnologyDemand> demandList;
    private List<Achievement> achievementList;
    private MatchSettings settings;
    private MatchIndex<Achievement, TechnologyDemand> index;
    private ExecutorService pool;

    /** Generates the lists and builds the index once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticTwoLists lists = MatchingTiming.corpus(corpus, demands, achievements);
        demandList = lists.demands();
        achievementList = lists.achievements();
        settings = MatchSettings.defaults().toBuilder().maxDocumentFrequency(maxDocumentFrequency).build();
        index = MatchIndex.ofAchievements(achievementList, settings);
        pool = Executors.newFixedThreadPool(2);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * Builds the index over all achievements.
     *
     * @return the index
     */
    @Benchmark
    public MatchIndex<Achievement, TechnologyDemand> buildIndex() {
        return MatchIndex.ofAchievements(achievementList, settings);
    }

    /**
     * Top 5 for every demand, on the calling thread.
     *
     * @return the matches
     */
    @Benchmark
    public List<Matches<TechnologyDemand, Achievement>> matchAllOneThread() {
        return index.matchAll(demandList, 5);
    }

    /**
     * Top 5 for every demand, on a pool of two threads.
     *
     * @return the matches
     */
    @Benchmark
    public List<Matches<TechnologyDemand, Achievement>> matchAllTwoThreads() {
        return index.matchAll(demandList, 5, pool);
    }
}
