/**
 * CountyChain validation (校验模块): Jakarta Validation constraints for the model, run by Hibernate Validator.
 *
 * <p>The constraint validators live in {@code org.countychain.validation.internal}, which is not exported: it is
 * opened to Hibernate Validator, which creates them, and they are its {@code ConstraintValidator} services.
 * The result types are opened to Jackson 2 and 3, which write them (problem details in a web application).
 *
 * @provides jakarta.validation.ConstraintValidator the validators of the constraints in
 *           {@code org.countychain.validation.constraints}
 * @since 0.1.0
 */
// "module": Jackson 3 is the application's choice, not a dependency of this module.
// "requires-(transitive-)automatic": Hibernate Validator 8 (Spring Boot 3.5's) is an automatic module; 9 is named.
// Its types are in this module's API (the programmatic mapping definitions extend them), hence transitive.
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module org.countychain.validation {
    requires transitive org.countychain.core;
    requires transitive jakarta.validation;
    requires transitive org.hibernate.validator;
    requires static transitive org.jspecify;

    exports org.countychain.validation;
    exports org.countychain.validation.cfg;
    exports org.countychain.validation.constraints;

    opens org.countychain.validation to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.validation.internal to org.hibernate.validator;

    provides jakarta.validation.ConstraintValidator with
            org.countychain.validation.internal.BoundedTextValidator,
            org.countychain.validation.internal.CompleteReportValidator,
            org.countychain.validation.internal.CompleteTalentTeamValidator,
            org.countychain.validation.internal.ConsistentCitySubmissionValidator,
            org.countychain.validation.internal.ConsistentEnterpriseValidator,
            org.countychain.validation.internal.ConsistentNamesValidator,
            org.countychain.validation.internal.ConsistentRdFiguresValidator,
            org.countychain.validation.internal.ConsistentRdStatisticsValidator,
            org.countychain.validation.internal.ConsolidatedReportsValidator,
            org.countychain.validation.internal.ContactPhoneValidator,
            org.countychain.validation.internal.CreditCodeObjectValidator,
            org.countychain.validation.internal.CreditCodeValidator,
            org.countychain.validation.internal.DivisionCodeObjectValidator,
            org.countychain.validation.internal.DivisionCodeValidator,
            org.countychain.validation.internal.IndustryCodeValidator,
            org.countychain.validation.internal.PercentageValidator,
            org.countychain.validation.internal.PlausibleLocationsValidator,
            org.countychain.validation.internal.ReportingUnitIdValidator,
            org.countychain.validation.internal.ResolvedReferencesValidator,
            org.countychain.validation.internal.ValidHighTechCertificateValidator,
            org.countychain.validation.internal.ValidPlatformValidator,
            org.countychain.validation.internal.ValidReportValidator,
            org.countychain.validation.internal.ValidTalentTeamValidator,
            org.countychain.validation.internal.YuanValidator;
}
