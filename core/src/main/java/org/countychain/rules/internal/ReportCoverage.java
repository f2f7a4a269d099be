package org.countychain.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.report.ResearchReport;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.talent.TalentTeam;

/**
 * What R1, R2 and R13 decide, in one place, so that the rules and the coverage model
 * ({@code org.countychain.coverage}) can never disagree: which county-level units a report covers, which required
 * chains a pilot county lacks, which chains no team serves. Internal: not part of the API.
 */
public final class ReportCoverage {
    private ReportCoverage() {
    }

    /**
     * The county-level units a report covers: its listed counties, or its unit when it lists none, each followed
     * to its current code (both the code as written and the current one are in the set).
     *
     * @param report    the report
     * @param divisions the divisions
     * @return the unit ids
     */
    public static Set<String> coveredUnits(ResearchReport report, Divisions divisions) {
        Set<String> ids = new HashSet<>();
        if (report.coveredCounties().isEmpty()) {
            ids.add(report.unitId());
            if (DivisionCode.isWellFormed(report.unitId())) {
                divisions.current(DivisionCode.of(report.unitId())).ifPresent(d -> ids.add(d.code().value()));
            }
        }
        for (DivisionCode c : report.coveredCounties()) {
            ids.add(c.value());
            divisions.current(c).ifPresent(d -> ids.add(d.code().value()));
        }
        return ids;
    }

    /**
     * The reports of a year by the unit ids they cover (R1): a unit is covered when its id is a key.
     *
     * @param reports   the reports, in the order the lists should keep
     * @param year      the reporting year
     * @param divisions the divisions
     * @return unit id → the reports of the year covering it, in the given order
     */
    public static Map<String, List<ResearchReport>> byCoveredUnit(List<ResearchReport> reports, int year,
                                                                  Divisions divisions) {
        Map<String, List<ResearchReport>> out = new TreeMap<>();
        for (ResearchReport r : reports) {
            if (r.year() == year) {
                for (String id : coveredUnits(r, divisions)) {
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }

    /**
     * The registry's entry for a county-level unit, matched by its code or the code's successor.
     *
     * @param registry  the pilot registry
     * @param unit      the unit
     * @param divisions the divisions
     * @return the entry, or empty when the unit is not a pilot county
     */
    public static Optional<PilotRegistry.PilotCounty> pilotOf(PilotRegistry registry, ReportingUnit unit,
                                                             Divisions divisions) {
        return registry.counties().stream()
                .filter(p -> p.county().value().equals(unit.id())
                        || divisions.current(p.county()).map(d -> d.code().value().equals(unit.id())).orElse(false))
                .findFirst();
    }

    /**
     * The chains a pilot county must map and no report covering it is about (R2): a report is about a required
     * chain when its chain name matches, or when the county's chain with the report's chain id matches by name,
     * alias or industry code.
     *
     * @param pilot    the pilot county
     * @param covering the reports of the year covering the county
     * @param chains   the county's chains (from its data sets)
     * @return the missing chains, in registry order
     */
    public static List<PilotRegistry.RequiredChain> missingChains(PilotRegistry.PilotCounty pilot,
                                                                 List<ResearchReport> covering,
                                                                 List<IndustryChain> chains) {
        Set<String> reported = new HashSet<>();
        List<PilotRegistry.RequiredChain> missing = new ArrayList<>();
        for (PilotRegistry.RequiredChain required : pilot.chains()) {
            for (ResearchReport r : covering) {
                if (isAbout(required, r, chains)) {
                    reported.add(required.name());
                }
            }
            if (!reported.contains(required.name())) {
                missing.add(required);
            }
        }
        return missing;
    }

    private static boolean isAbout(PilotRegistry.RequiredChain required, ResearchReport r, List<IndustryChain> chains) {
        if (required.matches(r.chainName(), List.of(), null)) {
            return true;
        }
        for (IndustryChain c : chains) {
            if (c.id().equals(r.chainId()) && required.matches(c.name(), c.aliases(), c.industryCode())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key chains of a data set that no team of the same data set serves (R13; a team of either mode serves
     * the chains it lists).
     *
     * @param county the data set
     * @return the chains, in data-set order
     */
    public static List<IndustryChain> chainsWithoutTeam(CountyDataset county) {
        Set<String> served = new LinkedHashSet<>();
        for (TalentTeam t : county.teams()) {
            served.addAll(t.chainIds());
        }
        return county.chains().stream().filter(c -> !served.contains(c.id())).toList();
    }
}
