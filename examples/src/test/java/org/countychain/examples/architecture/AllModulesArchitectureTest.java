package org.countychain.examples.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.architecture.ArchitectureRules.ROOT;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.CopyOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.countychain.CountyChainException;
import org.countychain.Experimental;
import org.countychain.Stable;
import org.countychain.architecture.ArchitectureRules;
import org.countychain.architecture.ArchitectureRules.Module;
import org.countychain.examples.cli.CountyChainCli;
import org.countychain.export.excel.internal.SheetXmlWriter;
import org.countychain.io.OutputFiles;
import org.countychain.export.docx.DocxExporter;
import org.countychain.jackson3.CountyChainJacksonModule;
import org.countychain.spring.boot.CountyChainValidationException;
import org.countychain.test.SampleData;
import org.countychain.validation.CountyChainValidator;

/**
 * The architecture rules over every module's main classes on this class path: core, jackson3, validation,
 * poi-export and examples itself (the modules the command-line tool does not use are test dependencies here). Modules are told apart by the jar or directory a class comes from, since they share the
 * {@code org.countychain} package root.
 */
@AnalyzeClasses(packages = ROOT, importOptions = ArchitectureRules.MainCodeOnly.class)
class AllModulesArchitectureTest {
    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles(ROOT);

    @ArchTest
    static final ArchRule coreUsesNeitherPoiNorHibernate = ArchitectureRules.noPoiOrHibernate(Module.CORE.classes());

    @ArchTest
    static final ArchRule apiDoesNotExposeInternals = ArchitectureRules.apiDoesNotExposeInternals(ROOT);

    @ArchTest
    static final ArchRule onlyExamplesUseStandardStreams = ArchitectureRules.noStandardStreams(
            resideInAPackage(ROOT + "..").and(not(Module.EXAMPLES.classes())));

    /**
     * Every file the library and the command line write goes through {@link OutputFiles}: whole or not at all, links
     * and devices never replaced. SXSSF's sheet writer is the one exception: it writes POI's own temporary files,
     * which POI deletes.
     */
    @ArchTest
    static final ArchRule filesAreWrittenOnlyThroughOutputFiles = noClasses()
            .that(resideInAPackage(ROOT + "..").and(not(JavaClass.Predicates.belongToAnyOf(OutputFiles.class,
                    OutputFiles.PendingFile.class, SheetXmlWriter.class))))
            .should().callMethod(Files.class, "newOutputStream", Path.class, OpenOption[].class)
            .orShould().callMethod(Files.class, "newBufferedWriter", Path.class, OpenOption[].class)
            .orShould().callMethod(Files.class, "newBufferedWriter", Path.class, Charset.class, OpenOption[].class)
            .orShould().callMethod(Files.class, "write", Path.class, byte[].class, OpenOption[].class)
            .orShould().callMethod(Files.class, "writeString", Path.class, CharSequence.class, OpenOption[].class)
            .orShould().callMethod(Files.class, "writeString", Path.class, CharSequence.class, Charset.class,
                    OpenOption[].class)
            .orShould().callMethod(Files.class, "move", Path.class, Path.class, CopyOption[].class)
            .orShould().callMethod(Files.class, "createTempFile", Path.class, String.class, String.class,
                    FileAttribute[].class)
            .orShould().callConstructor(FileOutputStream.class, File.class)
            .orShould().callConstructor(FileOutputStream.class, String.class)
            .because("a file written any other way can be left half-written on a full disk, or replace a symbolic "
                    + "link or a device");

    @ArchTest
    static final ArchRule libraryModulesNeverDependOnExamples = noClasses()
            .that(Module.JACKSON3.classes().or(Module.VALIDATION.classes()).or(Module.POI_EXPORT.classes())
                    .or(Module.SPRING_BOOT_STARTER.classes()).or(Module.TEST_KIT.classes()))
            .should().dependOnClassesThat(Module.EXAMPLES.classes())
            .because("examples sits on top of the library; nothing in the library may reach back");

    /**
     * The examples show integrators the library's public API: what they use, an integrator can use. An internal
     * package may change in any release, so an example (or the command-line tool) depending on one would teach
     * something that breaks.
     */
    @ArchTest
    static final ArchRule examplesUseOnlyPublicApi = noClasses()
            .that(Module.EXAMPLES.classes())
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..internal.."))
            .because("the examples module shows integrators how to use the public API; internal packages are not API");

    /** core ← validation ← poi-export ← examples (docs/architecture.md): no module reaches back. */
    @ArchTest
    static final ArchRule modulesAreLayered = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("core").definedBy(Module.CORE.classes())
            .layer("jackson3").definedBy(Module.JACKSON3.classes())
            .layer("validation").definedBy(Module.VALIDATION.classes())
            .layer("poi-export").definedBy(Module.POI_EXPORT.classes())
            .layer("spring-boot-starter").definedBy(Module.SPRING_BOOT_STARTER.classes())
            .layer("test kit").definedBy(Module.TEST_KIT.classes())
            .layer("examples").definedBy(Module.EXAMPLES.classes())
            .whereLayer("examples").mayNotBeAccessedByAnyLayer()
            .whereLayer("spring-boot-starter").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("test kit").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("poi-export").mayOnlyBeAccessedByLayers("spring-boot-starter", "examples")
            .whereLayer("validation").mayOnlyBeAccessedByLayers("poi-export", "spring-boot-starter", "test kit",
                    "examples")
            .whereLayer("jackson3").mayOnlyBeAccessedByLayers("spring-boot-starter", "examples");

