package org.countychain.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.export.excel.ImportResult;

/**
 * A plain timing run next to {@link ExcelBenchmark}: imports and exports the enterprise list of a given number of
 * rows a few times and prints, for each run, the wall time and this thread's CPU time. On a shared machine the CPU
 * time is the steadier figure: it leaves out the time the thread waited for a core (the garbage collector's own
 * threads are not in it either). Run with the heap limit to check; a run that finishes shows the work fits in it.
 *
 * <pre>{@code
 * java -Xms512m -Xmx512m -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.ExcelTiming 500000 3
 * }</pre>
 */
public final class ExcelTiming {
    private ExcelTiming() {
    }

    /**
     * Runs the timing.
     *
     * @param args the number of rows (default 500000), the runs of each (default 3), and optionally
     *             {@code import} or {@code export} to run only one of them
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : "";
        Path file = ExcelData.xlsx(rows);
        Path out = Files.createTempFile("countychain-timing-out", ".xlsx");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            for (int i = 1; i <= runs; i++) {
                if (!only.equals("export")) {
                    long c = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    ImportResult r = EnterpriseImporter.defaults().importFile(file);
                    report("import", i, s, c, threads, r.rowsAccepted() + " rows, " + r.enterprises().size()
                            + " enterprises, " + r.rowsRejected() + " rejected");
                }
                if (!only.equals("import")) {
                    long c = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    EnterpriseListWriter.writeXlsx(ExcelData.enterprises(rows), out);
                    report("export", i, s, c, threads, Files.size(out) / (1024 * 1024) + " MB");
                }
            }
        } finally {
            Files.deleteIfExists(out);
        }
        System.out.printf(Locale.ROOT, "file %s, %d MB; heap max %d MB%n", file.getFileName(),
                Files.size(file) / (1024 * 1024), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void report(String what, int run, long start, long cpuStart, ThreadMXBean threads, String detail) {
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(Locale.ROOT, "%s run %d: wall %.2f s, thread CPU %.2f s (%s)%n", what, run, wall / 1e9,
                cpu / 1e9, detail);
    }
}
