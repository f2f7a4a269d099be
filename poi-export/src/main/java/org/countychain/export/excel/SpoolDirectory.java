package org.countychain.export.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The temporary directory of one spooled import (暂存目录): created on open, deleted with everything in it on
 * {@link #delete()}, and, should the JVM end first (Ctrl-C, {@code System.exit}), by a shutdown hook, so that no run
 * file is left behind on success, failure or interrupt. Only the JVM killing itself outright ({@code kill -9}, a
 * crash) leaves it; its name starts with {@code countychain-import-} so that it can be found.
 */
final class SpoolDirectory implements AutoCloseable {
    /** The directories not yet deleted, for the shutdown hook. */
    private static final Set<SpoolDirectory> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private final Path path;
    private int files;

    private SpoolDirectory(Path path) {
        this.path = path;
    }

    /**
     * Creates a directory.
     *
     * @param parent where, or {@code null} for the system's temporary directory
     * @return the directory
     * @throws UncheckedIOException when it cannot be created
     */
    static SpoolDirectory create(@Nullable Path parent) {
        installHook();
        try {
            Path dir = parent == null ? Files.createTempDirectory("countychain-import-")
                    : Files.createTempDirectory(parent, "countychain-import-");
            SpoolDirectory d = new SpoolDirectory(dir);
            OPEN.add(d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void installHook() {
        if (!hookInstalled) {
            Thread hook = new Thread(() -> OPEN.forEach(SpoolDirectory::deleteFiles), "countychain-import-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            hookInstalled = true;
        }
    }

    /**
     * The directory.
     *
     * @return its path
     */
    Path path() {
        return path;
    }

    /**
     * A new file name in the directory (the file is not created).
     *
     * @param prefix the name's start
     * @return the path
     */
    synchronized Path newFile(String prefix) {
        return path.resolve(prefix + "-" + files++ + ".run");
    }

    /** Deletes the directory and its files; again is harmless. */
    void delete() {
        deleteFiles();
        OPEN.remove(this);
    }

    @Override
    public void close() {
        delete();
    }

    private void deleteFiles() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> list = Files.list(path)) {
            list.forEach(SpoolDirectory::delete);
        } catch (IOException e) {
            // listing failed: delete what can be deleted below
        }
        delete(path);
    }

    /**
     * Deletes a file, leaving it when it cannot be deleted (the directory's deletion reports nothing either).
     *
     * @param file the file
     */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind: a temporary file in a temporary directory
        }
    }
}
