package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.ValidCreditCode;

/**
 * {@link ValidCreditCode} on core's {@code ValidCreditCode}, which is always well-formed but may carry a wrong check
 * character (read leniently so that the mistake can be reported here).
 */
public final class CreditCodeObjectValidator
        extends BaseValidator<ValidCreditCode, org.countychain.enterprise.CreditCode> {
    // The annotation's default until configure (the framework's initialize) reads the annotation.
    private ValidCreditCode.Part part = ValidCreditCode.Part.CODE;
    private boolean warning;

    @Override
    protected void configure(ValidCreditCode annotation) {
        part = annotation.part();
        warning = java.util.Arrays.asList(annotation.payload()).contains(
                org.countychain.validation.constraints.Warning.class);
    }

    @Override
    protected boolean test(org.countychain.enterprise.CreditCode value, ConstraintValidatorContext context) {
        return switch (part) {
            case ORGANISATION_CODE -> CreditCodeChecks.organisationCode(value.value(), context, detailed());
            case PILOT_ERA -> CreditCodeChecks.pilotEra(value.value(), context, detailed(), warning);
            case CODE -> CreditCodeChecks.code(value.value(), context, detailed());
        };
    }
}
