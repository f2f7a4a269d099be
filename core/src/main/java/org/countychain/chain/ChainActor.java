package org.countychain.chain;

import org.countychain.enterprise.CreditCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise or institution working on a chain link (链上主体).
 *
 * @param name       its name
 * @param kind       what kind of actor it is
 * @param creditCode its credit code when known (links it to an {@link org.countychain.enterprise.Enterprise}),
 *                   or {@code null}
 * @since 0.1.0
 */
public record ChainActor(String name, ActorKind kind, @Nullable CreditCode creditCode) {
    /**
     * Checks the invariants.
     */
    public ChainActor {
        name = Checks.requiredText(name, "name");
        Checks.required(kind, "kind");
    }
}
