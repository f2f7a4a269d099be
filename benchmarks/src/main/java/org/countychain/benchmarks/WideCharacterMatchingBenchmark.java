package org.countychain.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.matching.MatchIndex;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching text drawn from the whole CJK block ({@link WideCharacterTwoLists}), where nearly every bigram is a term of
 * its own: index build plus top 5 for every demand, 300 × 300 by default. A hash table that clusters on the codes of
 * two-character strings, or a per-query lookup that grows with the square of the query's length, shows here first
 * (this case once took over a minute).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar WideCharacterMatchingBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WideCharacterMatchingBenchmark {
    /** Demands and achievements each. */
    @Param("300")
    public int size;

    private List<TechnologyDemand> demands;
    private List<Achievement> achievements;

    /** Generates the lists once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticTwoLists lists = WideCharacterTwoLists.generate(42L, size, size);
        demands = lists.demands();
        achievements = lists.achievements();
    }

    /**
     * Builds the index and matches every demand, top 5.
     *
     * @return the matches
     */
    @Benchmark
    public List<Matches<TechnologyDemand, Achievement>> buildAndMatchAll() {
        return MatchIndex.ofAchievements(achievements).matchAll(demands, 5);
    }
}
