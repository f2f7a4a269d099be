package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.PlausibleLocations;

/**
 * A {@link PlausibleLocations} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class PlausibleLocationsDef extends ConstraintDef<PlausibleLocationsDef, PlausibleLocations> {
    /**
     * A definition with the annotation's defaults.
     */
    public PlausibleLocationsDef() {
        super(PlausibleLocations.class);
    }
}
