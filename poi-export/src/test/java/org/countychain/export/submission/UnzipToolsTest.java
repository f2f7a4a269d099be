package org.countychain.export.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package unpacked by the unzippers people use: Info-ZIP {@code unzip}, 7-Zip ({@code 7z}) and libarchive
 * ({@code bsdtar}, which is also macOS's {@code tar}). Each must extract every
 * Chinese name exactly, and each extracted file must have the manifest's SHA-256. CI installs the three tools
 * ({@code .ci/run}, which sets {@code CI=true}, under which a missing tool fails its case); elsewhere a missing tool
 * skips its case.
 */
class UnzipToolsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"unzip", "7z", "bsdtar"})
    void toolUnpacksEveryNameExactly(String tool) throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeThat(installed(tool)).as(tool + " is not installed").isTrue();
        }
        Path zip = dir.resolve("泉州市.zip");
        Files.write(zip, QuanzhouPackage.ZIP);
        Path out = Files.createDirectory(dir.resolve("out"));
        List<String> command = switch (tool) {
            case "unzip" -> List.of("unzip", "-q", zip.toString(), "-d", out.toString());
            case "7z" -> List.of("7z", "x", "-y", "-o" + out, zip.toString());
            default -> List.of("bsdtar", "-xf", zip.toString(), "-C", out.toString());
        };
        String output = run(command);
        Path root = out.resolve(QuanzhouPackage.ROOT.substring(0, QuanzhouPackage.ROOT.length() - 1));
        assertThat(root).as(output).isDirectory();
        List<String> found = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> found.add(root.relativize(p).toString().replace('\\', '/')));
        }
        List<String> expected = new ArrayList<>();
        expected.add(SubmissionPackage.MANIFEST);
        for (PackagedFile f : QuanzhouPackage.RESULT.manifest().files()) {
            expected.add(f.name());
            assertThat(QuanzhouPackage.sha256(Files.readAllBytes(root.resolve(f.name())))).as(f.name())
                    .isEqualTo(f.sha256());
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static boolean installed(String tool) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // a UTF-8 locale, as on any desktop; in the POSIX locale the tools would have to guess
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command + " finished").isTrue();
        assertThat(p.exitValue()).as(command + ":\n" + output).isZero();
        return output;
    }
}
