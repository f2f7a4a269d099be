package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each library module's descriptor: a real {@code module-info} (not an automatic module), every API and SPI package
 * exported and nothing else; an {@code internal} package only to sibling modules of the library.
 */
class ModuleDescriptorsTest {
    private static final Set<String> LIBRARY = Set.of("org.countychain.core", "org.countychain.jackson3",
            "org.countychain.validation", "org.countychain.poiexport", "org.countychain.spring.boot",
            "org.countychain.test");

    /** The library's descriptors, read from every module and class path entry of this JVM. */
    private static Map<String, ModuleDescriptor> libraryDescriptors() {
        Map<String, ModuleDescriptor> found = new TreeMap<>();
        Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
                .filter(p -> !p.isBlank())
                .forEach(entry -> {
                    try {
                        for (ModuleReference ref : ModuleFinder.of(Path.of(entry)).findAll()) {
                            if (ref.descriptor().name().startsWith("org.countychain.")) {
                                found.putIfAbsent(ref.descriptor().name(), ref.descriptor());
                            }
                        }
                    } catch (FindException notAModule) {
                        // a jar whose file name makes no module name: not the library's
                    }
                });
        return found;
    }

    /** The packages of a library module that hold classes (a folder of data files is a package to the JVM too). */
    private static Set<String> classPackages(String module) {
        ModuleReference ref = ModuleLayer.boot().configuration().findModule(module)
                .map(java.lang.module.ResolvedModule::reference)
                .orElseGet(() -> findReference(module));
        try (java.lang.module.ModuleReader reader = ref.open()) {
            return reader.list().filter(r -> r.endsWith(".class") && r.contains("/"))
                    .map(r -> r.substring(0, r.lastIndexOf('/')).replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ModuleReference findReference(String module) {
        return Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Stream.of(p.split(File.pathSeparator))).filter(p -> !p.isBlank())
                .flatMap(p -> {
                    try {
                        return ModuleFinder.of(Path.of(p)).find(module).stream();
                    } catch (FindException e) {
                        return Stream.empty();
                    }
                }).findFirst().orElseThrow();
    }

    private static boolean isInternal(String pkg) {
        return Stream.of(pkg.split("\\.")).anyMatch("internal"::equals);
    }

    @Test
    void everyLibraryModuleHasADescriptor() {
        Map<String, ModuleDescriptor> descriptors = libraryDescriptors();
        assertThat(descriptors.keySet()).containsAll(LIBRARY);
        assertThat(descriptors.values()).filteredOn(d -> LIBRARY.contains(d.name()))
                .allSatisfy(d -> {
                    assertThat(d.isAutomatic()).as("%s is automatic", d.name()).isFalse();
                    assertThat(d.isOpen()).as("%s is an open module", d.name()).isFalse();
                });
    }

    @Test
    void onlyApiAndSpiPackagesAreExported() {
        Map<String, ModuleDescriptor> descriptors = libraryDescriptors();
        int internalPackages = 0;
        for (String name : LIBRARY) {
            ModuleDescriptor d = descriptors.get(name);
            Set<String> api = d.packages().stream().filter(p -> !isInternal(p))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> exported = d.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
            assertThat(api).as("packages of %s that are not internal", name).containsAll(exported);
            Set<String> resourceOnly = new TreeSet<>(api);
            resourceOnly.removeAll(exported);
            assertThat(classPackages(name)).filteredOn(resourceOnly::contains)
                    .as("packages with classes of %s that it does not export", name).isEmpty();
            d.exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(e -> {
                assertThat(isInternal(e.source())).as("%s exports %s to some modules", name, e.source()).isTrue();
                assertThat(LIBRARY).as("modules %s exports %s to", name, e.source()).containsAll(e.targets());
            });
            internalPackages += (int) d.packages().stream().filter(ModuleDescriptorsTest::isInternal).count();
        }
        assertThat(internalPackages).as("internal packages of the library").isGreaterThanOrEqualTo(8);
    }

    /**
     * Every library module reads the nullness annotations of its own API itself, statically (nothing reads them at
     * run time, so an application need not ship them) and transitively (a module compiled against it sees them).
     */
    @Test
    void everyLibraryModuleRequiresTheNullnessAnnotationsStaticallyAndTransitively() {
        Map<String, ModuleDescriptor> descriptors = libraryDescriptors();
        for (String name : LIBRARY) {
            assertThat(descriptors.get(name).requires()).as("requires of %s", name)
                    .filteredOn(r -> r.name().equals("org.jspecify")).singleElement()
                    .extracting(ModuleDescriptor.Requires::modifiers)
                    .isEqualTo(Set.of(ModuleDescriptor.Requires.Modifier.STATIC,
                            ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        }
    }

    /** In a named module META-INF/services is not read: each service the jars list is also a "provides". */
    @Test
    void everyServiceIsProvided() {
        Map<String, ModuleDescriptor> d = libraryDescriptors();
        assertThat(providers(d.get("org.countychain.core"), "org.countychain.rules.spi.PolicyRule"))
                .hasSizeGreaterThanOrEqualTo(14).allMatch(c -> c.startsWith("org.countychain.rules.notice."));
        assertThat(providers(d.get("org.countychain.poiexport"), "org.countychain.export.spi.ReportExporter"))
                .containsExactly("org.countychain.export.docx.DocxExporter");
        assertThat(providers(d.get("org.countychain.jackson3"), "tools.jackson.databind.JacksonModule"))
                .containsExactly("org.countychain.jackson3.CountyChainJacksonModule");
        assertThat(providers(d.get("org.countychain.validation"), "jakarta.validation.ConstraintValidator"))
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(d.get("org.countychain.core").uses()).contains("org.countychain.rules.spi.PolicyRule");
        assertThat(d.get("org.countychain.poiexport").uses()).contains("org.countychain.export.spi.ReportExporter",
                "org.countychain.export.docx.spi.DocxContributor");
    }

    private static java.util.List<String> providers(ModuleDescriptor d, String service) {
        return d.provides().stream().filter(p -> p.service().equals(service))
                .flatMap(p -> p.providers().stream()).toList();
    }

    @Test
    void internalPackagesAreOpenedOnlyToTheFrameworksThatCreateTheirClasses() {
        for (ModuleDescriptor d : libraryDescriptors().values()) {
            d.opens().stream().filter(o -> isInternal(o.source())).forEach(o -> assertThat(o.targets())
                    .as("%s opens %s to", d.name(), o.source()).containsExactly("org.hibernate.validator"));
        }
    }
}
