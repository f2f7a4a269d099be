package org.countychain.export.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.countychain.io.OutputFiles;

/**
 * Writes the batch's files under a directory, each whole or not at all ({@link OutputFiles}): a failed or
 * cancelled export leaves no half file, and a link or a device in the way is never replaced.
 */
final class DirectorySink implements BatchSink {
    private final Path root;
    private final Map<String, OutputFiles.PendingFile> pending = new ConcurrentHashMap<>();

    /**
     * A sink for a directory.
     *
     * @param root the directory; created when missing
     */
    DirectorySink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The directory.
     *
     * @return the absolute directory
     */
    Path root() {
        return root;
    }

    @Override
    public void prepare() throws IOException {
        Files.createDirectories(root);
    }

    @Override
    public OutputStream open(String path) throws IOException {
        Path target = target(path);
        Files.createDirectories(target.getParent());
        OutputFiles.PendingFile file = OutputFiles.open(target);
        pending.put(path, file);
        return file.stream();
    }

    @Override
    public void commit(String path) throws IOException {
        OutputFiles.PendingFile file = pending.remove(path);
        if (file != null) {
            file.commit();
        }
    }

    @Override
    public void discard(String path) throws IOException {
        OutputFiles.PendingFile file = pending.remove(path);
        if (file != null) {
            file.discard();
        }
    }

    private Path target(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("not a path under the output directory: " + path);
        }
        return target;
    }
}
