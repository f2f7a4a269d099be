package org.countychain.export.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the batch's files under a directory: each file goes to a temporary file beside its target and is moved
 * into place when complete, so a failed or cancelled export leaves no half file.
 */
final class DirectorySink implements BatchSink {
    private final Path root;
    private final Map<String, Path> pending = new ConcurrentHashMap<>();

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
        Path tmp = Files.createTempFile(target.getParent(), ".countychain-", ".tmp");
        pending.put(path, tmp);
        return Files.newOutputStream(tmp);
    }

    @Override
    public void commit(String path) throws IOException {
        Path tmp = pending.remove(path);
        if (tmp == null) {
            return;
        }
        Path target = target(path);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void discard(String path) throws IOException {
        Path tmp = pending.remove(path);
        if (tmp != null) {
            Files.deleteIfExists(tmp);
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
