package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.CreditCode;

/**
 * A {@link CreditCode} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class CreditCodeDef extends ConstraintDef<CreditCodeDef, CreditCode> {
    /**
     * A definition with the annotation's defaults.
     */
    public CreditCodeDef() {
        super(CreditCode.class);
    }

    /**
     * Sets {@code part}: the part to check.
     *
     * @param part the value
     * @return this definition
     */
    public CreditCodeDef part(CreditCode.Part part) {
        addParameter("part", part);
        return this;
    }
}
