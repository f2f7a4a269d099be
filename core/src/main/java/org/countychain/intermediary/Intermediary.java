package org.countychain.intermediary;

import org.countychain.enterprise.CreditCode;
import org.countychain.internal.Checks;

/**
 * An S&amp;T intermediary service organisation (科技中介服务机构).
 *
 * @param name       its registered name
 * @param creditCode its credit code, or {@code null}
 * @since 0.1.0
 */
public record Intermediary(String name, CreditCode creditCode) {
    /**
     * Checks the invariants.
     */
    public Intermediary {
        name = Checks.requiredText(name, "name");
    }
}
