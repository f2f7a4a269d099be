package org.countychain.rules;

import java.util.Objects;

import org.countychain.rules.model.CriterionStatus;
import org.countychain.rules.model.HighTechCriterion;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise against one high-tech criterion (R11 cultivation list).
 *
 * @param criterion the criterion
 * @param status    met, not met, or undecidable
 * @param actual    the enterprise's value as plain text (a percentage such as {@code 3.12}, a count, a date), or
 *                  {@code null} when it cannot be computed
 * @param required  what the criterion requires, as plain text ({@code 4}, {@code 1}, {@code 2023-12-31})
 * @param missing   the figures not reported that keep the criterion undecidable ({@code rdExpense 2022,
 *                  operatingRevenue 2022}), or {@code null}
 * @since 0.1.0
 */
public record CriterionResult(HighTechCriterion criterion, CriterionStatus status, @Nullable String actual,
                              @Nullable String required, @Nullable String missing) {
    /**
     * Checks the invariants.
     */
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
    }
}
