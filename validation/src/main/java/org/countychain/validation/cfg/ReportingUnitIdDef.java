package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ReportingUnitId;

/**
 * A {@link ReportingUnitId} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ReportingUnitIdDef extends ConstraintDef<ReportingUnitIdDef, ReportingUnitId> {
    /**
     * A definition with the annotation's defaults.
     */
    public ReportingUnitIdDef() {
        super(ReportingUnitId.class);
    }

    /**
     * Sets {@code kind}: the kind of unit expected.
     *
     * @param kind the value
     * @return this definition
     */
    public ReportingUnitIdDef kind(ReportingUnitId.Kind kind) {
        addParameter("kind", kind);
        return this;
    }
}
