package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.BoundedText;

/**
 * A {@link BoundedText} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class BoundedTextDef extends ConstraintDef<BoundedTextDef, BoundedText> {
    /**
     * A definition with the annotation's defaults.
     */
    public BoundedTextDef() {
        super(BoundedText.class);
    }
}
