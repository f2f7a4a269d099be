package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ResolvedReferences;

/**
 * A {@link ResolvedReferences} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ResolvedReferencesDef extends ConstraintDef<ResolvedReferencesDef, ResolvedReferences> {
    /**
     * A definition with the annotation's defaults.
     */
    public ResolvedReferencesDef() {
        super(ResolvedReferences.class);
    }
}
