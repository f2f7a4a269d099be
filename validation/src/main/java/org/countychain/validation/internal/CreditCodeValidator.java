package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.CreditCode;

/**
 * {@link CreditCode} on text, exactly as written.
 */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {
    private CreditCode.Part part;
    private boolean warning;
    private boolean detailed;

    @Override
    public void initialize(CreditCode annotation) {
        part = annotation.part();
        warning = java.util.Arrays.asList(annotation.payload()).contains(
                org.countychain.validation.constraints.Warning.class);
        detailed = Report.isDefault(annotation.message(), "CreditCode");
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return switch (part) {
            case ORGANISATION_CODE -> CreditCodeChecks.organisationCode(value, context, detailed);
            case PILOT_ERA -> CreditCodeChecks.pilotEra(value, context, detailed, warning);
            case CODE -> CreditCodeChecks.code(value, context, detailed);
        };
    }
}
