package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.ValidCreditCode;

/**
 * {@link ValidCreditCode} on text, exactly as written.
 */
public final class CreditCodeValidator extends BaseValidator<ValidCreditCode, CharSequence> {
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
    protected boolean test(CharSequence value, ConstraintValidatorContext context) {
        return switch (part) {
            case ORGANISATION_CODE -> CreditCodeChecks.organisationCode(value, context, detailed());
            case PILOT_ERA -> CreditCodeChecks.pilotEra(value, context, detailed(), warning);
            case CODE -> CreditCodeChecks.code(value, context, detailed());
        };
    }
}
