package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ValidDivisionCode;

/**
 * A {@link ValidDivisionCode} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ValidDivisionCodeDef extends ConstraintDef<ValidDivisionCodeDef, ValidDivisionCode> {
    /**
     * A definition with the annotation's defaults.
     */
    public ValidDivisionCodeDef() {
        super(ValidDivisionCode.class);
    }

    /**
     * Sets {@code scope}: which codes are accepted.
     *
     * @param scope the value
     * @return this definition
     */
    public ValidDivisionCodeDef scope(ValidDivisionCode.Scope scope) {
        addParameter("scope", scope);
        return this;
    }
}
