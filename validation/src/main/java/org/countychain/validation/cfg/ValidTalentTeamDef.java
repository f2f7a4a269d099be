package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ValidTalentTeam;

/**
 * A {@link ValidTalentTeam} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ValidTalentTeamDef extends ConstraintDef<ValidTalentTeamDef, ValidTalentTeam> {
    /**
     * A definition with the annotation's defaults.
     */
    public ValidTalentTeamDef() {
        super(ValidTalentTeam.class);
    }
}
