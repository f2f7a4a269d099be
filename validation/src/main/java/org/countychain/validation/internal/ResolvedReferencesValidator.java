package org.countychain.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainReference;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.DivisionLevel;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.enterprise.ServiceContact;
import org.countychain.platform.InnovationPlatform;
import org.countychain.talent.TalentTeam;
import org.countychain.validation.constraints.ResolvedReferences;

import org.jspecify.annotations.Nullable;

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
            otherChains(report, d.teams().get(i), i);
        }
        Set<String> teams = new HashSet<>();
        d.teams().forEach(t -> teams.add(t.id()));
        for (int i = 0; i < d.enterprises().size(); i++) {
            ServiceContact contact = d.enterprises().get(i).serviceContact();
            if (contact != null && contact.teamId() != null && !teams.contains(contact.teamId())) {
                report.add(Templates.pieces(K + "unknownTeam", contact.teamId()), "enterprises", i,
                        "serviceContact", "teamId");
            }
        }
        for (int i = 0; i < d.platforms().size(); i++) {
            chainIds(report, chains, d.platforms().get(i).chainIds(), "platforms", i);
            platformLinks(report, d, d.platforms().get(i), i);
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
        targets(report, d, data().divisions());
        for (int i = 0; i < d.reports().size(); i++) {
            String chainId = d.reports().get(i).chainId();
            if (!chains.containsKey(chainId)) {
                report.add(Templates.pieces(K + "unknownChain", chainId), "reports", i, "chainId");
            }
        }
    }

    /**
     * Target ids name a bottleneck or key technology on the map of a chain the item concerns: a demand's or
     * achievement's chain, a team's chains for its tasks, a platform's chains; every chain of the data set when the
     * item names none. A chain that is not in the data set is reported as such, not here.
     */
    private static void targets(Report report, CountyDataset d, Divisions divisions) {
        // A city's consolidated data set (R3) holds merged maps whose bottlenecks have new ids, while its teams,
        // demands and platforms keep the counties' targets: they are checked in the counties' own data sets.
        Optional<ReportingUnit> unit = divisions.reportingUnit(d.unitId());
        if (unit.isPresent() && unit.get().parentId() == null) {
            return;
        }
        List<String> all = d.chains().stream().map(IndustryChain::id).toList();
        for (int i = 0; i < d.demands().size(); i++) {
            TechnologyDemand t = d.demands().get(i);
            targetIds(report, d, t.chainId() == null ? all : List.of(t.chainId()), t.targetIds(), "demands", i);
        }
        for (int i = 0; i < d.achievements().size(); i++) {
            Achievement a = d.achievements().get(i);
            targetIds(report, d, a.chainId() == null ? all : List.of(a.chainId()), a.targetIds(), "achievements", i);
        }
        for (int i = 0; i < d.teams().size(); i++) {
            TalentTeam team = d.teams().get(i);
            List<String> chains = team.chainIds().isEmpty() ? all : team.chainIds();
            for (int k = 0; k < team.tasks().size(); k++) {
                List<String> ids = team.tasks().get(k).targetIds();
                for (int j = 0; j < ids.size(); j++) {
                    if (!resolves(d, chains, ids.get(j))) {
                        report.add(Templates.pieces(K + "unknownTarget", ids.get(j), String.join("、", chains)),
                                "teams", i, "tasks", k, "targetIds", j);
                    }
                }
            }
        }
        for (int i = 0; i < d.platforms().size(); i++) {
            InnovationPlatform p = d.platforms().get(i);
            targetIds(report, d, p.chainIds().isEmpty() ? all : p.chainIds(), p.targetIds(), "platforms", i);
        }
    }

    private static void targetIds(Report report, CountyDataset d, List<String> chains, List<String> ids, String list,
                                  int index) {
        for (int j = 0; j < ids.size(); j++) {
            if (!resolves(d, chains, ids.get(j))) {
                report.add(Templates.pieces(K + "unknownTarget", ids.get(j), String.join("、", chains)), list, index,
                        "targetIds", j);
            }
        }
    }

    private static boolean resolves(CountyDataset d, List<String> chains, String id) {
        for (String chainId : chains) {
            Optional<IndustryChain> chain = d.chain(chainId);
            if (chain.isEmpty()) {
                return true; // an unknown chain is reported by itself
            }
            if (chain.get().map() != null && chain.get().map().hasTarget(id)) {
                return true;
            }
        }
        return false;
    }

    /** A city-level team's chains of other counties: a chain of its own county belongs in {@code chainIds}. */
    private static void otherChains(Report report, TalentTeam team, int index) {
        for (int j = 0; j < team.otherChains().size(); j++) {
            ChainReference r = team.otherChains().get(j);
            if (r.county().equals(team.county())) {
                report.add(Templates.pieces(K + "otherChainOfOwnCounty", r.chainId(), team.county().value()),
                        "teams", index, "otherChains", j);
            }
        }
    }

    /**
     * A platform's links are on the map of one of its chains (of any chain of the data set when it names none). A
     * chain that is not in the data set is reported as such; a chain without a map cannot say.
     */
    private static void platformLinks(Report report, CountyDataset d, InnovationPlatform p, int index) {
        List<String> chainIds = p.chainIds().isEmpty() ? d.chains().stream().map(IndustryChain::id).toList()
                : p.chainIds();
        for (int j = 0; j < p.linkIds().size(); j++) {
            String linkId = p.linkIds().get(j);
            boolean found = false;
            for (String chainId : chainIds) {
                Optional<IndustryChain> chain = d.chain(chainId);
                if (chain.isEmpty() || chain.get().map() == null
                        || chain.get().map().links().stream().anyMatch(l -> l.id().equals(linkId))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                report.add(Templates.pieces(K + "unknownLink", linkId, String.join("、", chainIds)), "platforms",
                        index, "linkIds", j);
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
                                     @Nullable String chainId, @Nullable String linkId, String list,
                                     int index) {
        if (chainId == null) {
            return;
        }
        IndustryChain chain = chains.get(chainId);
        if (chain == null) {
            report.add(Templates.pieces(K + "unknownChain", chainId), list, index, "chainId");
            return;
        }
        ChainMap map = chain.map();
        if (linkId == null || map == null) {
            return;
        }
        Set<String> ids = links.computeIfAbsent(chainId, k -> {
            Set<String> s = new HashSet<>();
            for (ChainLink l : map.links()) {
                s.add(l.id());
            }
            return s;
        });
        if (!ids.contains(linkId)) {
            report.add(Templates.pieces(K + "unknownLink", linkId, chainId), list, index, "linkId");
        }
    }
}
