package org.countychain.consolidation;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * A county's chain (with its reports) that the consolidation left alone, and why (未合并的产业链). Its county's
 * own data set still holds it; nothing of it is in the city data set.
 *
 * @param chain  the chain (for {@link LeftAloneReason#UNKNOWN_CHAIN}, the chain id and name the report gives)
 * @param reason why it stayed alone
 * @param vetoes the near misses: chains of other counties that an override kept apart, or that conflicting
 *               industry codes kept apart although the names match, so a reader sees why they were not merged
 * @since 0.1.0
 */
public record LeftAlone(ChainMember chain, LeftAloneReason reason, List<GroupReason> vetoes) {
    /**
     * Checks the invariants.
     */
    public LeftAlone {
        Checks.required(chain, "chain");
        Checks.required(reason, "reason");
        vetoes = Checks.list(vetoes, "vetoes");
    }
}
