package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ValidPlatform;

/**
 * A {@link ValidPlatform} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.2.0
 */
public class ValidPlatformDef extends ConstraintDef<ValidPlatformDef, ValidPlatform> {
    /**
     * A definition with the annotation's defaults.
     */
    public ValidPlatformDef() {
        super(ValidPlatform.class);
    }
}
