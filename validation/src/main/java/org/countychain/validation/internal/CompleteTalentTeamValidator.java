package org.countychain.validation.internal;

import org.countychain.talent.TalentTeam;
import org.countychain.validation.constraints.CompleteTalentTeam;

/**
 * {@link CompleteTalentTeam}: a leader and at least one chain.
 */
public final class CompleteTalentTeamValidator extends ReportingValidator<CompleteTalentTeam, TalentTeam> {
    @Override
    protected void findProblems(TalentTeam team, Report report) {
        if (team.leader() == null) {
            report.add(Templates.key("CompleteTalentTeam.leaderMissing"), "leader");
        }
        if (team.chainIds().isEmpty()) {
            report.add(Templates.key("CompleteTalentTeam.noChain"), "chainIds");
        }
    }
}
