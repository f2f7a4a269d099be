package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ConsistentEnterprise;

/**
 * A {@link ConsistentEnterprise} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ConsistentEnterpriseDef extends ConstraintDef<ConsistentEnterpriseDef, ConsistentEnterprise> {
    /**
     * A definition with the annotation's defaults.
     */
    public ConsistentEnterpriseDef() {
        super(ConsistentEnterprise.class);
    }
}
