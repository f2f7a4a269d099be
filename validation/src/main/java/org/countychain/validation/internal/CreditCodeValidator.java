package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.CreditCode;

/**
 * {@link CreditCode} on text, exactly as written.
 */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {
    private boolean organisationPart;
    private boolean detailed;

    @Override
    public void initialize(CreditCode annotation) {
        organisationPart = annotation.part() == CreditCode.Part.ORGANISATION_CODE;
        detailed = Report.isDefault(annotation.message(), "CreditCode");
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return organisationPart ? CreditCodeChecks.organisationCode(value, context, detailed)
                : CreditCodeChecks.code(value, context, detailed);
    }
}
