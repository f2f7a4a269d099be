package org.countychain.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.countychain.CountyChainException;
import org.countychain.architecture.ArchitectureRules.Module;
import org.countychain.export.docx.DocxExporter;
import org.countychain.jackson3.CountyChainJacksonModule;
import org.countychain.spring.boot.CountyChainValidationException;
import org.countychain.test.SampleData;
import org.countychain.validation.CountyChainValidator;
import org.junit.jupiter.api.Test;

/**
 * A library module's service providers are declared twice: in {@code module-info} ({@code provides}), which a
 * module-path application reads, and in {@code META-INF/services}, which a class-path application reads. The two
 * drift silently (a provider added to one is missing in the other for half the users), so for each library module
 * the two must name the same services with the same providers, both ways. The module descriptors and service files
 * are read from the built modules, as an application would find them.
 */
class ServiceDeclarationsTest {
    /** A class of each library module, to find where the module was built; examples is an application. */
    private static final Map<Module, Class<?>> LIBRARY_MODULES = new EnumMap<>(Map.of(
            Module.CORE, CountyChainException.class,
            Module.JACKSON3, CountyChainJacksonModule.class,
            Module.VALIDATION, CountyChainValidator.class,
            Module.POI_EXPORT, DocxExporter.class,
            Module.SPRING_BOOT_STARTER, CountyChainValidationException.class,
            Module.TEST_KIT, SampleData.class));

    @Test
    void everyLibraryModuleIsChecked() {
        assertThat(LIBRARY_MODULES.keySet()).as("every module but the examples application")
                .containsExactlyInAnyOrder(Stream.of(Module.values()).filter(m -> m != Module.EXAMPLES)
                        .toArray(Module[]::new));
    }

    @Test
    void providesAndServiceFilesAgreeInEveryLibraryModule() throws IOException {
        Map<String, Map<String, List<String>>> provided = new TreeMap<>();
        for (Map.Entry<Module, Class<?>> e : LIBRARY_MODULES.entrySet()) {
            ModuleReference module = builtModule(e.getValue());
            String name = e.getKey().directory() + " (" + module.descriptor().name() + ")";
            Map<String, List<String>> inModuleInfo = provides(module.descriptor());
            Map<String, List<String>> inServiceFiles = serviceFiles(module);
            assertThat(inServiceFiles).as("META-INF/services of %s against its module-info's provides", name)
                    .isEqualTo(inModuleInfo);
            provided.put(name, inModuleInfo);
        }
        // The check compares something: these modules provide services (a rule set, a Jackson module, the
        // constraint validators, the Word exporter), so an empty reading on both sides cannot pass.
        assertThat(provided.values().stream().mapToInt(Map::size).sum()).as("services provided: %s", provided)
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aProviderMissingOnEitherSideIsReported() {
        ModuleDescriptor descriptor = ModuleDescriptor.newModule("m")
                .provides("s.Service", List.of("p.One", "p.Two")).build();
        assertThat(provides(descriptor)).isNotEqualTo(Map.of("s.Service", List.of("p.One")))
                .isNotEqualTo(Map.of("s.Service", List.of("p.One", "p.Two"), "s.Other", List.of("p.Three")))
                .isEqualTo(Map.of("s.Service", List.of("p.One", "p.Two")));
        assertThat(providers("# a comment\n p.Two # why\n\np.One\n")).containsExactly("p.One", "p.Two");
    }

    private static ModuleReference builtModule(Class<?> type) {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Set<ModuleReference> found = ModuleFinder.of(location).findAll();
        assertThat(found).as("the module built at %s", location).hasSize(1);
        ModuleReference module = found.iterator().next();
        assertThat(module.descriptor().isAutomatic()).as("%s has a module-info", location).isFalse();
        return module;
    }

    private static Map<String, List<String>> provides(ModuleDescriptor descriptor) {
        return descriptor.provides().stream().collect(Collectors.toMap(ModuleDescriptor.Provides::service,
                p -> p.providers().stream().sorted().toList(), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, List<String>> serviceFiles(ModuleReference module) throws IOException {
        Map<String, List<String>> services = new TreeMap<>();
        try (ModuleReader reader = module.open(); Stream<String> names = reader.list()) {
            for (String entry : names.filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/")).toList()) {
                Optional<InputStream> in = reader.open(entry);
                try (InputStream s = in.orElseThrow()) {
                    services.put(entry.substring("META-INF/services/".length()),
                            providers(new String(s.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return services;
    }

    /** The provider names of a services file: one a line, {@code #} starting a comment, white space ignored. */
    private static List<String> providers(String file) {
        return file.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).sorted().toList();
    }
}
