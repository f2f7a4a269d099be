package org.countychain.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.validation.ConstraintValidator;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.countychain.architecture.ArchitectureRules;
import org.countychain.validation.internal.BaseValidator;

/**
 * The validation module's architecture: constraints and validators compile against the Bean Validation API only,
 * so that any provider (Hibernate Validator 8 and 9) runs them; no package cycles; the API exposes no internals.
 */
@AnalyzeClasses(packages = "org.countychain.validation", importOptions = ArchitectureRules.MainCodeOnly.class)
class ValidationArchitectureTest {
    @ArchTest
    static final ArchRule constraintsAndValidatorsUseTheApiOnly = noClasses()
            .that().resideInAnyPackage("org.countychain.validation.constraints..",
                    "org.countychain.validation.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "com.fasterxml..")
            .because("validators registered through META-INF/services must run on any Bean Validation provider");

    @ArchTest
    static final ArchRule constraintsDependOnNothingOfTheLibrary = noClasses()
            .that().resideInAPackage("org.countychain.validation.constraints..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.countychain..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("org.countychain.validation.constraints..")));

    @ArchTest
    static final ArchRule everyValidatorSharesThePreamble = classes()
            .that().resideInAPackage("org.countychain.validation.internal..")
            .and().implement(ConstraintValidator.class)
            .should().beAssignableTo(BaseValidator.class)
            .because("null, the default message and the reference data are handled once, in BaseValidator");

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles("org.countychain.validation");

    @ArchTest
    static final ArchRule apiDoesNotExposeInternals =
            ArchitectureRules.apiDoesNotExposeInternals("org.countychain.validation");

    @ArchTest
    static final ArchRule noStandardStreams = ArchitectureRules.noStandardStreams(
            JavaClass.Predicates.resideInAPackage("org.countychain.validation.."));
}
