package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.ValidDivisionCode;

/**
 * {@link ValidDivisionCode} on core's {@code ValidDivisionCode}, which is always six digits.
 */
public final class DivisionCodeObjectValidator
        extends BaseValidator<ValidDivisionCode, org.countychain.division.DivisionCode> {
    // The annotation's default until configure (the framework's initialize) reads the annotation.
    private ValidDivisionCode.Scope scope = ValidDivisionCode.Scope.ANY_CURRENT;

    @Override
    protected void configure(ValidDivisionCode annotation) {
        scope = annotation.scope();
    }

    @Override
    protected boolean test(org.countychain.division.DivisionCode value, ConstraintValidatorContext context) {
        return DivisionCodeChecks.check(value, scope, data().divisions(), context, detailed());
    }
}
