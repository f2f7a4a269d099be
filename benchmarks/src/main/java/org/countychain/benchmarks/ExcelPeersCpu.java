package org.countychain.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The benchmarks of {@link ExcelPeersBenchmark}, one after another in one JVM, each timed by this thread's CPU time
 * ({@code ThreadMXBean}) rather than the wall clock: on a shared, loaded machine the wall time is mostly waiting for
 * a core, and a reader with more runnable threads (its own or the collector's) gets more of the machine. The CPU time
 * leaves out the collector's and the JIT compiler's threads, for every reader alike. It also leaves out the
 * library's own reading threads (the .xlsx import inflates and scans a sheet on two more threads while this one
 * checks the rows), so the process's CPU time and the wall time of each run are printed as well: the process CPU
 * counts every thread, the collector's and the compiler's included, and the CPU time of each of the library's own
 * threads ({@code countychain-xlsx-reader}: scanning the sheet and turning cells into text;
 * {@code countychain-xlsx-inflater}: inflating it) is printed per run as {@code reader} and {@code inflater}.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.ExcelPeersCpu 20000 6
 * }</pre>
 */
public final class ExcelPeersCpu {
    private ExcelPeersCpu() {
    }

    /**
     * Runs each benchmark method a number of times and prints its thread CPU times.
     *
     * @param args the rows (default 20000), the runs of each (default 6), and optionally a comma-separated list of
     *             the methods to run
     * @throws Exception when a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        ExcelPeersBenchmark b = new ExcelPeersBenchmark();
        b.rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        b.prepare();
        Map<String, Callable<?>> all = new LinkedHashMap<>();
        all.put("importLibrary", b::importLibrary);
        all.put("importLibraryStreaming", b::importLibraryStreaming);
        all.put("importDhatimReader", b::importDhatimReader);
        all.put("importEasyExcel", b::importEasyExcel);
        all.put("importFastExcel", b::importFastExcel);
        all.put("importFloor", b::importFloor);
        all.put("exportLibrary", b::exportLibrary);
        all.put("exportDhatim", b::exportDhatim);
        all.put("exportEasyExcel", b::exportEasyExcel);
        all.put("exportFastExcel", b::exportFastExcel);
        List<String> names = args.length > 2 ? List.of(args[2].split(",")) : List.copyOf(all.keySet());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            for (String name : names) {
                Callable<?> benchmark = all.get(name);
                if (benchmark == null) {
                    throw new IllegalArgumentException("no benchmark " + name + "; one of " + all.keySet());
                }
                List<String> cpu = new ArrayList<>();
                List<String> process = new ArrayList<>();
                List<String> wall = new ArrayList<>();
                List<String> reader = new ArrayList<>();
                List<String> inflater = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    System.gc();
                    long start = threads.getCurrentThreadCpuTime();
                    long processStart = processCpuNanos();
                    long wallStart = System.nanoTime();
                    Map<String, Long> stages;
                    try (LibraryThreadClock clock = new LibraryThreadClock(threads)) {
                        benchmark.call();
                        stages = clock.stop();
                    }
                    cpu.add(String.format(Locale.ROOT, "%.0f", (threads.getCurrentThreadCpuTime() - start) / 1e6));
                    process.add(String.format(Locale.ROOT, "%.0f", (processCpuNanos() - processStart) / 1e6));
                    wall.add(String.format(Locale.ROOT, "%.0f", (System.nanoTime() - wallStart) / 1e6));
                    reader.add(String.format(Locale.ROOT, "%.0f", stages.getOrDefault("reader", 0L) / 1e6));
                    inflater.add(String.format(Locale.ROOT, "%.0f", stages.getOrDefault("inflater", 0L) / 1e6));
                }
                String line = name + " thread CPU ms: " + cpu + "; process CPU ms: " + process + "; wall ms: " + wall;
                if (reader.stream().anyMatch(ms -> !ms.equals("0"))) {
                    line += "; reader thread CPU ms: " + reader + "; inflater thread CPU ms: " + inflater;
                }
                System.out.println(line);
            }
        } finally {
            cleanUp(b);
        }
    }

    /** The CPU time of every thread of this JVM; -1 when the platform does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void cleanUp(ExcelPeersBenchmark b) throws IOException {
        b.cleanUp();
    }
}
