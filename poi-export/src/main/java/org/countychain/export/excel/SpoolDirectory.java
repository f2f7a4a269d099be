package org.countychain.export.excel;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private final long maxBytes;
    private int files;
    /** The bytes of the run files now in the directory. */
    private long used;

    private SpoolDirectory(Path path, long maxBytes) {
        this.path = path;
        this.maxBytes = maxBytes;
    }

    /**
     * Thrown when a run file cannot be written (a full disk): not an {@link UncheckedIOException}, which the
     * workbook reader takes for its own reading failing and would report as a broken workbook.
     */
    static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        @Override
        public synchronized IOException getCause() {
            Throwable cause = super.getCause();
            return cause instanceof IOException io ? io : new IOException(cause);
        }
    }

    /**
     * Thrown when writing a run file would take the directory past its limit; the import refuses the file with
     * code CC-9015 and deletes the directory.
     */
    static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        LimitReached(long limit) {
            super(null, null, false, false);
            this.limit = limit;
        }

        /**
         * The limit.
         *
         * @return bytes
         */
        long limit() {
            return limit;
        }
    }

    /**
     * Creates a directory.
     *
     * @param parent   where, or {@code null} for the system's temporary directory
     * @param maxBytes the most bytes its files may hold at a time
     * @return the directory
     * @throws UncheckedIOException when it cannot be created
     */
    static SpoolDirectory create(@Nullable Path parent, long maxBytes) {
        installHook();
        try {
            Path dir = parent == null ? Files.createTempDirectory("countychain-import-")
                    : Files.createTempDirectory(parent, "countychain-import-");
            SpoolDirectory d = new SpoolDirectory(dir, maxBytes);
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

    /**
     * A new run file, written through a count of the directory's bytes. Not through {@code OutputFiles}: a run is
     * the import's own file in its own new directory, made new ({@code CREATE_NEW}, so never a link or device
     * followed or replaced), and a run left half-written by a full disk or the limit is never read, as the import
     * fails and deletes the directory.
     *
     * @param file        the file, from {@link #newFile(String)}
     * @param bufferBytes the write buffer's size
     * @return the stream
     * @throws IOException when the file cannot be created
     */
    DataOutputStream output(Path file, int bufferBytes) throws IOException {
        OutputStream raw = Channels.newOutputStream(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
        OutputStream counted = new FilterOutputStream(raw) {
            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                count(len);
                out.write(b, off, len);
            }
        };
        return new DataOutputStream(new BufferedOutputStream(counted, bufferBytes));
    }

    private synchronized void count(long bytes) {
        if (used + bytes > maxBytes) {
            throw new LimitReached(maxBytes);
        }
        used += bytes;
    }

    /**
     * Deletes one of the directory's files, its bytes no longer counted.
     *
     * @param file the file
     */
    void release(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        delete(file);
        synchronized (this) {
            used = Math.max(0, used - size);
        }
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
