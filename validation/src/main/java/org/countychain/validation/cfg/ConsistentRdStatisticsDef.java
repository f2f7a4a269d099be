package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ConsistentRdStatistics;

/**
 * A {@link ConsistentRdStatistics} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ConsistentRdStatisticsDef extends ConstraintDef<ConsistentRdStatisticsDef, ConsistentRdStatistics> {
    /**
     * A definition with the annotation's defaults.
     */
    public ConsistentRdStatisticsDef() {
        super(ConsistentRdStatistics.class);
    }
}
