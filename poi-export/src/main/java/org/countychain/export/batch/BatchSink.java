package org.countychain.export.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;


/**
 * Where a province batch writes its files (输出目标): a directory ({@link #directory(Path)}), or the caller's own
 * storage, one stream per file, for example an object store in a Spring application.
 *
 * <pre>{@code
 * BatchSink s3 = path -> storage.newUpload("reports/2024/" + path);   // hypothetical storage client
 * }</pre>
 *
 * <p>For each file the batch calls {@link #open(String)}, writes, closes the stream, then calls
 * {@link #commit(String)} when the file is complete or {@link #discard(String)} when its export failed (the
 * stream then holds a partial file). These calls come from the batch's worker threads, for different paths at the
 * same time; an implementation must be thread-safe. An {@link IOException} fails that one file (code
 * {@code CC-9001}); any other exception fails it with {@code CC-6301}; the other files go on.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BatchSink {
    /**
     * A sink that writes under a directory, created when missing: {@code DIR/350500-泉州市/…}. Each file is written
     * to a temporary file beside its target and moved into place when complete, so a failed or cancelled export
     * leaves no partial file; an existing file of the same name is replaced, other files are left alone.
     *
     * @param directory the output directory
     * @return the sink
     */
    static BatchSink directory(Path directory) {
        return new DirectorySink(directory);
    }

    /**
     * Called once before the first file, from the thread that starts the batch; a failure here stops the batch
     * before anything is written. Does nothing by default.
     *
     * @throws IOException when the target is unusable
     */
    default void prepare() throws IOException {
    }

    /**
     * Opens the stream for one file. The batch closes it.
     *
     * @param path the file's path relative to the output, with {@code /} between names; safe as a file path on
     *             Windows, macOS and Linux
     * @return the stream to write to
     * @throws IOException when it cannot be opened
     */
    OutputStream open(String path) throws IOException;

    /**
     * The file at {@code path} was written completely and its stream closed. Does nothing by default.
     *
     * @param path the file's path
     * @throws IOException when it cannot be made final (the file then counts as failed)
     */
    default void commit(String path) throws IOException {
    }

    /**
     * The export of the file at {@code path} failed after it was opened; its stream is closed and holds a partial
     * file, which should be removed. Does nothing by default.
     *
     * @param path the file's path
     * @throws IOException when it cannot be removed (ignored; the failure already recorded stands)
     */
    default void discard(String path) throws IOException {
    }
}
