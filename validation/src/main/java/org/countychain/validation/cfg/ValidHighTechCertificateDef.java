package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ValidHighTechCertificate;

/**
 * A {@link ValidHighTechCertificate} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ValidHighTechCertificateDef extends ConstraintDef<ValidHighTechCertificateDef, ValidHighTechCertificate> {
    /**
     * A definition with the annotation's defaults.
     */
    public ValidHighTechCertificateDef() {
        super(ValidHighTechCertificate.class);
    }
}
