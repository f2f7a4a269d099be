package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.DivisionCode;

/**
 * {@link DivisionCode} on core's {@code DivisionCode}, which is always six digits.
 */
public final class DivisionCodeObjectValidator
        extends BaseValidator<DivisionCode, org.countychain.division.DivisionCode> {
    private DivisionCode.Scope scope;

    @Override
    protected void configure(DivisionCode annotation) {
        scope = annotation.scope();
    }

    @Override
    protected boolean test(org.countychain.division.DivisionCode value, ConstraintValidatorContext context) {
        return DivisionCodeChecks.check(value, scope, data().divisions(), context, detailed());
    }
}
