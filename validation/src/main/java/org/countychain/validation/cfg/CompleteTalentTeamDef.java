package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.CompleteTalentTeam;

/**
 * A {@link CompleteTalentTeam} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class CompleteTalentTeamDef extends ConstraintDef<CompleteTalentTeamDef, CompleteTalentTeam> {
    /**
     * A definition with the annotation's defaults.
     */
    public CompleteTalentTeamDef() {
        super(CompleteTalentTeam.class);
    }
}
