package org.countychain.consolidation;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * A county's chain as the consolidation saw it (参与合并的县域产业链).
 *
 * @param unitId    the county's id
 * @param unitName  the county's name
 * @param chainId   the chain's id in the county's data set
 * @param chainName the chain's name
 * @param reportIds the ids of the county's reports on the chain, sorted
 * @since 0.1.0
 */
public record ChainMember(String unitId, String unitName, String chainId, String chainName, List<String> reportIds) {
    /**
     * Checks the invariants.
     */
    public ChainMember {
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        chainId = Checks.requiredText(chainId, "chainId");
        chainName = Checks.requiredText(chainName, "chainName");
        reportIds = Checks.list(reportIds, "reportIds");
    }

    @Override
    public String toString() {
        return unitName + " " + chainName + " (" + chainId + ")";
    }
}
