package org.countychain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files are written whole or not at all, and what a path names decides how: regular files are replaced in
 * one step, links kept and written through, FIFOs and character devices written through, directories, block devices,
 * sockets and link loops refused before anything is written.
 */
class OutputFilesTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();

    @TempDir
    Path dir;

    /** A stream that fails as a full disk does, after a number of bytes. */
    static final class FailsAfter extends FilterOutputStream {
        private long left;

        FailsAfter(OutputStream out, long bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, (int) left);
                left = 0;
                throw new IOException("No space left on device");
            }
            left -= len;
            out.write(b, off, len);
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenWholeAndNothingElseIsLeftInItsDirectory() throws IOException {
        Path file = dir.resolve("county.json");
        JSON.write(COUNTY, file);
        assertThat(JSON.readCountyDataset(file)).isEqualTo(COUNTY);
        assertThat(names()).containsExactly("county.json");
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Path file = dir.resolve("county.json");
        JSON.write(COUNTY, file);
        Path plain = Files.writeString(dir.resolve("plain"), "");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void whenTheWriterFailsHalfWayTheOldFileStaysAsItWasAndNoTemporaryFileIsLeft() throws IOException {
        Path file = dir.resolve("county.json");
        Files.writeString(file, "{\"old\":true}\n");
        for (long after : new long[] {0, 1, 4096, 100_000}) {
            assertThatThrownBy(() -> OutputFiles.write(file, out -> {
                // The real JSON writer, on a disk that fills up after this many bytes.
                JSON.write(COUNTY, new FailsAfter(out, after));
                return null;
            })).isInstanceOfSatisfying(CountyChainIOException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_NO_SPACE));
            assertThat(Files.readString(file)).isEqualTo("{\"old\":true}\n");
            assertThat(names()).containsExactly("county.json");
        }
    }

    @Test
    void whenTheWriterFailsOnANewFileNoFileAppears() {
        Path file = dir.resolve("new.json");
        assertThatThrownBy(() -> OutputFiles.write(file, out -> {
            out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("an exporter's bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(file).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Path file = dir.resolve("county.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        JSON.write(COUNTY, file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(JSON.readCountyDataset(file)).isEqualTo(COUNTY);
    }

    @Test
    void aSymbolicLinkIsKeptAndWhatItPointsAtIsReplaced() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("county.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "county.json"));
        JSON.write(COUNTY, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "county.json"));
        assertThat(JSON.readCountyDataset(real)).isEqualTo(COUNTY);
    }

    @Test
    void aLinkToNothingYetCreatesItsTargetAndStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("target.json"));
        JSON.write(COUNTY, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(JSON.readCountyDataset(dir.resolve("target.json"))).isEqualTo(COUNTY);
    }

    @Test
    void aLoopOfLinksIsRefused() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertRefused(a, ErrorCode.OUTPUT_LINK_LOOP, "symbolic links go round in a loop");
        assertThat(Files.isSymbolicLink(a) && Files.isSymbolicLink(b)).isTrue();
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out"));
        assertRefused(sub, ErrorCode.OUTPUT_IS_DIRECTORY, "it is a directory");
        assertThat(sub).isEmptyDirectory();
        // Also through a link to it.
        Path link = Files.createSymbolicLink(dir.resolve("link"), sub);
        assertRefused(link, ErrorCode.OUTPUT_IS_DIRECTORY, "it is a directory");
    }

    @Test
    void aMissingDirectoryIsAnIoError() {
        assertThatThrownBy(() -> JSON.write(COUNTY, dir.resolve("missing").resolve("county.json")))
                .isInstanceOfSatisfying(CountyChainIOException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_NOT_FOUND));
    }

    // Devices are made inside the test's directory (as root; skipped otherwise): a test never names the system's own
    // devices, so that a broken implementation replaces nothing outside it.

    @Test
    void aCharacterDeviceIsWrittenThroughAndStaysADevice() throws IOException {
        Path devNull = dir.resolve("null");
        assumeTrue(mknod(devNull, "c", 1, 3), "mknod is permitted");
        assumeTrue(isCharacterDevice(devNull));
        JSON.write(COUNTY, devNull);
        assertThat(isCharacterDevice(devNull)).isTrue();
        // Through a link too, the way /dev/stdout is one.
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), devNull);
        JSON.write(COUNTY, link);
        assertThat(isCharacterDevice(devNull)).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFifoIsWrittenThroughWithTheWholeContentAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        JSON.write(COUNTY, fifo);
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(JSON.writeToBytes(COUNTY));
        assertThat(mode(fifo) & 0xF000).isEqualTo(0x1000);
    }

    @Test
    void aFifoGetsNothingWhenTheWriterFails() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        assertThatThrownBy(() -> OutputFiles.write(fifo, out -> {
            JSON.write(COUNTY, new FailsAfter(out, 1000));
            return null;
        })).isInstanceOf(CountyChainException.class);
        // Nothing opened the FIFO for writing (opening it would have blocked without a reader).
        assertThat(mode(fifo) & 0xF000).isEqualTo(0x1000);
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path socket = dir.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assumeTrue(mode(socket) != 0);
            assertRefused(socket, ErrorCode.OUTPUT_SPECIAL_FILE, "socket");
            assertThat(mode(socket) & 0xF000).isEqualTo(0xC000);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no UNIX domain sockets here");
        }
    }

    @Test
    void aBlockDeviceIsRefusedBeforeAnythingIsWritten() throws IOException {
        // A loop device number; the refusal comes before the device is ever opened.
        Path device = dir.resolve("disk");
        assumeTrue(mknod(device, "b", 7, 250), "mknod is permitted");
        Path link = Files.createSymbolicLink(dir.resolve("disk.xlsx"), device);
        assertRefused(link, ErrorCode.OUTPUT_SPECIAL_FILE, "block device");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(mode(device) & 0xF000).isEqualTo(0x6000);
    }

    @Test
    void aRefusalReadsInChineseToo() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> JSON.write(COUNTY, sub)).isInstanceOfSatisfying(CountyChainIOException.class,
                e -> assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-9002] 无法写入 " + sub
                        + "：这是一个目录；请指定目录中的文件"));
    }

    @Test
    void aPendingFileIsInvisibleUntilCommittedAndGoneWhenDiscarded() throws IOException {
        Path file = dir.resolve("a.txt");
        OutputFiles.PendingFile pending = OutputFiles.open(file);
        pending.stream().write('x');
        pending.stream().close();
        assertThat(file).doesNotExist();
        pending.commit();
        assertThat(file).hasContent("x");
        assertThatThrownBy(pending::commit).isInstanceOf(IllegalStateException.class);

        OutputFiles.PendingFile dropped = OutputFiles.open(file);
        dropped.stream().write('y');
        dropped.discard();
        dropped.discard();
        assertThat(file).hasContent("x");
        assertThat(names()).containsExactly("a.txt");
    }

    private static void assertRefused(Path path, ErrorCode code, String message) {
        assertThatThrownBy(() -> JSON.write(COUNTY, path)).isInstanceOfSatisfying(CountyChainIOException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.getMessage(Locale.ENGLISH)).contains(message).startsWith("[" + code.code() + "]");
        });
    }

    private static boolean isCharacterDevice(Path p) {
        return (mode(p) & 0xF000) == 0x2000;
    }

    private static int mode(Path p) {
        try {
            return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    private static boolean mkfifo(Path p) {
        return run("mkfifo", p.toString());
    }

    private static boolean mknod(Path p, String type, int major, int minor) {
        return run("mknod", p.toString(), type, Integer.toString(major), Integer.toString(minor));
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
