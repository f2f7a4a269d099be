package org.countychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nullness is checked at compile time (NullAway) in every package marked {@code @NullMarked}: this test keeps every
 * package of every library module marked, but for the packages listed here, which are not yet checked. A package
 * that becomes marked must leave the list, so the list only shrinks (docs/architecture.md, "Nullness"). The export
 * module keeps its own list, in its {@code org.countychain.export.NullMarkedPackagesTest}.
 */
class NullMarkedPackagesTest {
    /**
     * The library modules but the export module, which checks its own packages; the examples and benchmarks are
     * applications and stay unchecked.
     */
    static final List<String> LIBRARY_MODULES = List.of("core", "jackson3", "validation", "spring-boot-starter",
            "test");

    /** Packages whose nullness is not yet checked, by source folder relative to the repository root. */
    static final Set<String> NOT_YET_MARKED = Set.of(
            "jackson3/src/main/java/org/countychain/jackson3",
            "validation/src/main/java/org/countychain/validation",
            "validation/src/main/java/org/countychain/validation/cfg",
            "validation/src/main/java/org/countychain/validation/constraints",
            "validation/src/main/java/org/countychain/validation/internal",
            "spring-boot-starter/src/main/java/org/countychain/spring/boot",
            "test/src/main/java/org/countychain/test",
            "test/src/main/java/org/countychain/test/docx");

    @Test
    void everyLibraryPackageIsNullMarkedButTheListedOnes() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
        Set<String> unmarked = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        for (String module : LIBRARY_MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertThat(sources).as(module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")
                        && !f.getFileName().toString().equals("module-info.java")).toList()) {
                    String folder = root.relativize(file.getParent()).toString().replace('\\', '/');
                    packages.add(folder);
                    Path info = file.resolveSibling("package-info.java");
                    if (!Files.exists(info) || !Files.readString(info, StandardCharsets.UTF_8)
                            .contains("\n@NullMarked\npackage ")) {
                        unmarked.add(folder);
                    }
                }
            }
        }
        assertThat(packages).as("packages found").hasSizeGreaterThan(30);
        assertThat(unmarked).as("packages without @NullMarked (a marked one leaves NOT_YET_MARKED)")
                .isEqualTo(new TreeSet<>(NOT_YET_MARKED));
    }
}
