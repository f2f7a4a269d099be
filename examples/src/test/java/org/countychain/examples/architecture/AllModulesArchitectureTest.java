package org.countychain.examples.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.architecture.ArchitectureRules.ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.countychain.CountyChainException;
import org.countychain.architecture.ArchitectureRules;
import org.countychain.architecture.ArchitectureRules.Module;
import org.countychain.examples.cli.CountyChainCli;

/**
 * The architecture rules over every module's main classes on this class path: core, validation, poi-export and
 * examples itself. Modules are told apart by the jar or directory a class comes from, since they share the
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

    @ArchTest
    static final ArchRule libraryModulesNeverDependOnExamples = noClasses()
            .that(Module.VALIDATION.classes().or(Module.POI_EXPORT.classes()))
            .should().dependOnClassesThat(Module.EXAMPLES.classes())
            .because("examples sits on top of the library; nothing in the library may reach back")
            // validation and poi-export have no classes yet; the rule holds vacuously until they do.
            .allowEmptyShould(true);

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
            .layer("validation").definedBy(Module.VALIDATION.classes())
            .layer("poi-export").definedBy(Module.POI_EXPORT.classes())
            .layer("examples").definedBy(Module.EXAMPLES.classes())
            .whereLayer("examples").mayNotBeAccessedByAnyLayer()
            .whereLayer("poi-export").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("validation").mayOnlyBeAccessedByLayers("poi-export", "examples");

    /** Without this the module rules could pass by recognising no module at all. */
    @ArchTest
    static void modulesAreRecognised(JavaClasses classes) {
        assertThat(Module.of(classes.get(CountyChainException.class))).contains(Module.CORE);
        assertThat(Module.of(classes.get(CountyChainCli.class))).contains(Module.EXAMPLES);
        assertThat(classes.that(Module.CORE.classes())).hasSizeGreaterThan(50);
        assertThat(classes.containPackage("org.countychain.architecture")).isFalse();
    }
}
