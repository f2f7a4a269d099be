package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.Yuan;

/**
 * A {@link Yuan} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class YuanDef extends ConstraintDef<YuanDef, Yuan> {
    /**
     * A definition with the annotation's defaults.
     */
    public YuanDef() {
        super(Yuan.class);
    }

    /**
     * Sets {@code max}: the largest plausible amount in yuan, as a decimal string.
     *
     * @param max the value
     * @return this definition
     */
    public YuanDef max(String max) {
        addParameter("max", max);
        return this;
    }
}
