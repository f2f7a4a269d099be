package org.countychain.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;
import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;

/**
 * Writes output files whole or not at all (完整写入或不写入). Every file the library and its command line write goes
 * through here, so that a full disk, a failing exporter or an interrupted run never leaves a truncated JSON file or a
 * 0-byte workbook where the user expects a result.
 *
 * <p>What happens depends on what the path names, after following symbolic links:
 * <ul>
 *   <li><b>a regular file, or nothing yet</b>: the content is written to a hidden temporary file beside it, forced
 *   to the disk, and renamed over the target in one step; a failure deletes the temporary file and leaves the
 *   target as it was. A file that is replaced keeps its permissions.</li>
 *   <li><b>a symbolic link</b>: the link stays; what it points at is written as above (a link to nothing yet
 *   creates its target).</li>
 *   <li><b>a FIFO or a character device</b> ({@code /dev/stdout}, {@code /dev/null}, a named pipe): written
 *   through, never replaced. The content is first made in a temporary file and copied only when complete, so a
 *   failure sends nothing.</li>
 *   <li><b>a directory</b> ({@link ErrorCode#OUTPUT_IS_DIRECTORY}), <b>a block device or a socket</b>
 *   ({@link ErrorCode#OUTPUT_SPECIAL_FILE}), <b>a loop of links</b> ({@link ErrorCode#OUTPUT_LINK_LOOP}):
 *   refused before anything is written.</li>
 * </ul>
 * The directory the file goes into must exist.
 *
 * <pre>{@code
 * OutputFiles.write(Path.of("out/report.docx"), out -> exporter.write(request, out));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OutputFiles {
    /** As Linux allows (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /**
     * Content written to a stream.
     *
     * @param <T> what writing returns
     */
    @FunctionalInterface
    public interface Content<T> {
        /**
         * Writes the content. The stream is closed by {@link OutputFiles}.
         *
         * @param out the stream
         * @return what the writer returns (a result, or {@code null})
         * @throws IOException when writing fails
         */
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file whole or not at all.
     *
     * @param file    the file (see the class description for links, FIFOs and devices)
     * @param content what to write
     * @param <T>     what the content's writer returns
     * @return what the content's writer returned
     * @throws CountyChainIOException when the path cannot be written ({@link ErrorCode#IO}, or one of the codes the
     *                                class description names); any exception the content throws is passed on, in
     *                                both cases after the temporary file is removed and the target left untouched
     */
    public static <T> T write(Path file, Content<T> content) {
        Objects.requireNonNull(content, "content");
        PendingFile pending = open(file);
        boolean committed = false;
        try {
            T result = content.writeTo(pending.stream());
            pending.commit();
            committed = true;
            return result;
        } catch (IOException e) {
            throw new CountyChainIOException(String.valueOf(file), e);
        } finally {
            if (!committed) {
                pending.discard();
            }
        }
    }

    /**
     * Starts writing a file whole or not at all, for writers that cannot hand over a {@link Content}: write to
     * {@link PendingFile#stream()}, then {@link PendingFile#commit()} or {@link PendingFile#discard()}.
     *
     * @param file the file
     * @return the pending file
     * @throws CountyChainIOException when the path cannot be written
     */
    public static PendingFile open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path target = followLinks(file.toAbsolutePath(), file);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return PendingFile.replacing(target, false);
            }
            if (attributes.isRegularFile()) {
                return PendingFile.replacing(target, true);
            }
            if (attributes.isDirectory()) {
                throw refused(ErrorCode.OUTPUT_IS_DIRECTORY, List.of(String.valueOf(file)));
            }
            SpecialKind kind = SpecialKind.of(target);
            if (kind.writtenThrough) {
                return PendingFile.through(target);
            }
            throw refused(ErrorCode.OUTPUT_SPECIAL_FILE, List.of(String.valueOf(file), kind));
        } catch (IOException e) {
            throw new CountyChainIOException(String.valueOf(file), e);
        }
    }

    /** The path a chain of symbolic links ends at, which may not exist yet; the links themselves are kept. */
    private static Path followLinks(Path path, Path asGiven) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw refused(ErrorCode.OUTPUT_LINK_LOOP, List.of(String.valueOf(asGiven)));
            }
            Path link = Files.readSymbolicLink(p);
            p = p.getParent() == null ? link : p.getParent().resolve(link);
        }
        return p;
    }

    private static CountyChainIOException refused(ErrorCode code, List<?> arguments) {
        return new CountyChainIOException(code, arguments);
    }

    /** What a file that is neither regular, a directory nor a link is, from its POSIX mode where known. */
    private enum SpecialKind implements BilingualLabelled {
        FIFO("命名管道（FIFO）", "FIFO", true),
        CHARACTER_DEVICE("字符设备", "character device", true),
        BLOCK_DEVICE("块设备", "block device", false),
        SOCKET("套接字", "socket", false),
        // Without a POSIX mode to tell (another platform): written through, as a device would be.
        OTHER("特殊文件", "special file", true);

        private final BilingualText text;
        private final boolean writtenThrough;

        SpecialKind(String label, String english, boolean writtenThrough) {
            this.text = new BilingualText(label, english);
            this.writtenThrough = writtenThrough;
        }

        @Override
        public BilingualText text() {
            return text;
        }

        static SpecialKind of(Path p) {
            int mode;
            try {
                mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
                return OTHER;
            }
            return switch (mode & 0xF000) {
                case 0x1000 -> FIFO;
                case 0x2000 -> CHARACTER_DEVICE;
                case 0x6000 -> BLOCK_DEVICE;
                case 0xC000 -> SOCKET;
                default -> OTHER;
            };
        }
    }

    /**
     * A file being written: its content goes to {@link #stream()} and becomes visible at {@link #commit()}, or
     * never with {@link #discard()}. Not thread-safe.
     */
    public static final class PendingFile {
        private final Path target;
        private final Path temporary;
        private final boolean replace;
        private final boolean targetExists;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean open = true;

        private PendingFile(Path target, Path temporary, boolean replace, boolean targetExists) throws IOException {
            this.target = target;
            this.temporary = temporary;
            this.replace = replace;
            this.targetExists = targetExists;
            this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // The caller may close the stream; the channel stays open until commit or discard.
            this.stream = new FilterOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        static PendingFile replacing(Path target, boolean exists) throws IOException {
            Path dir = target.getParent();
            String name = "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp";
            return new PendingFile(target, dir == null ? Path.of(name) : dir.resolve(name), true, exists);
        }

        static PendingFile through(Path target) throws IOException {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"))
                    .resolve("countychain-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            return new PendingFile(target, tmp, false, true);
        }

        /**
         * Where the content goes. Closing it is allowed and does not commit.
         *
         * @return the stream
         */
        public OutputStream stream() {
            return stream;
        }

        /**
         * Makes the content visible at the target: renamed over it, or for a FIFO or a device copied to it.
         *
         * @throws IOException when that fails; the temporary file is then removed and the target left as it was
         */
        public void commit() throws IOException {
            if (!open) {
                throw new IllegalStateException("already committed or discarded: " + target);
            }
            try {
                stream.flush();
                channel.force(true);
                channel.close();
                if (replace) {
                    if (targetExists) {
                        keepPermissions();
                    }
                    try {
                        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } else {
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                        Files.copy(temporary, out);
                    }
                }
            } finally {
                open = false;
                closeQuietly();
                Files.deleteIfExists(temporary);
            }
        }

        /** Drops the content: the temporary file is removed and the target left as it was. Does nothing twice. */
        public void discard() {
            if (!open) {
                return;
            }
            open = false;
            closeQuietly();
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more can be done; the failure that led here is what the caller must hear about.
            }
        }

        private void closeQuietly() {
            try {
                channel.close();
            } catch (IOException e) {
                // see discard
            }
        }

        private void keepPermissions() {
            PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (from == null || to == null) {
                return;
            }
            try {
                to.setPermissions(from.readAttributes().permissions());
            } catch (IOException | SecurityException e) {
                // The default permissions are a fine second best.
            }
        }
    }
}
