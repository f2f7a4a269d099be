package org.countychain.consolidation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainReference;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.platform.InnovationPlatform;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.TalentTeam;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the enterprises, teams, platforms, demands and achievements of the merged chains from the counties' data
 * sets, their chain, link and target (bottleneck, key technology) references rewritten to the merged chains' ids. Data
 * sets are visited by county code. A city-level team serves the merged chains its own chains and its chains of other
 * counties ({@code otherChains}) became; a chain of another county that was not merged stays in its
 * {@code otherChains}; a team none of whose chains was merged is not the city's. An enterprise listed by two
 * counties is kept once (the first county's record, the chains of both); an id used by two counties for different
 * teams, platforms, demands or achievements is qualified with the county's id ({@code 350581/T1}), so nothing is
 * dropped.
 */
public final class CityAssembler {
    private final Map<String, String> chainIds = new LinkedHashMap<>();
    private final Map<String, String> linkIds = new LinkedHashMap<>();
    private final Map<String, String> targetIds = new LinkedHashMap<>();
    private final Map<CreditCode, Enterprise> enterprises = new TreeMap<>();
    private final Map<String, TalentTeam> teams = new LinkedHashMap<>();
    private final Map<String, InnovationPlatform> platforms = new LinkedHashMap<>();
    private final Map<String, TechnologyDemand> demands = new LinkedHashMap<>();
    private final Map<String, Achievement> achievements = new LinkedHashMap<>();

    /**
     * Records that a county's chain became a merged chain.
     *
     * @param unitId        the county
     * @param chainId       its chain
     * @param mergedChainId the merged chain
     */
    public void chain(String unitId, String chainId, String mergedChainId) {
        chainIds.put(unitId + '\u0000' + chainId, mergedChainId);
    }

    /**
     * Records where counties' links went.
     *
     * @param map {@link Source#linkKey} to merged link id
     */
    public void links(Map<String, String> map) {
        linkIds.putAll(map);
    }

    /**
     * Records where counties' bottlenecks and technologies went.
     *
     * @param map {@link Source#linkKey} of a bottleneck's or technology's id to its merged id
     */
    public void targets(Map<String, String> map) {
        targetIds.putAll(map);
    }

    /**
     * Takes what belongs to merged chains from a county's data set; call in county order.
     *
     * @param d the county's data set
     */
    public void add(CountyDataset d) {
        String unit = d.unitId();
        for (Enterprise e : d.enterprises()) {
            List<String> mapped = mapChains(unit, e.chainIds());
            if (!mapped.isEmpty()) {
                Enterprise known = enterprises.get(e.creditCode());
                List<String> all = known == null ? mapped : union(known.chainIds(), mapped);
                enterprises.put(e.creditCode(), (known == null ? e : known).toBuilder().chainIds(all).build());
            }
        }
        for (TalentTeam t : d.teams()) {
            // A city-level team's chains of other counties: those merged here are chains of the city's data set
            // now; the others (left alone, or another city's) stay references to the county's chain.
            List<String> mapped = new ArrayList<>(mapChains(unit, t.chainIds()));
            List<ChainReference> elsewhere = new ArrayList<>();
            for (ChainReference r : t.otherChains()) {
                String m = chainIds.get(r.county().value() + '\u0000' + r.chainId());
                if (m == null) {
                    elsewhere.add(r);
                } else if (!mapped.contains(m)) {
                    mapped.add(m);
                }
            }
            mapped.sort(null);
            if (!mapped.isEmpty()) {
                List<ChallengeTask> tasks = t.tasks().stream().map(k -> new ChallengeTask(k.id(), k.title(),
                        k.issuer(), k.issuerCode(), k.status(), k.statusText(), k.funding(), k.startOn(), k.dueOn(),
                        targets(unit, t.chainIds(), k.targetIds()))).toList();
                put(teams, unit, t.id(), id -> new TalentTeam(id, t.name(), t.county(), t.mode(), t.formation(),
                        t.serviceFrom(), t.serviceUntil(), List.copyOf(mapped), elsewhere, t.leader(), t.members(),
                        tasks, t.results()));
            }
        }
        for (InnovationPlatform p : d.platforms()) {
            List<String> mapped = mapChains(unit, p.chainIds());
            if (!mapped.isEmpty()) {
                // A platform's links are on the map of its first chain that has them; merged maps may rename them.
                List<String> links = p.linkIds().stream().map(l -> link(unit, p.chainIds().get(0), l)).toList();
                put(platforms, unit, p.id(), id -> new InnovationPlatform(id, p.name(), p.type(), p.level(), p.county(),
                        mapped, p.operator(), p.enclave(), targets(unit, p.chainIds(), p.targetIds()), p.hosts(),
                        links, p.establishedOn(), p.recognisedOn(), p.services()));
            }
        }
        for (TechnologyDemand x : d.demands()) {
            String written = x.chainId();
            String chain = written == null ? null : chainIds.get(unit + '\u0000' + written);
            if (written != null && chain != null) {
                String link = link(unit, written, x.linkId());
                put(demands, unit, x.id(), id -> new TechnologyDemand(id, x.title(), x.description(), chain, link,
                        x.county(), x.industryCode(), x.proposer(), x.proposerCode(), x.keywords(),
                        x.plannedInvestment(), targets(unit, List.of(x.chainId()), x.targetIds())));
            }
        }
        for (Achievement x : d.achievements()) {
            String written = x.chainId();
            String chain = written == null ? null : chainIds.get(unit + '\u0000' + written);
            if (written != null && chain != null) {
                String link = link(unit, written, x.linkId());
                put(achievements, unit, x.id(), id -> new Achievement(id, x.title(), x.description(), x.owner(),
                        x.field(), x.industryCode(), chain, link, x.region(), x.keywords(),
                        targets(unit, List.of(x.chainId()), x.targetIds()), x.maturity(), x.origin()));
            }
        }
    }

    /**
     * Target ids (bottlenecks, key technologies) as the merged maps name them: looked up on the maps of the given
     * chains in order; one no map holds stays as written, for validation to report.
     */
    private List<String> targets(String unit, List<String> chains, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String merged = id;
            for (String chain : chains) {
                String m = targetIds.get(Source.linkKey(unit, chain, id));
                if (m != null) {
                    merged = m;
                    break;
                }
            }
            if (!out.contains(merged)) {
                out.add(merged);
            }
        }
        return out;
    }

    private @Nullable String link(String unit, String chainId, @Nullable String linkId) {
        // A link the map does not hold stays as written: validation reports it, the merge does not hide it.
        return linkId == null ? null : linkIds.getOrDefault(Source.linkKey(unit, chainId, linkId), linkId);
    }

    private List<String> mapChains(String unit, List<String> ids) {
        List<String> mapped = new ArrayList<>();
        for (String id : ids) {
            String m = chainIds.get(unit + '\u0000' + id);
            if (m != null && !mapped.contains(m)) {
                mapped.add(m);
            }
        }
        mapped.sort(null);
        return mapped;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static <T> void put(Map<String, T> into, String unit, String id, Function<String, T> make) {
        String key = into.containsKey(id) ? unit + "/" + id : id;
        into.put(key, make.apply(key));
    }

    /**
     * The enterprises of the merged chains, by credit code.
     *
     * @return the enterprises
     */
    public List<Enterprise> enterprises() {
        return List.copyOf(enterprises.values());
    }

    /**
     * The teams of the merged chains.
     *
     * @return the teams, by id
     */
    public List<TalentTeam> teams() {
        return values(teams);
    }

    /**
     * The platforms of the merged chains.
     *
     * @return the platforms, by id
     */
    public List<InnovationPlatform> platforms() {
        return values(platforms);
    }

    /**
     * The demands of the merged chains.
     *
     * @return the demands, by id
     */
    public List<TechnologyDemand> demands() {
        return values(demands);
    }

    /**
     * The achievements of the merged chains.
     *
     * @return the achievements, by id
     */
    public List<Achievement> achievements() {
        return values(achievements);
    }

    private static <T> List<T> values(Map<String, T> byId) {
        // By id, so neither the order of the data sets nor the order of their lists shows in the output.
        return List.copyOf(new TreeMap<>(byId).values());
    }
}
