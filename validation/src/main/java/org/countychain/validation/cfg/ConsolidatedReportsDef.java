package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ConsolidatedReports;

/**
 * A {@link ConsolidatedReports} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ConsolidatedReportsDef extends ConstraintDef<ConsolidatedReportsDef, ConsolidatedReports> {
    /**
     * A definition with the annotation's defaults.
     */
    public ConsolidatedReportsDef() {
        super(ConsolidatedReports.class);
    }
}
