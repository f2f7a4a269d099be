package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ValidCreditCode;

/**
 * A {@link ValidCreditCode} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ValidCreditCodeDef extends ConstraintDef<ValidCreditCodeDef, ValidCreditCode> {
    /**
     * A definition with the annotation's defaults.
     */
    public ValidCreditCodeDef() {
        super(ValidCreditCode.class);
    }

    /**
     * Sets {@code part}: the part to check.
     *
     * @param part the value
     * @return this definition
     */
    public ValidCreditCodeDef part(ValidCreditCode.Part part) {
        addParameter("part", part);
        return this;
    }
}
