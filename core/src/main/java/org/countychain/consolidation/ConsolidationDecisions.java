package org.countychain.consolidation;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * What a city's consolidation decided, as data (合并判定记录): the groups it formed with each member's reason, and
 * the chains it left alone with theirs, without the merged data set. {@link org.countychain.json.CountyChainJson}
 * writes it as the {@code <city>-<year>-groups.json} document of {@code docs/consolidation.md}
 * ({@code docs/schema/consolidation-groups.schema.json}); every reason carries its explanation in Chinese and
 * English. Write-only: the document is for people and tools that audit the merge, not an input.
 *
 * @param cityUnitId the city-level unit ({@code 350500}, or {@code PINGTAN})
 * @param cityName   its name
 * @param year       the reporting year
 * @param groups     the groups of two or more counties' chains, by merged chain id
 * @param leftAlone  the chains and reports left alone, by county and chain
 * @since 0.1.0
 */
public record ConsolidationDecisions(String cityUnitId, String cityName, int year, List<ChainGroup> groups,
                                     List<LeftAlone> leftAlone) {
    /**
     * Checks the invariants.
     */
    public ConsolidationDecisions {
        cityUnitId = Checks.requiredText(cityUnitId, "cityUnitId");
        cityName = Checks.requiredText(cityName, "cityName");
        Checks.year(year, "year");
        groups = Checks.list(groups, "groups");
        leftAlone = Checks.list(leftAlone, "leftAlone");
    }
}
