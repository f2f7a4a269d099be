package org.countychain.coverage;

import org.countychain.internal.Checks;

/**
 * A chain the pilot plan requires of a pilot county that no report of the year covering the county is about
 * (试点县缺少的产业链, R2).
 *
 * @param unitId         the pilot county's id
 * @param unitName       its name
 * @param requiredChain  the chain's name in the registry
 * @param registrySource where the pilot registry comes from
 * @since 0.1.0
 */
public record MissingPilotChain(String unitId, String unitName, String requiredChain, String registrySource) {
    /**
     * Checks the invariants.
     */
    public MissingPilotChain {
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        requiredChain = Checks.requiredText(requiredChain, "requiredChain");
        registrySource = Checks.requiredText(registrySource, "registrySource");
    }
}
