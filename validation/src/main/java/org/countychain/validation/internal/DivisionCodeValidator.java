package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.DivisionCode;

/**
 * {@link DivisionCode} on text: six ASCII digits, then known to the reference data in the chosen scope.
 */
public final class DivisionCodeValidator
        implements ConstraintValidator<DivisionCode, CharSequence>, ReferenceData.Aware {
    private ReferenceData data = ReferenceData.builtIn();
    private DivisionCode.Scope scope;
    private boolean detailed;

    @Override
    public void initialize(DivisionCode annotation) {
        scope = annotation.scope();
        detailed = Report.isDefault(annotation.message(), "DivisionCode");
    }

    @Override
    public void use(ReferenceData referenceData) {
        data = referenceData;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        if (!org.countychain.division.DivisionCode.isWellFormed(text)) {
            DivisionCodeChecks.fail(context, detailed, Templates.pieces("DivisionCode.format", text));
            return false;
        }
        return DivisionCodeChecks.check(org.countychain.division.DivisionCode.of(text), scope, data.divisions(),
                context, detailed);
    }
}
