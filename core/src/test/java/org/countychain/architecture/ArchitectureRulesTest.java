package org.countychain.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.countychain.CountyChainException;
import org.countychain.architecture.ArchitectureRules.Module;
import org.junit.jupiter.api.Test;

/** The rules bite: each fails on the fixtures that break it, and only on what breaks it. */
class ArchitectureRulesTest {
    private static final String FIXTURE = "org.countychain.architecture.fixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void packageCyclesAreFound() {
        assertThatThrownBy(() -> ArchitectureRules.noPackageCycles(FIXTURE + ".cycle").check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(FIXTURE + ".cycle.a")
                .hasMessageContaining(FIXTURE + ".cycle.b");
    }

    @Test
    void internalTypesInApiSignaturesAreFound() {
        Throwable failure = catchThrowable(
                () -> ArchitectureRules.apiDoesNotExposeInternals(FIXTURE + ".exposure").check(FIXTURES));
        String api = FIXTURE + ".exposure.Api";
        assertThat(failure).isInstanceOf(AssertionError.class);
        assertThat(failure.getMessage())
                .contains("was violated (9 times)")
                .contains("field " + api + ".field ")
                .contains("constructor " + api + ".<init>(")
                .contains("method " + api + ".leak()")
                .contains("method " + api + ".take(java.util.List)")
                .contains("method " + api + ".forSubclasses()")
                .contains("method " + api + ".fail()")
                .contains("method " + api + ".bounded()")
                .contains("method " + api + "$Nested.nestedLeak()")
                .contains("superclass of " + FIXTURE + ".exposure.SubOfHidden")
                .doesNotContain("usesInBody", "packagePrivate", "privateUse", "PackageNested", "notApi",
                        "InternalApi", "NotApi");
    }

    @Test
    void standardStreamsAreFound() {
        assertThatThrownBy(() -> ArchitectureRules.noStandardStreams(resideInAPackage(FIXTURE + "..")).check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURE + ".streams.Printer.print()")
                .hasMessageContaining("java.lang.System.out");
    }

    @Test
    void modulesAreRecognisedByWhereTheirClassesComeFrom() {
        JavaClasses core = new ClassFileImporter().importClasses(CountyChainException.class);
        assertThat(Module.of(core.get(CountyChainException.class))).contains(Module.CORE);
        assertThat(Module.of(FIXTURES.get(FIXTURE + ".streams.Printer"))).isEmpty();
    }
}
