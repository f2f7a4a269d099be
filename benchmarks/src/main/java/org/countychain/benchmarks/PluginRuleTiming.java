package org.countychain.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.notice.R05ResearchGapRule;
import org.countychain.sample.SyntheticProvince;

/**
 * A plain timing run beside {@link PluginRuleBenchmark} for a loaded machine: the built-in R5 and the plug-in R5
 * screened alternately in one JVM, each timed in the screening thread's CPU time (which other processes' load
 * inflates far less than wall time), then the median and minimum of each.
 *
 * <pre>{@code
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.PluginRuleTiming 500000 15
 * }</pre>
 */
public final class PluginRuleTiming {
    private PluginRuleTiming() {
    }

    /**
     * Runs the timing.
     *
     * @param args enterprises, rounds (defaults 500000 15)
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        ProvinceDataset province = SyntheticProvince.generate(42L, enterprises);
        RuleEngine[] engines = {RuleEngine.builder().rule(new R05ResearchGapRule()).build(),
            RuleEngine.builder().rule(new PluginResearchGapRule()).build(), RuleEngine.defaults(),
            RuleEngine.builder().builtInRules().replace(new PluginResearchGapRule()).build()};
        String[] names = {"built-in R5 alone", "plug-in R5 alone", "all built-in rules", "all rules, plug-in R5"};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[engines.length][rounds];
        long[][] wall = new long[engines.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int e = 0; e < engines.length; e++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                int size = engines[e].screen(province).findings().size();
                wall[e][round] = System.nanoTime() - w0;
                cpu[e][round] = threads.getCurrentThreadCpuTime() - c0;
                if (size == 0) {
                    throw new IllegalStateException("no findings");
                }
            }
        }
        int skip = Math.min(rounds - 1, 3);
        for (int e = 0; e < engines.length; e++) {
            long[] c = Arrays.copyOfRange(cpu[e], skip, rounds);
            long[] w = Arrays.copyOfRange(wall[e], skip, rounds);
            Arrays.sort(c);
            Arrays.sort(w);
            out.printf(Locale.ROOT, "%-24s CPU median %6.0f ms, min %6.0f ms; wall median %6.0f ms (%d rounds after %d"
                    + " warm-up)%n", names[e], c[c.length / 2] / 1e6, c[0] / 1e6, w[w.length / 2] / 1e6, c.length, skip);
        }
    }
}
