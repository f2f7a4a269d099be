package org.countychain.chain;

import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;

/**
 * A key chain of another county (跨县产业链引用), named where a chain id alone would be read within the data set: a
 * city-level talent team recorded in one county's data set serves chains of other counties of its city too.
 *
 * @param county  the county-level unit whose key chain it is
 * @param chainId the chain's id in that county's data set
 * @since 0.2.0
 */
public record ChainReference(DivisionCode county, String chainId) {
    /**
     * Checks the invariants.
     */
    public ChainReference {
        Checks.required(county, "county");
        chainId = Checks.requiredText(chainId, "chainId");
    }

    @Override
    public String toString() {
        return county.value() + ":" + chainId;
    }
}
