package org.countychain.talent;

import java.math.BigDecimal;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A result a team achieved in a year (服务成效), which may earn a post-subsidy (后补助).
 *
 * @param year                   the year
 * @param description            what was achieved
 * @param postSubsidyRecommended whether the bureau recommends a post-subsidy for it
 * @param postSubsidy            the post-subsidy (后补助) granted or proposed, yuan, or {@code null}
 * @param taskId                 the id of the challenge task the result belongs to, or {@code null}
 * @since 0.1.0
 */
public record TeamResult(int year, String description, boolean postSubsidyRecommended, @Nullable BigDecimal postSubsidy,
                         @Nullable String taskId) {
    /**
     * Checks the invariants.
     */
    public TeamResult {
        Checks.year(year, "year");
        description = Checks.requiredText(description, "description");
        Checks.nonNegative(postSubsidy, "postSubsidy");
        taskId = Checks.optionalText(taskId);
    }

    /**
     * A result without amount or task (format version 1's form).
     *
     * @param year                   the year
     * @param description            what was achieved
     * @param postSubsidyRecommended whether a post-subsidy is recommended
     */
    public TeamResult(int year, String description, boolean postSubsidyRecommended) {
        this(year, description, postSubsidyRecommended, null, null);
    }
}
