package org.countychain.consolidation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.countychain.chain.IndustryChain;
import org.countychain.division.DivisionCode;
import org.countychain.division.ReportingUnit;

/**
 * Builds a group's city-level chain: the name most members use (the first county's on a tie), every other name
 * and alias as aliases, the broadest industry code when the codes nest, the merged map.
 */
public final class MapMergers {
    private MapMergers() {
    }

    /**
     * A merged chain and where each county's links went.
     *
     * @param chain   the merged chain
     * @param linkIds {@link Source#linkKey} to merged link id
     */
    public record Merged(IndustryChain chain, Map<String, String> linkIds) {
    }

    /**
     * Merges a group's chains.
     *
     * @param city    the city-level unit
     * @param chainId the merged chain's id
     * @param sources the group's sources, sorted
     * @return the merged chain
     */
    public static Merged merge(ReportingUnit city, String chainId, List<Source> sources) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        sources.forEach(s -> uses.merge(s.chain().name(), 1, Integer::sum));
        String name = uses.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .orElseThrow().getKey();
        TreeSet<String> aliases = new TreeSet<>();
        for (Source s : sources) {
            aliases.add(s.chain().name());
            aliases.addAll(s.chain().aliases());
        }
        aliases.remove(name);
        MapMerger maps = new MapMerger();
        sources.forEach(maps::add);
        DivisionCode county = DivisionCode.isWellFormed(city.id()) ? DivisionCode.of(city.id())
                : sources.get(0).chain().county();
        IndustryChain chain = new IndustryChain(chainId, name, county, broadestCode(sources), new ArrayList<>(aliases),
                maps.map());
        return new Merged(chain, Map.copyOf(maps.linkIds()));
    }

    private static String broadestCode(List<Source> sources) {
        List<String> codes = sources.stream().map(s -> s.chain().industryCode()).filter(c -> c != null)
                .sorted((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b)).toList();
        if (codes.isEmpty()) {
            return null;
        }
        String broadest = codes.get(0);
        String folded = ChainNames.industryCode(broadest);
        for (String c : codes) {
            String f = ChainNames.industryCode(c);
            if (folded == null || f == null || !f.startsWith(folded)) {
                return null;
            }
        }
        return broadest;
    }
}
