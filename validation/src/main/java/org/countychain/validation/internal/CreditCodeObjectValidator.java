package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.CreditCode;

/**
 * {@link CreditCode} on core's {@code CreditCode}, which is always well-formed but may carry a wrong check
 * character (read leniently so that the mistake can be reported here).
 */
public final class CreditCodeObjectValidator
        implements ConstraintValidator<CreditCode, org.countychain.enterprise.CreditCode> {
    private boolean organisationPart;
    private boolean detailed;

    @Override
    public void initialize(CreditCode annotation) {
        organisationPart = annotation.part() == CreditCode.Part.ORGANISATION_CODE;
        detailed = Report.isDefault(annotation.message(), "CreditCode");
    }

    @Override
    public boolean isValid(org.countychain.enterprise.CreditCode value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return organisationPart ? CreditCodeChecks.organisationCode(value.value(), context, detailed)
                : CreditCodeChecks.code(value.value(), context, detailed);
    }
}