    /**
     * Every extension point says how far it may change, in a form a tool can read: each top-level type of an
     * {@code spi} package carries {@code @Experimental} or {@code @Stable} with the version it has had that status
     * since. The rule fails on an empty set, so it cannot pass by finding no SPI.
     */
    @ArchTest
    static final ArchRule everySpiTypeHasAStatus = classes()
            .that().resideInAPackage(ROOT + "..spi..").and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should().beAnnotatedWith(Experimental.class).orShould().beAnnotatedWith(Stable.class)
            .because("plug-in authors must know which extension points may change in a minor release")
            .allowEmptyShould(false);

    @ArchTest
    static void everySpiStatusNamesAVersion(JavaClasses classes) {
        List<String> since = new ArrayList<>();
        classes.stream().filter(c -> c.getPackageName().contains(".spi"))
                .forEach(c -> {
                    c.tryGetAnnotationOfType(Experimental.class).ifPresent(a -> since.add(a.since()));
                    c.tryGetAnnotationOfType(Stable.class).ifPresent(a -> since.add(a.since()));
                });
        assertThat(since).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(v -> assertThat(v).matches("\\d+\\.\\d+\\.\\d+"));
    }

    /**
     * A user imports types of several modules into one class; two public API types of one simple name (the value
     * {@code CreditCode} and a constraint {@code @CreditCode}, two {@code Severity} enums) force one of them to be
     * spelled out in full. Internal packages are left out: users never import them.
     */
    @ArchTest
    static void publicApiTypeNamesAreUniqueAcrossTheLibrary(JavaClasses classes) {
        Map<String, List<String>> byName = new java.util.TreeMap<>();
        classes.stream()
                .filter(c -> c.getPackageName().startsWith(ROOT) && !c.getPackageName().contains(".internal"))
                .filter(c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> Module.of(c).filter(m -> m != Module.EXAMPLES).isPresent())
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName()));
        assertThat(byName).as("public API types").hasSizeGreaterThan(100);
        assertThat(byName.values()).as("public API types sharing a simple name").allSatisfy(names ->
                assertThat(names).hasSize(1));
    }

    /**
     * Without this the module rules could pass by recognising no module, or one module too few: every module's
     * classes are found where it is built, a known class of each is recognised as that module's, and no class under
     * the root package belongs to no module.
     */
    @ArchTest
    static void everyModuleIsRecognised(JavaClasses classes) {
        Map<Module, Class<?>> known = new EnumMap<>(Module.class);
        known.put(Module.CORE, CountyChainException.class);
        known.put(Module.JACKSON3, CountyChainJacksonModule.class);
        known.put(Module.VALIDATION, CountyChainValidator.class);
        known.put(Module.POI_EXPORT, DocxExporter.class);
        known.put(Module.SPRING_BOOT_STARTER, CountyChainValidationException.class);
        known.put(Module.TEST_KIT, SampleData.class);
        known.put(Module.EXAMPLES, CountyChainCli.class);
        assertThat(known.keySet()).as("a known class for every module").containsExactly(Module.values());
        known.forEach((module, type) -> {
            assertThat(Module.of(classes.get(type))).as("the module of %s", type.getName()).contains(module);
            assertThat(classes.that(module.classes())).as("classes of %s", module.directory()).hasSizeGreaterThan(2);
        });
        List<String> unrecognised = classes.stream().filter(c -> c.getPackageName().startsWith(ROOT))
                .filter(c -> Module.of(c).isEmpty()).map(JavaClass::getName).sorted().toList();
        assertThat(unrecognised).as("classes of no known module").isEmpty();
        assertThat(classes.containPackage("org.countychain.architecture")).isFalse();
    }

    /**
     * Every module of the build with main code is one of the modules these rules cover, except the benchmarks
     * (which may depend on anything, peers included), the example applications under {@code examples/} (an
     * integrator's code, on Spring Boot's class path) and {@code module-path-tests} (a consumer module): a new
     * library module cannot slip past the architecture tests.
     */
    @ArchTest
    static void everyLibraryModuleOfTheBuildIsCovered(JavaClasses classes) throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        List<String> withMainCode = new ArrayList<>();
        while (m.find()) {
            String module = m.group(1).strip();
            // Not library modules: the benchmarks, the example services, and module-path-tests, whose main code
            // is a consumer of the library (a named module that requires it), as a user's application would be.
            if (Files.isDirectory(root.resolve(module).resolve("src/main/java")) && !module.startsWith("benchmarks")
                    && !module.startsWith("examples/") && !module.equals("module-path-tests")) {
                withMainCode.add(module);
            }
        }
        assertThat(withMainCode).as("modules of %s with main code", root.resolve("pom.xml"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Module.values()).map(Module::directory).toList());
    }
}
