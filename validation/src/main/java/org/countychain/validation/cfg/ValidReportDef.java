package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ValidReport;

/**
 * A {@link ValidReport} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ValidReportDef extends ConstraintDef<ValidReportDef, ValidReport> {
    /**
     * A definition with the annotation's defaults.
     */
    public ValidReportDef() {
        super(ValidReport.class);
    }
}
