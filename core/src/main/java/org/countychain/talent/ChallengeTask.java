package org.countychain.talent;

import java.math.BigDecimal;
import java.util.List;

import org.countychain.Term;
import org.countychain.internal.Checks;

/**
 * A task posted by open competition (揭榜挂帅) that a team took on.
 *
 * @param title   the task
 * @param issuer  who posted it (an enterprise or the bureau)
 * @param status  where it stands
 * @param funding the funding offered in yuan, or {@code null}
 * @param targetIds the ids of the bottlenecks (断点/堵点/难点) or key technologies of the team's chains' maps the task
 *                  tackles; one aimed at a technology is aimed at the technology's bottlenecks too
 * @since 0.1.0
 */
public record ChallengeTask(String title, String issuer, TaskStatus status, BigDecimal funding,
                            List<String> targetIds) {
    /**
     * Checks the invariants.
     */
    public ChallengeTask {
        title = Checks.requiredText(title, "title");
        issuer = Checks.requiredText(issuer, "issuer");
        Checks.required(status, "status");
        Checks.nonNegative(funding, "funding");
        targetIds = Checks.uniqueList(targetIds, "targetIds", t -> t, Term.TARGET_ID);
    }

    /**
     * A task without targets (format version 1's form).
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
