package org.countychain.consolidation;

import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.internal.Checks;
import org.countychain.report.ResearchReport;

/**
 * What a city's consolidation did (合并结果): the groups it formed and why, what it left alone and why, and the
 * city-level data set holding the merged chains and reports.
 *
 * @param cityUnitId  the city-level unit ({@code 350500}, or {@code PINGTAN})
 * @param cityName    its name
 * @param year        the reporting year
 * @param groups      the groups of two or more counties' chains, by merged chain id
 * @param leftAlone   the chains and reports left alone, by county and chain
 * @param cityDataset the city-level data set: the merged chains with merged maps, the merged reports, and the
 *                    enterprises, teams, platforms, demands and achievements of the merged chains
 * @since 0.1.0
 */
public record ConsolidationResult(String cityUnitId, String cityName, int year, List<ChainGroup> groups,
                                  List<LeftAlone> leftAlone, CountyDataset cityDataset) {
    /**
     * Checks the invariants.
     */
    public ConsolidationResult {
        cityUnitId = Checks.requiredText(cityUnitId, "cityUnitId");
        cityName = Checks.requiredText(cityName, "cityName");
        Checks.year(year, "year");
        groups = Checks.list(groups, "groups");
        leftAlone = Checks.list(leftAlone, "leftAlone");
        Checks.required(cityDataset, "cityDataset");
    }

    /**
     * The merged reports, as the city data set holds them.
     *
     * @return the consolidated reports
     */
    public List<ResearchReport> mergedReports() {
        return cityDataset.reports();
    }

    /**
     * The groups and what was left alone, with their reasons, without the city data set: the document to write
     * beside the merged reports.
     *
     * @return the decisions
     */
    public ConsolidationDecisions decisions() {
        return new ConsolidationDecisions(cityUnitId, cityName, year, groups, leftAlone);
    }
}
