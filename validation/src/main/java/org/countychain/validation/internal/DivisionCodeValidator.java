package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.ValidDivisionCode;

/**
 * {@link ValidDivisionCode} on text: six ASCII digits, then known to the reference data in the chosen scope.
 */
public final class DivisionCodeValidator extends BaseValidator<ValidDivisionCode, CharSequence> {
    // The annotation's default until configure (the framework's initialize) reads the annotation.
    private ValidDivisionCode.Scope scope = ValidDivisionCode.Scope.ANY_CURRENT;

    @Override
    protected void configure(ValidDivisionCode annotation) {
        scope = annotation.scope();
    }

    @Override
    protected boolean test(CharSequence value, ConstraintValidatorContext context) {
        String text = value.toString();
        if (!org.countychain.division.DivisionCode.isWellFormed(text)) {
            return fail(context, Templates.pieces("ValidDivisionCode.format", text));
        }
        return DivisionCodeChecks.check(org.countychain.division.DivisionCode.of(text), scope, data().divisions(),
                context, detailed());
    }
}
