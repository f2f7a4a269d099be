package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.CompleteReport;

/**
 * A {@link CompleteReport} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class CompleteReportDef extends ConstraintDef<CompleteReportDef, CompleteReport> {
    /**
     * A definition with the annotation's defaults.
     */
    public CompleteReportDef() {
        super(CompleteReport.class);
    }
}
