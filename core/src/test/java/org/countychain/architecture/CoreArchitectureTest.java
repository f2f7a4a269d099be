package org.countychain.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.countychain.architecture.ArchitectureRules.ROOT;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules applied to core's own main classes. */
@AnalyzeClasses(packages = ROOT, importOptions = ArchitectureRules.MainCodeOnly.class)
class CoreArchitectureTest {
    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles(ROOT);

    @ArchTest
    static final ArchRule noPoiOrHibernate = ArchitectureRules.noPoiOrHibernate(resideInAPackage(ROOT + ".."));

    @ArchTest
    static final ArchRule apiDoesNotExposeInternals = ArchitectureRules.apiDoesNotExposeInternals(ROOT);

    @ArchTest
    static final ArchRule noStandardStreams = ArchitectureRules.noStandardStreams(resideInAPackage(ROOT + ".."));
}
