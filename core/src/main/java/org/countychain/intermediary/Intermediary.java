package org.countychain.intermediary;

import org.countychain.enterprise.CreditCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An S&amp;T intermediary service organisation (科技中介服务机构), as a watch list names it.
 *
 * @param name       its registered name
 * @param creditCode its credit code, or {@code null}
 * @param reason     the reason the list gives for naming it (列入原因, e.g. the serious error found), or
 *                   {@code null}
 * @since 0.1.0
 */
public record Intermediary(String name, @Nullable CreditCode creditCode, @Nullable String reason) {
    /**
     * Checks the invariants.
     */
    public Intermediary {
        name = Checks.requiredText(name, "name");
        reason = Checks.optionalText(reason);
    }

    /**
     * An entry without a reason (format version 1's form).
     *
     * @param name       its registered name
     * @param creditCode its credit code, or {@code null}
     */
    public Intermediary(String name, CreditCode creditCode) {
        this(name, creditCode, null);
    }
}
