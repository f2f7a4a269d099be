package org.countychain.consolidation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.countychain.chain.Bottleneck;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.jspecify.annotations.Nullable;

/**
 * Merges the chain maps of a group stage by stage and link by link: stages by kind; links by normalised name
 * (one link, its technologies and actors united and de-duplicated); every bottleneck kept, attributed to its
 * county, with its id and title. Records where each county's link, bottleneck and technology went, so demands,
 * achievements, platforms and challenge tasks can follow. Ids stay as the counties gave them; one that two
 * counties use for different things is qualified with the second county's id ({@code 350581-fiber-b1}).
 */
final class MapMerger {
    private final Map<StageKind, StageAcc> stages = new EnumMap<>(StageKind.class);
    private final Map<String, String> linkIds = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, String> targetIds = new LinkedHashMap<>();
    private final Set<String> usedTargetIds = new HashSet<>();

    /** Adds a county's map; sources must be added in their sorted order. */
    void add(Source source) {
        ChainMap map = source.chain().map();
        if (map == null) {
            return;
        }
        String county = source.dataset().unitName();
        for (ChainStage stage : map.stages()) {
            StageAcc acc = stages.computeIfAbsent(stage.kind(), k -> new StageAcc());
            if (stage.name() != null) {
                acc.names.add(stage.name());
            }
            for (ChainLink link : stage.links()) {
                LinkAcc l = acc.links.get(ChainNames.plainKey(link.name()));
                if (l == null) {
                    l = new LinkAcc(uniqueId(source.dataset().unitId(), link.id()), link.name());
                    acc.links.put(ChainNames.plainKey(link.name()), l);
                }
                linkIds.put(source.linkKey(link.id()), l.id);
                l.add(link, county, source);
            }
        }
    }

    private String uniqueId(String unitId, String id) {
        return unique(usedIds, unitId, id);
    }

    /** A bottleneck's or technology's id in the merged map: unique among both kinds, as the map requires. */
    private String uniqueTargetId(String unitId, String id) {
        return unique(usedTargetIds, unitId, id);
    }

    private static String unique(Set<String> used, String unitId, String id) {
        String candidate = id;
        if (used.contains(candidate)) {
            candidate = unitId + "-" + id;
        }
        String base = candidate;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        used.add(candidate);
        return candidate;
    }

    /** The merged map, or {@code null} when no county had one. */
    @Nullable ChainMap map() {
        if (stages.isEmpty()) {
            return null;
        }
        List<ChainStage> result = new ArrayList<>();
        stages.forEach((kind, acc) -> result.add(new ChainStage(kind, Texts.joinDistinct(acc.names, "／"),
                acc.links.values().stream().map(LinkAcc::link).toList())));
        return new ChainMap(result);
    }

    /** Where each county's link went: {@link Source#linkKey} to the merged link's id. */
    Map<String, String> linkIds() {
        return linkIds;
    }

    /** Where each county's bottleneck and technology went: {@link Source#linkKey} of its id to the merged id. */
    Map<String, String> targetIds() {
        return targetIds;
    }

    private static final class StageAcc {
        final List<String> names = new ArrayList<>();
        final Map<String, LinkAcc> links = new LinkedHashMap<>();
    }

    private final class LinkAcc {
        final String id;
        final String name;
        final Map<String, TechAcc> technologies = new LinkedHashMap<>();
        final Map<String, ChainActor> actors = new LinkedHashMap<>();
        final List<Bottleneck> bottlenecks = new ArrayList<>();

        LinkAcc(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void add(ChainLink link, String county, Source source) {
            String unit = source.dataset().unitId();
            for (KeyTechnology t : link.technologies()) {
                TechAcc acc = technologies.get(ChainNames.plainKey(t.name()));
                if (acc == null) {
                    acc = new TechAcc(t.id() == null ? null : uniqueTargetId(unit, t.id()), t.name());
                    technologies.put(ChainNames.plainKey(t.name()), acc);
                }
                if (t.id() != null && acc.id != null) {
                    // The same technology named by two counties: both counties' ids lead to the merged one.
                    targetIds.put(source.linkKey(t.id()), acc.id);
                }
                acc.descriptions.add(t.description());
                for (Bottleneck b : t.bottlenecks()) {
                    acc.bottlenecks.add(attributed(b, county, unit, source));
                }
            }
            for (ChainActor a : link.actors()) {
                String key = a.creditCode() != null ? a.creditCode().value() : "name:" + ChainNames.plainKey(a.name());
                actors.putIfAbsent(key, a);
            }
            for (Bottleneck b : link.bottlenecks()) {
                bottlenecks.add(attributed(b, county, unit, source));
            }
        }

        ChainLink link() {
            return new ChainLink(id, name, technologies.values().stream().map(TechAcc::technology).toList(),
                    List.copyOf(actors.values()), bottlenecks);
        }
    }

    private static final class TechAcc {
        final @Nullable String id;
        final String name;
        final List<String> descriptions = new ArrayList<>();
        final List<Bottleneck> bottlenecks = new ArrayList<>();

        TechAcc(@Nullable String id, String name) {
            this.id = id;
            this.name = name;
        }

        KeyTechnology technology() {
            return new KeyTechnology(id, name, Texts.joinDistinct(descriptions), bottlenecks);
        }
    }

    /** A county's bottleneck in the merged map: attributed to the county, its id kept (qualified when taken). */
    private Bottleneck attributed(Bottleneck b, String county, String unit, Source source) {
        String id = b.id() == null ? null : uniqueTargetId(unit, b.id());
        if (id != null) {
            targetIds.put(source.linkKey(b.id()), id);
        }
        return new Bottleneck(id, b.kind(), b.title(), Texts.attributed(b.description(), county));
    }
}
