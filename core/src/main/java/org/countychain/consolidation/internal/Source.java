package org.countychain.consolidation.internal;

import java.util.List;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.report.ResearchReport;
import org.jspecify.annotations.Nullable;

/**
 * One county's part of a group: its data set, its chain, and its reports on the chain (sorted by id).
 *
 * @param dataset the county's data set
 * @param chain   its chain
 * @param reports its reports on the chain
 */
public record Source(CountyDataset dataset, IndustryChain chain, List<ResearchReport> reports) {
    /**
     * The key under which a link of this source is found in a link-id map.
     *
     * @param linkId the link's id in the county's map
     * @return the key
     */
    public String linkKey(@Nullable String linkId) {
        return linkKey(dataset.unitId(), chain.id(), linkId);
    }

    /**
     * The key of a county's link in a link-id map.
     *
     * @param unitId  the county's id
     * @param chainId the chain's id
     * @param linkId  the link's id
     * @return the key
     */
    public static String linkKey(String unitId, String chainId, @Nullable String linkId) {
        return unitId + '\u0000' + chainId + '\u0000' + linkId;
    }
}
