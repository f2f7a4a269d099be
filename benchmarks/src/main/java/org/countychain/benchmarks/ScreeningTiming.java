package org.countychain.benchmarks;

import java.util.Locale;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.RuleSummary;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SyntheticProvince;

/**
 * A plain timing run next to the JMH benchmark: generates one data set, screens it a few times, and prints the
 * times, the heap in use after a full collection, and the findings per rule. Run with the heap limit to check
 * (for example {@code -Xmx1g}); a run that finishes shows the data set and the screening fit in it.
 *
 * <pre>{@code
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.ScreeningTiming 500000
 * }</pre>
 */
public final class ScreeningTiming {
    private ScreeningTiming() {
    }

    /**
     * Runs the timing.
     *
     * @param args the number of enterprises (default 500000; 20167 is the province preset), and optionally
     *             {@code parallel}
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        boolean parallel = args.length > 1 && args[1].equals("parallel");
        long t0 = System.nanoTime();
        ProvinceDataset province = n == SyntheticProvince.Scale.PROVINCE.enterpriseCount()
                ? SyntheticProvince.generate(42L, SyntheticProvince.Scale.PROVINCE)
                : SyntheticProvince.generate(42L, n);
        long t1 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long dataHeap = rt.totalMemory() - rt.freeMemory();
        RuleEngine engine = RuleEngine.builder().builtInRules().parallel(parallel).build();
        ScreeningResult r = null;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            r = engine.screen(province);
            long d = System.nanoTime() - s;
            long cpu = threads.getCurrentThreadCpuTime() - c;
            best = Math.min(best, d);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf(Locale.ROOT, "run %d: %.1f ms (this thread's CPU %.1f ms)%n", i + 1, d / 1e6, cpu / 1e6);
        }
        System.gc();
        long withResult = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "enterprises %d, generated in %.1f s; best screening %.1f ms, best CPU %.1f ms"
                + " (%s)%n", province.enterpriseCount(), (t1 - t0) / 1e9, best / 1e6, bestCpu / 1e6,
                parallel ? "parallel" : "sequential");
        System.out.printf(Locale.ROOT, "heap after GC: data %d MB, data + one result %d MB, max %d MB%n",
                dataHeap >> 20, withResult >> 20, rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "findings %d%n", r.findings().size());
        for (RuleSummary s : r.rules()) {
            System.out.printf(Locale.ROOT, "  %-4s %8d  %s%n", s.ruleId(), s.findings(), s.countsByCode());
        }
    }
}
