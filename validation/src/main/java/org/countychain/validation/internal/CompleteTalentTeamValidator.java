package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.talent.TalentTeam;
import org.countychain.validation.constraints.CompleteTalentTeam;

/**
 * {@link CompleteTalentTeam}: a leader and at least one chain.
 */
public final class CompleteTalentTeamValidator implements ConstraintValidator<CompleteTalentTeam, TalentTeam> {
    private boolean detailed;

    @Override
    public void initialize(CompleteTalentTeam annotation) {
        detailed = Report.isDefault(annotation.message(), "CompleteTalentTeam");
    }

    @Override
    public boolean isValid(TalentTeam team, ConstraintValidatorContext context) {
        if (team == null) {
            return true;
        }
        Report report = new Report(context, detailed);
        if (team.leader() == null) {
            report.add(Templates.key("CompleteTalentTeam.leaderMissing"), "leader");
        }
        if (team.chainIds().isEmpty()) {
            report.add(Templates.key("CompleteTalentTeam.noChain"), "chainIds");
        }
        return report.isValid();
    }
}
