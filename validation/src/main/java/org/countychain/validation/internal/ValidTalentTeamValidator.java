package org.countychain.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.countychain.talent.TeamResult;
import org.countychain.validation.constraints.ValidTalentTeam;

/**
 * {@link ValidTalentTeam}: members unique, the leader not among them, 一链一团 serving at most one chain (here or in
 * other counties); the period of service in order, each challenge task due on or after its start, task ids unique,
 * each result's task one of the team's.
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
        if (team.serviceFrom() != null && team.serviceUntil() != null
                && team.serviceUntil().isBefore(team.serviceFrom())) {
            report.add(Templates.pieces(K + "servicePeriodReversed", team.serviceFrom(), team.serviceUntil()),
                    "serviceUntil");
        }
        Set<String> taskIds = new HashSet<>();
        List<ChallengeTask> tasks = team.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            ChallengeTask t = tasks.get(i);
            // Due the day it starts is a one-day task; only a due date before the start is reversed.
            if (t.startOn() != null && t.dueOn() != null && t.dueOn().isBefore(t.startOn())) {
                report.add(Templates.pieces(K + "taskDueBeforeStart", t.title(), t.startOn(), t.dueOn()), "tasks",
                        i, "dueOn");
            }
            if (t.id() != null && !taskIds.add(t.id())) {
                report.add(Templates.pieces(K + "duplicateTaskId", t.id()), "tasks", i, "id");
            }
        }
        List<TeamResult> results = team.results();
        for (int i = 0; i < results.size(); i++) {
            String taskId = results.get(i).taskId();
            if (taskId != null && !taskIds.contains(taskId)) {
                report.add(Templates.pieces(K + "resultUnknownTask", taskId), "results", i, "taskId");
            }
        }
    }

    private static String identity(Commissioner c) {
        return c.name() + '\u0000' + c.organisation();
    }
}
