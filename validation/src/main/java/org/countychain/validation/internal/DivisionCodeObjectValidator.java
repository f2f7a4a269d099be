package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.ValidDivisionCode;

/**
 * {@link ValidDivisionCode} on core's {@code ValidDivisionCode}, which is always six digits.
 */
public final class DivisionCodeObjectValidator
        extends BaseValidator<ValidDivisionCode, org.countychain.division.DivisionCode> {
    private ValidDivisionCode.Scope scope;

    @Override
    protected void configure(ValidDivisionCode annotation) {
        scope = annotation.scope();
    }

    @Override
    protected boolean test(org.countychain.division.DivisionCode value, ConstraintValidatorContext context) {
        return DivisionCodeChecks.check(value, scope, data().divisions(), context, detailed());
    }
}
