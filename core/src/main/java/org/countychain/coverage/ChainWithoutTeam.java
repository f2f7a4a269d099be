package org.countychain.coverage;

import org.countychain.internal.Checks;

/**
 * A key chain that no S&amp;T commissioner team of its data set serves (无科技特派团的产业链, R13).
 *
 * @param unitId    the unit whose data set holds the chain (a county, or a city for its consolidated data set)
 * @param unitName  its name
 * @param chainId   the chain's id
 * @param chainName the chain's name
 * @param unitTeams how many teams the data set has at all
 * @since 0.1.0
 */
public record ChainWithoutTeam(String unitId, String unitName, String chainId, String chainName, int unitTeams) {
    /**
     * Checks the invariants.
     */
    public ChainWithoutTeam {
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        chainId = Checks.requiredText(chainId, "chainId");
        chainName = Checks.requiredText(chainName, "chainName");
        Checks.nonNegative(unitTeams, "unitTeams");
    }
}
