package org.countychain.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.countychain.validation.constraints.ValidTalentTeam;

/**
 * {@link ValidTalentTeam}: members unique, the leader not among them, 一链一团 serving at most one chain (here or in
 * other counties).
 */
public final class ValidTalentTeamValidator extends ReportingValidator<ValidTalentTeam, TalentTeam> {
    private static final String K = "ValidTalentTeam.";

    @Override
    protected void findProblems(TalentTeam team, Report report) {
        List<Commissioner> members = team.members();
        Set<String> seen = new HashSet<>();
        String leader = team.leader() == null ? null : identity(team.leader());
        for (int i = 0; i < members.size(); i++) {
            String id = identity(members.get(i));
            if (id.equals(leader)) {
                report.add(Templates.pieces(K + "leaderIsMember", members.get(i).name()), "members", i);
            } else if (!seen.add(id)) {
                report.add(Templates.pieces(K + "duplicateMember", members.get(i).name()), "members", i);
            }
        }
        if (team.mode() == TeamMode.ONE_CHAIN_ONE_TEAM && team.chainCount() > 1) {
            report.add(Templates.pieces(K + "oneChainTeam", team.chainCount()),
                    team.chainIds().size() > 1 ? "chainIds" : "otherChains");
        }
    }

    private static String identity(Commissioner c) {
        return c.name() + '\u0000' + c.organisation();
    }
}
