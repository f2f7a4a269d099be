package org.countychain.benchmarks.poitl;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.countychain.export.model.ExportRequest;

/**
 * One export in a fresh JVM, for the cold-start and small-heap figures:
 * {@code java -Xmx48m -cp benchmarks-poitl.jar org.countychain.benchmarks.poitl.FirstExport library 5000 out.docx}.
 * Building the input is not counted; the export's own time is, class loading included, and so is the time since
 * the JVM started. Prints one line; exits 1 when the export fails (an {@code OutOfMemoryError} among others).
 */
public final class FirstExport {
    private FirstExport() {
    }

    /**
     * Runs one export.
     *
     * @param args {@code library|poitl|floor}, the appendix rows, the output file
     * @throws Exception when writing fails
     */
    public static void main(String[] args) throws Exception {
        String which = args[0];
        int rows = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        ExportRequest request = rows == 0 ? Documents.sample() : Documents.withAppendix(rows);
        long start;
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (which) {
                case "library" -> {
                    start = System.nanoTime();
                    Documents.library(request, out);
                }
                case "poitl" -> {
                    PoiTl p = new PoiTl(request);
                    start = System.nanoTime();
                    p.write(out);
                }
                case "floor" -> {
                    Floor f = new Floor(request);
                    start = System.nanoTime();
                    f.write(out);
                }
                default -> throw new IllegalArgumentException("library, poitl or floor: " + which);
            }
        }
        long exportMs = (System.nanoTime() - start) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s rows=%d export=%d ms, since JVM start=%d ms, max heap=%d MB, bytes=%d%n", which, rows,
                exportMs, sinceJvmStart, rt.maxMemory() / (1024 * 1024), Files.size(file));
    }
}
