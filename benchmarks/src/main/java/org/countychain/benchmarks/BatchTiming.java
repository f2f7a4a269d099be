package org.countychain.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.export.batch.BatchFile;
import org.countychain.export.batch.BatchPhase;
import org.countychain.export.batch.BatchResult;
import org.countychain.export.batch.ProvinceBatch;
import org.countychain.sample.SyntheticProvince;

/**
 * A measured province batch run: generates the synthetic province (20,167 enterprises, 83 counties), then exports
 * every report into a fresh temporary directory with 1 and with 2 threads, a few times each, and prints each run's
 * wall time, the process's CPU time, the files and bytes written, and the load average before the run. The first
 * run of the JVM includes class loading and JIT warm-up; that is the figure a command-line user sees.
 *
 * <pre>{@code
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.BatchTiming 3 1,2
 * }</pre>
 */
public final class BatchTiming {
    private BatchTiming() {
    }

    /**
     * Runs the timing.
     *
     * @param args the runs per thread count (default 3), and the thread counts, comma-separated (default 1,2)
     * @throws IOException when the temporary directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String[] threadCounts = (args.length > 1 ? args[1] : "1,2").split(",");
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean) os;
        long g = System.nanoTime();
        ProvinceDataset province = SyntheticProvince.generate(42L, SyntheticProvince.Scale.PROVINCE);
        System.out.printf(Locale.ROOT, "province: %d counties, %d chains, %d enterprises, generated in %.1f s%n",
                province.counties().size(), province.chainCount(), province.enterpriseCount(),
                (System.nanoTime() - g) / 1e9);
        for (int run = 1; run <= runs; run++) {
            for (String t : threadCounts) {
                int threads = Integer.parseInt(t.strip());
                Path dir = Files.createTempDirectory("countychain-batch-");
                try {
                    double load = os.getSystemLoadAverage();
                    long c0 = cpu.getProcessCpuTime();
                    long s = System.nanoTime();
                    BatchResult r = ProvinceBatch.builder().outputDirectory(dir).parallelism(threads).build()
                            .run(province);
                    long wall = System.nanoTime() - s;
                    long cpuTime = cpu.getProcessCpuTime() - c0;
                    System.out.printf(Locale.ROOT, "run %d, %d thread(s): %.2f s wall, %.2f s CPU; %d county + %d"
                                    + " city files, %.1f MB; %d failed; load average before %.2f%n",
                            run, threads, wall / 1e9, cpuTime / 1e9, r.files(BatchPhase.COUNTY_REPORTS).size(),
                            r.files(BatchPhase.CITY_REPORTS).size(),
                            r.files().stream().mapToLong(BatchFile::size).sum() / 1048576.0, r.failures().size(),
                            load);
                } finally {
                    delete(dir);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
