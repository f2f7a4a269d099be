package org.countychain.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nullness is checked at compile time (NullAway) in every package marked {@code @NullMarked}: this test keeps every
 * package of the export module marked (docs/architecture.md, "Nullness"). A new package without the annotation fails
 * it; the list of exceptions is empty and may only stay so. The other library modules are kept marked by the core's
 * {@code NullMarkedPackagesTest}.
 */
class NullMarkedPackagesTest {
    /**
     * Packages whose nullness is not yet checked: none now; a package added unmarked must be marked, not listed.
     */
    static final Set<String> NOT_YET_MARKED = Set.of();

    @Test
    void everyPackageIsNullMarkedButTheListedOnes() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("src/main/java");
        assertThat(sources).isDirectory();
        Set<String> packages = new TreeSet<>();
        Set<String> unmarked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("module-info.java")).toList()) {
                String name = sources.relativize(file.getParent()).toString().replace('\\', '/').replace('/', '.');
                packages.add(name);
                Path info = file.resolveSibling("package-info.java");
                if (!Files.exists(info) || !Files.readString(info, StandardCharsets.UTF_8)
                        .contains("\n@NullMarked\npackage " + name + ";\n")) {
                    unmarked.add(name);
                }
            }
        }
        assertThat(packages).as("packages found").contains("org.countychain.export", "org.countychain.export.docx",
                "org.countychain.export.excel", "org.countychain.export.excel.internal").hasSizeGreaterThan(14);
        assertThat(unmarked).as("packages without @NullMarked (a marked one leaves NOT_YET_MARKED)")
                .isEqualTo(new TreeSet<>(NOT_YET_MARKED));
    }
}
