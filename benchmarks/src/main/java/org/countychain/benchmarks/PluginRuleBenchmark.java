package org.countychain.benchmarks;

import java.util.concurrent.TimeUnit;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.notice.R05ResearchGapRule;
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

/**
 * A plug-in enterprise rule against the equivalent built-in rule, side by side: R5 as the library ships it
 * ({@link R05ResearchGapRule}) and R5 written through the public SPI only ({@link PluginResearchGapRule}), each
 * alone and each among all the other built-in rules (the plug-in replacing R5), at 500,000 enterprises from
 * {@link SyntheticProvince} with seed 42. Both produce the same findings; the engine gives both the same single
 * blocked pass.
 *
 * <pre>{@code
 * java -Xmx2g -jar benchmarks/target/benchmarks.jar PluginRuleBenchmark -wi 1 -i 3 -f 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PluginRuleBenchmark {
    /** Enterprises screened. */
    @Param("500000")
    public int enterprises;

    private ProvinceDataset province;
    private RuleEngine builtInAlone;
    private RuleEngine pluginAlone;
    private RuleEngine allBuiltIn;
    private RuleEngine allWithPlugin;

    /** Generates the data and builds the engines once. */
    @Setup(Level.Trial)
    public void setUp() {
        province = SyntheticProvince.generate(42L, enterprises);
        builtInAlone = RuleEngine.builder().rule(new R05ResearchGapRule()).build();
        pluginAlone = RuleEngine.builder().rule(new PluginResearchGapRule()).build();
        allBuiltIn = RuleEngine.defaults();
        allWithPlugin = RuleEngine.builder().builtInRules().replace(new PluginResearchGapRule()).build();
        ScreeningResult a = allBuiltIn.screen(province);
        ScreeningResult b = allWithPlugin.screen(province);
        if (!a.findings().equals(b.findings()) || !b.problems().isEmpty()) {
            throw new IllegalStateException("the plug-in rule does not give the built-in rule's findings");
        }
    }

    /**
     * The built-in R5 alone.
     *
     * @return the result
     */
    @Benchmark
    public ScreeningResult builtInRuleAlone() {
        return builtInAlone.screen(province);
    }

    /**
     * The plug-in R5 alone.
     *
     * @return the result
     */
    @Benchmark
    public ScreeningResult pluginRuleAlone() {
        return pluginAlone.screen(province);
    }

    /**
     * Every built-in rule.
     *
     * @return the result
     */
    @Benchmark
    public ScreeningResult allBuiltInRules() {
        return allBuiltIn.screen(province);
    }

    /**
     * Every built-in rule, R5 replaced by the plug-in.
     *
     * @return the result
     */
    @Benchmark
    public ScreeningResult allRulesWithThePluginR5() {
        return allWithPlugin.screen(province);
    }
}
