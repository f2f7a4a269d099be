package org.countychain.talent;

import java.math.BigDecimal;

import org.countychain.internal.Checks;

/**
 * A task posted by open competition (揭榜挂帅) that a team took on.
 *
 * @param title   the task
 * @param issuer  who posted it (an enterprise or the bureau)
 * @param status  where it stands
 * @param funding the funding offered in yuan, or {@code null}
 * @since 0.1.0
 */
public record ChallengeTask(String title, String issuer, TaskStatus status, BigDecimal funding) {
    /**
     * Checks the invariants.
     */
    public ChallengeTask {
        title = Checks.requiredText(title, "title");
        issuer = Checks.requiredText(issuer, "issuer");
        Checks.required(status, "status");
        Checks.nonNegative(funding, "funding");
    }
}
