package org.countychain.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command line in a child JVM of 64 MB heap, with its own temporary directory: what the bounded-memory tests of
 * the spooled import run, and how they see that no spool directory is left.
 */
final class SmallHeapCli {
    private SmallHeapCli() {
    }

    /**
     * Starts the command line.
     *
     * @param temporary the child's {@code java.io.tmpdir}, where the import spools
     * @param console   where its standard output and standard error go, together
     * @param args      the command and its options
     * @return the process, started
     * @throws IOException when it cannot be started
     */
    static Process start(Path temporary, Path console, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-Djava.io.tmpdir=" + temporary, "-cp",
                System.getProperty("java.class.path"), CountyChainCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    /**
     * The spool directories in {@code d} (POI's error workbook writer leaves its own {@code poifiles} there).
     *
     * @param d a temporary directory
     * @return the import's spool directories in it
     * @throws IOException when it cannot be listed
     */
    static List<Path> spoolDirectories(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(f -> f.getFileName().toString().startsWith("countychain-import-")).toList();
        }
    }
}
