package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.CreditCode;

/**
 * {@link CreditCode} on text, exactly as written.
 */
public final class CreditCodeValidator extends BaseValidator<CreditCode, CharSequence> {
    private boolean organisationPart;

    @Override
    protected void configure(CreditCode annotation) {
        organisationPart = annotation.part() == CreditCode.Part.ORGANISATION_CODE;
    }

    @Override
    protected boolean test(CharSequence value, ConstraintValidatorContext context) {
        return organisationPart ? CreditCodeChecks.organisationCode(value, context, detailed())
                : CreditCodeChecks.code(value, context, detailed());
    }
}
