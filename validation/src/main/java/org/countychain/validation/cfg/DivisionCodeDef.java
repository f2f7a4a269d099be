package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.DivisionCode;

/**
 * A {@link DivisionCode} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class DivisionCodeDef extends ConstraintDef<DivisionCodeDef, DivisionCode> {
    /**
     * A definition with the annotation's defaults.
     */
    public DivisionCodeDef() {
        super(DivisionCode.class);
    }

    /**
     * Sets {@code scope}: which codes are accepted.
     *
     * @param scope the value
     * @return this definition
     */
    public DivisionCodeDef scope(DivisionCode.Scope scope) {
        addParameter("scope", scope);
        return this;
    }
}
