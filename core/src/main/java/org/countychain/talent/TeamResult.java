package org.countychain.talent;

import org.countychain.internal.Checks;

/**
 * A result a team achieved in a year (服务成效), which may earn a post-subsidy (后补助).
 *
 * @param year                   the year
 * @param description            what was achieved
 * @param postSubsidyRecommended whether the bureau recommends a post-subsidy for it
 * @since 0.1.0
 */
public record TeamResult(int year, String description, boolean postSubsidyRecommended) {
    /**
     * Checks the invariants.
     */
    public TeamResult {
        Checks.year(year, "year");
        description = Checks.requiredText(description, "description");
    }
}
