package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile corpus of output paths, over every command that writes: a directory, a symbolic link, a FIFO, a
 * character device and a full disk. Each case checks the exit code, the code on standard error, that no stack trace
 * is printed, and that every file left behind is complete (a JSON file parses, a workbook, document or package opens
 * with every entry readable) with no temporary file beside it.
 *
 * <p>The full disk is a small tmpfs, mounted when this runs as root with the right to mount and skipped otherwise;
 * the library's own test of {@code OutputFiles} fails a stream part-way through the real writers everywhere.
 */
class HostileOutputTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    @TempDir
    static Path inputs;

    @TempDir
    Path tmp;

    private static Path county;
    private static Path cityDir;
    private static Path badCsv;
    private static Path provinceOfOne;
    private static Path wordReport;
    private static Path fullDisk;

    @BeforeAll
    static void inputs() throws IOException {
        county = inputs.resolve("jinjiang.json");
        JSON.write(SampleCounty.jinjiang(), county);
        cityDir = Files.createDirectories(inputs.resolve("quanzhou"));
        ProvinceDataset province = SyntheticProvince.generate(3L, 300);
        JSON.write(SampleCounty.jinjiang(), cityDir.resolve("350582.json"));
        JSON.write(province.counties().stream().filter(d -> d.unitId().equals("350581")).findFirst().orElseThrow(),
                cityDir.resolve("350581.json"));
        badCsv = inputs.resolve("bad.csv");
        Files.writeString(badCsv, "统一社会信用代码,企业名称,所在县（市、区）\n91350582MA2XYK001X,甲,晋江市\n123,乙,晋江市\n");
        provinceOfOne = inputs.resolve("province.json");
        JSON.write(new ProvinceDataset(SampleCounty.jinjiang().year(), List.of(SampleCounty.jinjiang()), null,
                List.of()), provinceOfOne);
        wordReport = inputs.resolve("石狮市调研报告.docx");
        try (InputStream in = HostileOutputTest.class.getResourceAsStream("word/shishi-textile-footwear.docx")) {
            Files.copy(in, wordReport);
        }
    }

    @AfterAll
    static void unmount() {
        if (fullDisk != null) {
            run("umount", fullDisk.toString());
        }
    }

    /** Every command that writes files, writing into {@code out} (a directory or a file in it). */
    private static List<String[]> writers(Path out) {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"demo", "--out", out.resolve("demo").toString()});
        commands.add(new String[] {"template", "--out", out.resolve("模板.xlsx").toString()});
        commands.add(new String[] {"import", badCsv.toString(), "--out", out.resolve("import").toString()});
        commands.add(new String[] {"screen", county.toString(), "--out", out.resolve("screen").toString()});
        commands.add(new String[] {"consolidate", cityDir.toString(), "--city", "350500", "--out",
            out.resolve("city").toString()});
        commands.add(new String[] {"report", county.toString(), "--out", out.resolve("report.docx").toString()});
        commands.add(new String[] {"package", cityDir.toString(), "--city", "350500", "--out",
            out.resolve("泉州市.zip").toString()});
        commands.add(new String[] {"coverage", cityDir.toString(), "--city", "350500", "--out",
            out.resolve("coverage.xlsx").toString()});
        commands.add(new String[] {"coverage", cityDir.toString(), "--out", out.resolve("coverage.json").toString()});
        commands.add(new String[] {"batch", provinceOfOne.toString(), "--out", out.resolve("batch").toString(),
            "--threads", "1"});
        commands.add(new String[] {"read-report", wordReport.toString(), "--out",
            out.resolve("read/shishi.json").toString()});
        return commands;
    }

    @Test
    void everyCommandWritesItsFilesWholeWhenThereIsRoom() throws IOException {
        for (String[] command : writers(tmp)) {
            CliRunner.Result r = CliRunner.run(command);
            assertThat(r.exitCode()).as(String.join(" ", command) + "\n" + r.err()).isIn(0, 1);
            assertNoStackTrace(r);
        }
        assertEveryFileIsComplete(tmp);
    }

    /**
     * A full disk, and one with a little room left (a file of a few kilobytes fits, a larger one stops part-way):
     * every command either writes complete files or none, and says so with CC-9008 in the user's language.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 8 * 1024, 20 * 1024})
    void onAFullDiskEveryCommandLeavesCompleteFilesOrNone(int room) throws IOException {
        Path disk = fullDisk();
        for (String[] command : writers(disk)) {
            fill(disk, room);
            CliRunner.Result r = CliRunner.run(command);
            String what = String.join(" ", command) + " with " + room + " bytes free\n" + r.err();
            assertNoStackTrace(r);
            if (room == 0) {
                // Nothing fits: every command says so (package and batch list each file that failed with its code
                // in their summary on standard output, and exit 1).
                assertThat(r.err() + r.out()).as(what).contains("[CC-9008]");
                assertThat(r.exitCode()).as(what).isIn(ExitCodes.USAGE, ExitCodes.FINDINGS);
            }
            if (r.exitCode() == ExitCodes.USAGE) {
                assertThat(r.err()).as(what).contains("[CC-9008]").contains("磁盘已满，此文件未写入")
                        .doesNotContain("No space left on device");
            } else {
                // Room enough for this one (or, for package and batch, each failure listed and exit 1).
                assertThat(r.exitCode()).as(what).isIn(0, 1);
            }
            assertEveryFileIsComplete(disk);
            clear(disk);
        }
    }

    @Test
    void aDirectoryWhereAFileIsToBeWrittenIsRefusedWithItsCode() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken.xlsx"));
        for (String[] command : List.of(new String[] {"template", "--out", dir.toString()},
                new String[] {"report", county.toString(), "--out", dir.toString()},
                new String[] {"package", cityDir.toString(), "--city", "350500", "--out", dir.toString()},
                new String[] {"coverage", cityDir.toString(), "--out", dir.toString()})) {
            CliRunner.Result r = CliRunner.run(command);
            assertThat(r.exitCode()).as(command[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(command[0]).isEqualTo("错误：[CC-9002] 无法写入 " + dir + "：这是一个目录；请指定目录中的文件\n");
            assertThat(dir).isEmptyDirectory();
        }
    }

    @Test
    void aFileWhereADirectoryIsToBeWrittenIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "keep me");
        for (String[] command : List.of(new String[] {"demo", "--out", file.toString()},
                new String[] {"screen", county.toString(), "--out", file.toString()},
                new String[] {"import", badCsv.toString(), "--out", file.toString()},
                new String[] {"consolidate", cityDir.toString(), "--city", "350500", "--out", file.toString()})) {
            CliRunner.Result r = CliRunner.run(command);
            assertThat(r.exitCode()).as(command[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(command[0]).contains("[CC-9010]");
            assertNoStackTrace(r);
            assertThat(file).hasContent("keep me");
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndKept() throws IOException {
        Path real = tmp.resolve("real.docx");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.docx"), real);
        CliRunner.Result r = CliRunner.run("report", county.toString(), "--out", link.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertEveryFileIsComplete(tmp);

        Path template = Files.createSymbolicLink(tmp.resolve("template.xlsx"), tmp.resolve("not-yet.xlsx"));
        assertThat(CliRunner.run("template", "--out", template.toString()).exitCode()).isZero();
        assertThat(Files.isSymbolicLink(template)).isTrue();
        assertThat(tmp.resolve("not-yet.xlsx")).isNotEmptyFile();
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        for (String[] command : List.of(new String[] {"template", "--out"}, new String[] {"report", county.toString(),
            "--out"}, new String[] {"coverage", cityDir.toString(), "--out"})) {
            Path fifo = tmp.resolve("pipe-" + command[0]);
            assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is available");
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try (InputStream in = Files.newInputStream(fifo)) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String[] args = Stream.concat(Stream.of(command), Stream.of(fifo.toString())).toArray(String[]::new);
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
            byte[] bytes = read.get(60, TimeUnit.SECONDS);
            assertThat(bytes).as(command[0]).isNotEmpty();
            assertThat(mode(fifo) & 0xF000).isEqualTo(0x1000);
        }
    }

    @Test
    void aCharacterDeviceIsWrittenThroughAndStaysADevice() throws IOException {
        // Made here, never the system's own: a broken implementation can replace only this one.
        Path device = tmp.resolve("null");
        assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod is permitted");
        for (String[] command : List.of(new String[] {"template", "--out", device.toString()},
                new String[] {"report", county.toString(), "--out", device.toString()},
                new String[] {"package", cityDir.toString(), "--city", "350500", "--out", device.toString()})) {
            CliRunner.Result r = CliRunner.run(command);
            assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
            assertThat(mode(device) & 0xF000).as(command[0]).isEqualTo(0x2000);
        }
    }

    @Test
    void aBlockDeviceIsRefused() throws IOException {
        Path device = tmp.resolve("disk");
        assumeTrue(run("mknod", device.toString(), "b", "7", "250"), "mknod is permitted");
        CliRunner.Result r = CliRunner.run("--lang", "en", "template", "--out", device.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: [CC-9003] cannot write " + device + ": it is a block device, which is "
                + "never written to; name a regular file, a FIFO or a character device such as /dev/stdout\n");
        assertThat(mode(device) & 0xF000).isEqualTo(0x6000);
    }

    static void assertNoStackTrace(CliRunner.Result r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
        assertThat(r.exitCode()).isNotEqualTo(ExitCodes.INTERNAL_ERROR);
    }

    /** Every file under the directory is complete, and none is a left-over temporary file. */
    static void assertEveryFileIsComplete(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            assertThat(name).as("left-over file").doesNotStartWith(".").doesNotEndWith(".tmp");
            if (name.equals("filler")) {
                continue;
            }
            assertThat(Files.size(f)).as(f.toString()).isPositive();
            if (name.endsWith(".json")) {
                JSON.mapper().readTree(f.toFile());
            } else if (name.endsWith(".xlsx") || name.endsWith(".docx") || name.endsWith(".zip")) {
                try (ZipFile zip = new ZipFile(f.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                        try (InputStream in = zip.getInputStream(e.nextElement())) {
                            in.transferTo(OutputStream.nullOutputStream());
                        }
                    }
                }
            }
        }
    }

    /** A tmpfs of 256 KB, mounted once; skipped where mounting is not permitted. */
    private Path fullDisk() throws IOException {
        if (fullDisk == null) {
            Path dir = Files.createDirectories(inputs.resolve("disk"));
            assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.toString()),
                    "mounting a small tmpfs is permitted (root)");
            fullDisk = dir;
        }
        return fullDisk;
    }

    /** Fills the disk until only about {@code room} bytes are left. */
    private static void fill(Path disk, int room) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // The disk is full.
        }
        if (room > 0) {
            long size = Files.size(filler);
            try (var channel = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(Math.max(0, size - room));
            }
        }
    }

    private static void clear(Path disk) throws IOException {
        try (Stream<Path> walk = Files.walk(disk)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(disk)) {
                    Files.delete(p);
                }
            }
        }
    }

    static int mode(Path p) {
        try {
            return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
