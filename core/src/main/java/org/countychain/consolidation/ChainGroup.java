package org.countychain.consolidation;

import java.util.List;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Chains of several counties judged to be one chain, merged into one city-level chain and report (合并组).
 *
 * @param chainId   the merged chain's id in the city data set
 * @param chainName the merged chain's name
 * @param members   the counties' chains, by county code
 * @param reasons   why each member after the first joined: one per member, in member order
 * @param reportId  the merged report's id, or {@code null} when no member had a report
 * @since 0.1.0
 */
public record ChainGroup(String chainId, String chainName, List<ChainMember> members, List<GroupReason> reasons,
                         @Nullable String reportId) {
    /**
     * Checks the invariants.
     */
    public ChainGroup {
        chainId = Checks.requiredText(chainId, "chainId");
        chainName = Checks.requiredText(chainName, "chainName");
        members = Checks.list(members, "members");
        reasons = Checks.list(reasons, "reasons");
        reportId = Checks.optionalText(reportId);
    }

    /**
     * The ids of the counties the group covers, by code.
     *
     * @return the county ids
     */
    public List<String> countyIds() {
        return members.stream().map(ChainMember::unitId).distinct().sorted().toList();
    }
}
