package org.countychain.benchmarks;

import java.util.concurrent.TimeUnit;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;
import org.countychain.sample.SyntheticProvince;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Screening a whole province with every built-in rule (issue 4's target: 500,000 enterprises in under a second
 * with under 1 GB of heap, data already in memory). The sizes show how the cost grows: the province set
 * (20,167), then 10k, 100k and 500k national-scale sets, all from {@link SyntheticProvince} with seed 42.
 *
 * <pre>{@code
 * java -Xmx1g -jar benchmarks/target/benchmarks.jar ScreeningBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScreeningBenchmark {
    /** Enterprises: 20167 is the province preset; the others use the national-scale generator. */
    @Param({"10000", "20167", "100000", "500000"})
    public int enterprises;

    private ProvinceDataset province;
    private RuleEngine engine;
    private RuleEngine parallelEngine;

    /** Generates the data once per size. */
    @Setup(Level.Trial)
    public void setUp() {
        province = enterprises == SyntheticProvince.Scale.PROVINCE.enterpriseCount()
                ? SyntheticProvince.generate(42L, SyntheticProvince.Scale.PROVINCE)
                : SyntheticProvince.generate(42L, enterprises);
        engine = RuleEngine.defaults();
        parallelEngine = RuleEngine.builder().builtInRules().parallel(true).build();
    }

    /**
     * Every built-in rule, one after the other.
     *
     * @return the result, so that nothing is optimised away
     */
    @Benchmark
    public ScreeningResult screenAllRules() {
        return engine.screen(province);
    }

    /**
     * Every built-in rule, the rules spread over the common fork-join pool.
     *
     * @return the result
     */
    @Benchmark
    public ScreeningResult screenAllRulesParallel() {
        return parallelEngine.screen(province);
    }

    /**
     * Every built-in rule, then every finding read with its subject and first evidence value: findings are made
     * when read, so this is what a caller that walks the whole result pays (messages are still rendered only when
     * asked for).
     *
     * @param blackhole where the findings go
     */
    @Benchmark
    public void screenAndReadEveryFinding(Blackhole blackhole) {
        ScreeningResult result = engine.screen(province);
        for (Finding f : result.findings()) {
            blackhole.consume(f.subject());
            blackhole.consume(f.values().isEmpty() ? null : f.value(0));
        }
        blackhole.consume(result.serviceList());
    }
}
