package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ConsistentNames;

/**
 * A {@link ConsistentNames} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ConsistentNamesDef extends ConstraintDef<ConsistentNamesDef, ConsistentNames> {
    /**
     * A definition with the annotation's defaults.
     */
    public ConsistentNamesDef() {
        super(ConsistentNames.class);
    }
}
