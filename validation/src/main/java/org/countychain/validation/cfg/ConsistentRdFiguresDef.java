package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ConsistentRdFigures;

/**
 * A {@link ConsistentRdFigures} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ConsistentRdFiguresDef extends ConstraintDef<ConsistentRdFiguresDef, ConsistentRdFigures> {
    /**
     * A definition with the annotation's defaults.
     */
    public ConsistentRdFiguresDef() {
        super(ConsistentRdFigures.class);
    }
}
