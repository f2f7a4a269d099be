package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.CreditCode;

/**
 * {@link CreditCode} on core's {@code CreditCode}, which is always well-formed but may carry a wrong check
 * character (read leniently so that the mistake can be reported here).
 */
public final class CreditCodeObjectValidator
        extends BaseValidator<CreditCode, org.countychain.enterprise.CreditCode> {
    private boolean organisationPart;

    @Override
    protected void configure(CreditCode annotation) {
        organisationPart = annotation.part() == CreditCode.Part.ORGANISATION_CODE;
    }

    @Override
    protected boolean test(org.countychain.enterprise.CreditCode value, ConstraintValidatorContext context) {
        return organisationPart ? CreditCodeChecks.organisationCode(value.value(), context, detailed())
                : CreditCodeChecks.code(value.value(), context, detailed());
    }
}
