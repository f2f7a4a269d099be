package org.countychain.talent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.countychain.Term;
import org.countychain.enterprise.CreditCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A task posted by open competition (揭榜挂帅) that a team took on.
 *
 * @param id         a stable id, unique within the team, that results point at ({@code TeamResult.taskId}), or
 *                   {@code null}
 * @param title      the task
 * @param issuer     who posted it (an enterprise or the bureau)
 * @param issuerCode the issuer's credit code, or {@code null}
 * @param status     where it stands
 * @param statusText the status as the county words it (e.g. {@code 中试线调试中}), beside the enumerated one, or
 *                   {@code null}
 * @param funding    the funding offered in yuan, or {@code null}
 * @param startOn    the start date, or {@code null}
 * @param dueOn      the due date, or {@code null}
 * @param targetIds  the ids of the bottlenecks (断点/堵点/难点) or key technologies of the team's chains' maps the
 *                   task tackles; one aimed at a technology is aimed at the technology's bottlenecks too
 * @since 0.1.0
 */
public record ChallengeTask(@Nullable String id, String title, String issuer, @Nullable CreditCode issuerCode,
                            TaskStatus status, @Nullable String statusText, @Nullable BigDecimal funding,
                            @Nullable LocalDate startOn, @Nullable LocalDate dueOn, List<String> targetIds) {
    /**
     * Checks the invariants.
     */
    public ChallengeTask {
        id = Checks.optionalText(id);
        title = Checks.requiredText(title, "title");
        issuer = Checks.requiredText(issuer, "issuer");
        Checks.required(status, "status");
        statusText = Checks.optionalText(statusText);
        Checks.nonNegative(funding, "funding");
        targetIds = Checks.uniqueList(targetIds, "targetIds", t -> t, Term.TARGET_ID);
    }

    /**
     * A task with targets but without id, issuer code, status text or dates.
     *
     * @param title     the task
     * @param issuer    who posted it
     * @param status    where it stands
     * @param funding   the funding in yuan, or {@code null}
     * @param targetIds what it tackles
     */
    public ChallengeTask(String title, String issuer, TaskStatus status, @Nullable BigDecimal funding,
                         List<String> targetIds) {
        this(null, title, issuer, null, status, null, funding, null, null, targetIds);
    }

    /**
     * A task without the fields format version 2 added.
     *
     * @param title   the task
     * @param issuer  who posted it
     * @param status  where it stands
     * @param funding the funding in yuan, or {@code null}
     */
    public ChallengeTask(String title, String issuer, TaskStatus status, BigDecimal funding) {
        this(title, issuer, status, funding, List.of());
    }
}
