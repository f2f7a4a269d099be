package org.countychain.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.countychain.export.docx.read.ReadResult;
import org.countychain.export.docx.read.ReportReader;

/**
 * The first read of a Word report in a fresh JVM, class loading included: with a file argument it reads that file;
 * without one it first writes the twenty-page report to {@code twenty-pages.docx} in the working directory (run it
 * once so, then time runs that only read). Prints the first read, a second read of the same file and the time since
 * the JVM started.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.FirstRead            # writes the file
 * java -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.FirstRead twenty-pages.docx
 * }</pre>
 */
public final class FirstRead {
    private FirstRead() {
    }

    /**
     * Reads, or writes the document to read.
     *
     * @param args the file to read, or none
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            Path file = Path.of("twenty-pages.docx");
            Files.write(file, TwentyPageReport.docx());
            System.out.println("wrote " + file.toAbsolutePath());
            return;
        }
        long beforeMain = ManagementFactory.getRuntimeMXBean().getUptime();
        Path file = Path.of(args[0]);
        long t0 = System.nanoTime();
        ReadResult first = ReportReader.defaults().read(file);
        long t1 = System.nanoTime();
        ReadResult second = ReportReader.defaults().read(file);
        long t2 = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT,
                "jvmBeforeMain=%dms firstRead=%.0fms secondRead=%.1fms sinceJvmStart=%dms items=%d findings=%d%n",
                beforeMain, (t1 - t0) / 1e6, (t2 - t1) / 1e6, ManagementFactory.getRuntimeMXBean().getUptime(),
                first.recognised().size(), second.findings().size());
    }
}
