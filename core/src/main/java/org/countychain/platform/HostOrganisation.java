package org.countychain.platform;

import org.countychain.enterprise.CreditCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An organisation a platform is built on (依托单位/共建单位): the university, institute or enterprise that hosts it.
 * A platform built jointly has several.
 *
 * @param name       the organisation's registered name
 * @param creditCode its credit code, or {@code null} when not known (a university abroad has none)
 * @since 0.2.0
 */
public record HostOrganisation(String name, @Nullable CreditCode creditCode) {
    /**
     * Checks the invariants.
     */
    public HostOrganisation {
        name = Checks.requiredText(name, "name");
    }
}
