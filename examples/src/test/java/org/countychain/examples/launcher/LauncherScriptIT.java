package org.countychain.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bin/countychain} launcher against the built jar: the first run writes a class-data-sharing archive
 * whole, later runs use it, and every run gives the same output, exit code and an empty standard error as
 * {@code java -jar}; a damaged archive, an unwritable cache and a missing jar are handled without noise.
 */
class LauncherScriptIT {
    private static Path jar;
    private static Path launcher;

    @TempDir
    Path dir;

    @BeforeAll
    static void locate() {
        jar = Path.of(System.getProperty("countychain.cli.jar", "target/countychain-examples.jar"));
        launcher = Path.of(System.getProperty("countychain.cli.launcher", "bin/countychain"));
        assertThat(jar).isRegularFile();
        assertThat(launcher).isRegularFile();
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    }

    @Test
    void firstRunWritesTheArchiveAndLaterRunsGiveTheSameResult() throws Exception {
        Path cds = dir.resolve("cds");
        Path data = writeDemo();
        Run plain = run(List.of(javaBinary(), "-jar", jar.toString(), "validate", "--lang", "zh", data.toString()),
                Map.of());
        Run first = launch(cds, "validate", "--lang", "zh", data.toString());
        assertThat(archives(cds)).hasSize(1);
        Path archive = archives(cds).get(0);
        long size = Files.size(archive);
        Run second = launch(cds, "validate", "--lang", "zh", data.toString());

        assertThat(plain.exit).isZero();
        for (Run r : List.of(first, second)) {
            assertThat(r.exit).isEqualTo(plain.exit);
            assertThat(r.out).isEqualTo(plain.out);
            assertThat(r.err).isEqualTo(plain.err).isEmpty();
        }
        assertThat(size).isPositive();
        assertThat(archives(cds)).containsExactly(archive);
        assertThat(Files.size(archive)).isEqualTo(size);
        try (Stream<Path> files = Files.list(cds)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        Path cds = dir.resolve("cds");
        Run missing = launch(cds, "validate", "--lang", "zh", dir.resolve("no-such-file.json").toString());
        Run plain = run(List.of(javaBinary(), "-jar", jar.toString(), "validate",
                "--lang", "zh", dir.resolve("no-such-file.json").toString()), Map.of());
        assertThat(missing.exit).isEqualTo(plain.exit).isEqualTo(2);
        assertThat(missing.err).isEqualTo(plain.err);
        // a failed command still leaves a whole archive or none, never a temporary file
        try (Stream<Path> files = Files.list(cds)) {
            assertThat(files).allMatch(p -> p.getFileName().toString().endsWith(".jsa"));
        }
        Run again = launch(cds, "validate", "--lang", "zh", dir.resolve("no-such-file.json").toString());
        assertThat(again.exit).isEqualTo(2);
        assertThat(again.err).isEqualTo(plain.err);
    }

    @Test
    void aDamagedArchiveIsIgnoredQuietly() throws Exception {
        Path cds = dir.resolve("cds");
        Path data = writeDemo();
        launch(cds, "validate", "--lang", "zh", data.toString());
        Path archive = archives(cds).get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));
        Run r = launch(cds, "validate", "--lang", "zh", data.toString());
        assertThat(r.exit).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("校验通过");
    }

    @Test
    void anUnwritableCacheRunsWithoutAnArchive() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Path data = writeDemo();
        // a cache directory below a regular file can never be made, whoever runs the test
        Run r = launch(file.resolve("cds"), "validate", "--lang", "zh", data.toString());
        assertThat(r.exit).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("校验通过");
    }

    @Test
    void aMissingJarIsNamedInBothLanguages() throws Exception {
        Run r = run(List.of(launcher.toString(), "validate", "x.json"),
                Map.of("COUNTYCHAIN_JAR", dir.resolve("gone.jar").toString(), "COUNTYCHAIN_CDS_DIR",
                        dir.resolve("cds").toString()));
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("找不到 countychain-examples.jar").contains("not found").doesNotContain("Exception");
        assertThat(r.out).isEmpty();
    }

    @Test
    void shortCommandsOnOneCountyStartQuicklyLongRunsKeepTheJvmDefaults() throws Exception {
        Path cds = dir.resolve("cds");
        Path data = writeDemo();
        String quickJit = "-XX:TieredStopAtLevel=1";
        String quickGc = "-XX:+UseSerialGC";
        Map<String, String> flags = Map.of("COUNTYCHAIN_JAVA_OPTS", "-XX:+PrintCommandLineFlags");

        Run validate = launch(cds, flags, "validate", "--lang", "zh", data.toString());
        assertThat(validate.exit).isZero();
        assertThat(validate.out).contains(quickJit, quickGc, "校验通过");
        assertThat(validate.err).isEmpty();
        // the option before the command, and its value, are not taken for the command
        assertThat(launch(cds, flags, "--lang", "en", "validate", data.toString()).out).contains(quickJit, quickGc);
        assertThat(launch(cds, flags, "--lang", "en", "coverage", "--help").out).doesNotContain(quickJit, quickGc);

        // a file too big to be one county
        Path big = dir.resolve("province.json");
        Files.write(big, new byte[4 * 1024 * 1024 + 1]);
        assertThat(launch(cds, flags, "validate", big.toString()).out).doesNotContain(quickJit, quickGc);

        Map<String, String> off = Map.of("COUNTYCHAIN_JAVA_OPTS", "-XX:+PrintCommandLineFlags",
                "COUNTYCHAIN_QUICK_START", "no");
        assertThat(launch(cds, off, "validate", data.toString()).out).doesNotContain(quickJit, quickGc);
        // the user's own collector wins, and the JVM does not stop at two of them
        Run parallel = launch(cds, Map.of("COUNTYCHAIN_JAVA_OPTS", "-XX:+UseParallelGC -XX:+PrintCommandLineFlags"),
                "validate", "--lang", "zh", data.toString());
        assertThat(parallel.exit).isZero();
        assertThat(parallel.out).contains("-XX:+UseParallelGC", "校验通过").doesNotContain(quickJit, quickGc);
        assertThat(parallel.err).isEmpty();
    }

    private Path writeDemo() throws Exception {
        Path out = dir.resolve("demo");
        if (!Files.exists(out.resolve("jinjiang-2024.json"))) {
            Run r = run(List.of(javaBinary(), "-jar", jar.toString(), "demo", "--out", out.toString()), Map.of());
            assertThat(r.exit).isZero();
        }
        return out.resolve("jinjiang-2024.json");
    }

    private Run launch(Path cds, String... args) throws Exception {
        return launch(cds, Map.of(), args);
    }

    private Run launch(Path cds, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Map<String, String> all = new HashMap<>(env);
        all.put("COUNTYCHAIN_JAR", jar.toAbsolutePath().toString());
        all.put("COUNTYCHAIN_CDS_DIR", cds.toString());
        return run(command, all);
    }

    private static List<Path> archives(Path cds) throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("COUNTYCHAIN_JAVA_OPTS");
        pb.environment().remove("COUNTYCHAIN_QUICK_START");
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("LC_ALL", "C.UTF-8");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
