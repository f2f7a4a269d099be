package org.countychain.consolidation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.MoneyUnit;
import org.countychain.division.DivisionCode;
import org.countychain.division.ReportingUnit;
import org.jspecify.annotations.Nullable;

/**
 * Builds a group's city-level chain: the name most members use (the first county's on a tie), every other name
 * and alias as aliases, the broadest industry code when the codes nest, the full name most members give (the first
 * county's on a tie), pilot when any member is a pilot chain (not pilot when all say so; unsaid otherwise), the
 * scale of each year every member states (figures summed when every member states them; the unit kept when all
 * agree), and the merged map.
 */
public final class MapMergers {
    private MapMergers() {
    }

    /**
     * A merged chain and where each county's links went.
     *
     * @param chain   the merged chain
     * @param linkIds   {@link Source#linkKey} to merged link id
     * @param targetIds {@link Source#linkKey} of a bottleneck's or technology's id to its merged id
     */
    public record Merged(IndustryChain chain, Map<String, String> linkIds, Map<String, String> targetIds) {
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
        IndustryChain chain = new IndustryChain(chainId, name, fullName(sources), county, broadestCode(sources),
                new ArrayList<>(aliases), pilot(sources), scale(sources), maps.map());
        return new Merged(chain, Map.copyOf(maps.linkIds()), Map.copyOf(maps.targetIds()));
    }

    private static @Nullable String fullName(List<Source> sources) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        sources.stream().map(s -> s.chain().fullName()).filter(n -> n != null).forEach(n -> uses.merge(n, 1,
                Integer::sum));
        return uses.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey)
                .orElse(null);
    }

    private static @Nullable Boolean pilot(List<Source> sources) {
        if (sources.stream().anyMatch(s -> Boolean.TRUE.equals(s.chain().pilot()))) {
            return Boolean.TRUE;
        }
        return sources.stream().allMatch(s -> Boolean.FALSE.equals(s.chain().pilot())) ? Boolean.FALSE : null;
    }

    /**
     * The scale of each year that every member states: a partial sum would understate the city's chain, so a
     * year some county leaves out is left out, and so is a figure some county leaves out of a year.
     */
    private static List<ChainScale> scale(List<Source> sources) {
        TreeSet<Integer> years = new TreeSet<>();
        sources.get(0).chain().scale().forEach(s -> years.add(s.year()));
        for (Source s : sources) {
            years.retainAll(s.chain().scale().stream().map(ChainScale::year).toList());
        }
        List<ChainScale> out = new ArrayList<>();
        for (int year : years) {
            List<ChainScale> of = sources.stream().map(s -> s.chain().scaleIn(year).orElseThrow()).toList();
            BigDecimal output = BigDecimal.ZERO;
            Integer enterprises = 0;
            Integer aboveScale = 0;
            for (ChainScale c : of) {
                output = output == null || c.outputValue() == null ? null : output.add(c.outputValue());
                enterprises = enterprises == null || c.enterprises() == null ? null : enterprises + c.enterprises();
                aboveScale = aboveScale == null || c.aboveScaleEnterprises() == null ? null
                        : aboveScale + c.aboveScaleEnterprises();
            }
            MoneyUnit unit = of.get(0).outputValueUnit();
            for (ChainScale c : of) {
                if (c.outputValueUnit() != unit) {
                    unit = null;
                }
            }
            out.add(new ChainScale(year, output, enterprises, aboveScale, unit));
        }
        return out;
    }

    private static @Nullable String broadestCode(List<Source> sources) {
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
