package org.countychain.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainLink;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.DivisionLevel;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.validation.constraints.ResolvedReferences;

/**
 * {@link ResolvedReferences}: chain and link ids inside a county's data set resolve within it, and every chain
 * belongs to the data set's unit: the county itself in a county's data set, the city or one of its counties in a
 * city's (R3). A chain's county that is not a current county or city, and a unit that is not a reporting unit, are
 * left to {@code @ValidDivisionCode} and {@code @ReportingUnitId}.
 */
public final class ResolvedReferencesValidator extends ReportingValidator<ResolvedReferences, CountyDataset> {
    private static final String K = "ResolvedReferences.";

    @Override
    protected void findProblems(CountyDataset d, Report report) {
        Map<String, IndustryChain> chains = new HashMap<>();
        for (IndustryChain c : d.chains()) {
            chains.put(c.id(), c);
        }
        chainCounties(report, d, data().divisions());
        for (int i = 0; i < d.enterprises().size(); i++) {
            chainIds(report, chains, d.enterprises().get(i).chainIds(), "enterprises", i);
        }
        for (int i = 0; i < d.teams().size(); i++) {
            chainIds(report, chains, d.teams().get(i).chainIds(), "teams", i);
        }
        for (int i = 0; i < d.platforms().size(); i++) {
            chainIds(report, chains, d.platforms().get(i).chainIds(), "platforms", i);
        }
        Map<String, Set<String>> links = new HashMap<>();
        for (int i = 0; i < d.demands().size(); i++) {
            TechnologyDemand t = d.demands().get(i);
            chainAndLink(report, chains, links, t.chainId(), t.linkId(), "demands", i);
        }
        for (int i = 0; i < d.achievements().size(); i++) {
            Achievement a = d.achievements().get(i);
            chainAndLink(report, chains, links, a.chainId(), a.linkId(), "achievements", i);
        }
        for (int i = 0; i < d.reports().size(); i++) {
            String chainId = d.reports().get(i).chainId();
            if (!chains.containsKey(chainId)) {
                report.add(Templates.pieces(K + "unknownChain", chainId), "reports", i, "chainId");
            }
        }
    }

    private static void chainCounties(Report report, CountyDataset d, Divisions divisions) {
        Optional<ReportingUnit> unit = divisions.reportingUnit(d.unitId());
        if (unit.isEmpty()) {
            return;
        }
        // A county covers itself; a city-level unit covers its counted counties and has its own code (平潭 none).
        ReportingUnit u = unit.get();
        for (int i = 0; i < d.chains().size(); i++) {
            IndustryChain c = d.chains().get(i);
            DivisionCode county = c.county();
            Optional<Division> division = divisions.find(county);
            if (division.isEmpty() || division.get().level() == DivisionLevel.PROVINCE
                    || county.value().equals(u.id()) || u.covers().contains(county)) {
                continue;
            }
            report.add(Templates.pieces(K + "chainOutsideUnit", c.id() + " " + c.name(), division.get().toString(),
                    u.toString()), "chains", i, "county");
        }
    }

    private static void chainIds(Report report, Map<String, IndustryChain> chains, List<String> ids, String list,
                                 int index) {
        for (int j = 0; j < ids.size(); j++) {
            if (!chains.containsKey(ids.get(j))) {
                report.add(Templates.pieces(K + "unknownChain", ids.get(j)), list, index, "chainIds", j);
            }
        }
    }

    private static void chainAndLink(Report report, Map<String, IndustryChain> chains, Map<String, Set<String>> links,
                                     String chainId, String linkId, String list, int index) {
        if (chainId == null) {
            return;
        }
        IndustryChain chain = chains.get(chainId);
        if (chain == null) {
            report.add(Templates.pieces(K + "unknownChain", chainId), list, index, "chainId");
            return;
        }
        if (linkId == null || chain.map() == null) {
            return;
        }
        Set<String> ids = links.computeIfAbsent(chainId, k -> {
            Set<String> s = new HashSet<>();
            for (ChainLink l : chain.map().links()) {
                s.add(l.id());
            }
            return s;
        });
        if (!ids.contains(linkId)) {
            report.add(Templates.pieces(K + "unknownLink", linkId, chainId), list, index, "linkId");
        }
    }
}
