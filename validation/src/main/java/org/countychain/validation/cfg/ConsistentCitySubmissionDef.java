package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ConsistentCitySubmission;

/**
 * A {@link ConsistentCitySubmission} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ConsistentCitySubmissionDef extends ConstraintDef<ConsistentCitySubmissionDef, ConsistentCitySubmission> {
    /**
     * A definition with the annotation's defaults.
     */
    public ConsistentCitySubmissionDef() {
        super(ConsistentCitySubmission.class);
    }
}
