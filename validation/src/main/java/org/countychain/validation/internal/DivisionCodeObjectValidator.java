package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.DivisionCode;

/**
 * {@link DivisionCode} on core's {@code DivisionCode}, which is always six digits.
 */
public final class DivisionCodeObjectValidator
        implements ConstraintValidator<DivisionCode, org.countychain.division.DivisionCode>, ReferenceData.Aware {
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
    public boolean isValid(org.countychain.division.DivisionCode value, ConstraintValidatorContext context) {
        return value == null || DivisionCodeChecks.check(value, scope, data.divisions(), context, detailed);
    }
}
