package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.IndustryCode;

/**
 * A {@link IndustryCode} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class IndustryCodeDef extends ConstraintDef<IndustryCodeDef, IndustryCode> {
    /**
     * A definition with the annotation's defaults.
     */
    public IndustryCodeDef() {
        super(IndustryCode.class);
    }

    /**
     * Sets {@code part}: what to check.
     *
     * @param part the value
     * @return this definition
     */
    public IndustryCodeDef part(IndustryCode.Part part) {
        addParameter("part", part);
        return this;
    }
}
