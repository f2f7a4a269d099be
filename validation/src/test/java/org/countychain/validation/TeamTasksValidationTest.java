package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.countychain.division.DivisionCode;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TaskStatus;
import org.countychain.talent.TeamMode;
import org.countychain.talent.TeamResult;
import org.junit.jupiter.api.Test;

/**
 * The checks of a team's period, challenge tasks and results: a task due before its start (CV-1050), a task id used
 * twice (CV-1051), a result naming no task of the team (CV-1052), a period of service that ends before it starts
 * (CV-1053), each at its boundary.
 */
class TeamTasksValidationTest {
    private static final Commissioner LEADER = new Commissioner("甲", "华侨大学", null, "13800000101");
    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    private static ChallengeTask task(String id, LocalDate start, LocalDate due) {
        return new ChallengeTask(id, "高回弹鞋材攻关", "晋江某鞋业", null, TaskStatus.IN_PROGRESS, null, null, start, due,
                List.of());
    }

    private static TeamResult result(String taskId) {
        return new TeamResult(2024, "中试成功", true, new BigDecimal("300000"), taskId);
    }

    private static TalentTeam team(LocalDate from, LocalDate until, List<ChallengeTask> tasks,
                                   List<TeamResult> results) {
        return new TalentTeam("t", "团", DivisionCode.of("350582"), TeamMode.ONE_CHAIN_ONE_TEAM, null, from, until,
                List.of("c"), LEADER, List.of(), tasks, results);
    }

    @Test
    void aTaskDueTheDayItStartsIsFineTheDayBeforeIsNot() {
        assertThat(Fixtures.violations(team(null, null, List.of(task("k1", START, START)), List.of()))).isEmpty();
        assertThat(Fixtures.violations(team(null, null, List.of(task("k1", START, START.plusDays(1))), List.of())))
                .isEmpty();
        assertThat(Fixtures.violations(team(null, null, List.of(task("k1", START, START.minusDays(1))), List.of())))
                .extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple("CV-1050", "tasks[0].dueOn",
                        "揭榜任务“高回弹鞋材攻关”开始于2024-03-01，截止日期2024-02-29却早于开始日期"));
        assertThat(Fixtures.english(team(null, null, List.of(task("k1", START, START.minusDays(1))), List.of())))
                .extracting(Violation::message).containsExactly(
                        "the challenge task 高回弹鞋材攻关 starts on 2024-03-01 but is due on 2024-02-29, before it starts");
    }

    @Test
    void aTaskWithoutOneOfItsDatesIsNotChecked() {
        assertThat(Fixtures.violations(team(null, null, List.of(task("k1", null, START), task("k2", START, null)),
                List.of()))).isEmpty();
    }

    @Test
    void taskIdsAreUniqueWithinTheTeam() {
        assertThat(Fixtures.violations(team(null, null, List.of(task("k1", null, null), task("k1", null, null),
                task(null, null, null), task(null, null, null)), List.of())))
                .extracting(Violation::code, Violation::path).containsExactly(tuple("CV-1051", "tasks[1].id"));
    }

    @Test
    void aResultBelongsToATaskOfTheTeam() {
        List<ChallengeTask> tasks = List.of(task("k1", null, null));
        assertThat(Fixtures.violations(team(null, null, tasks, List.of(result("k1"), result(null))))).isEmpty();
        assertThat(Fixtures.violations(team(null, null, tasks, List.of(result("k1"), result("k2")))))
                .extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple("CV-1052", "results[1].taskId", "成果所属任务k2不是本团队的揭榜任务"));
        // A task without an id cannot be named.
        assertThat(Fixtures.codes(team(null, null, List.of(task(null, null, null)), List.of(result("k1")))))
                .containsExactly("CV-1052");
    }

    @Test
    void thePeriodOfServiceMayBeOneDayButNotReversed() {
        assertThat(Fixtures.violations(team(START, START, List.of(), List.of()))).isEmpty();
        assertThat(Fixtures.violations(team(START, null, List.of(), List.of()))).isEmpty();
        assertThat(Fixtures.violations(team(START, START.minusDays(1), List.of(), List.of())))
                .extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple("CV-1053", "serviceUntil", "服务期自2024-03-01起，却于2024-02-29结束，早于开始日期"));
    }

    @Test
    void theCodesAreStable() {
        assertThat(ViolationCode.TEAM_TASK_DUE_BEFORE_START.code()).isEqualTo("CV-1050");
        assertThat(ViolationCode.TEAM_DUPLICATE_TASK_ID.code()).isEqualTo("CV-1051");
        assertThat(ViolationCode.TEAM_RESULT_UNKNOWN_TASK.code()).isEqualTo("CV-1052");
        assertThat(ViolationCode.TEAM_SERVICE_PERIOD_REVERSED.code()).isEqualTo("CV-1053");
    }
}
