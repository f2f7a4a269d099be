package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.Percentage;

/**
 * A {@link Percentage} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class PercentageDef extends ConstraintDef<PercentageDef, Percentage> {
    /**
     * A definition with the annotation's defaults.
     */
    public PercentageDef() {
        super(Percentage.class);
    }
}
