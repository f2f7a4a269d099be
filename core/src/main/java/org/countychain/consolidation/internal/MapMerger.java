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

/**
 * Merges the chain maps of a group stage by stage and link by link: stages by kind; links by normalised name
 * (one link, its technologies and actors united and de-duplicated); every bottleneck kept, attributed to its
 * county. Records where each county's link went, so demands and achievements can follow.
 */
final class MapMerger {
    private final Map<StageKind, StageAcc> stages = new EnumMap<>(StageKind.class);
    private final Map<String, String> linkIds = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();

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
                l.add(link, county);
            }
        }
    }

    private String uniqueId(String unitId, String id) {
        String candidate = id;
        if (usedIds.contains(candidate)) {
            candidate = unitId + "-" + id;
        }
        String base = candidate;
        for (int n = 2; usedIds.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        usedIds.add(candidate);
        return candidate;
    }

    /** The merged map, or {@code null} when no county had one. */
    ChainMap map() {
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

    private static final class StageAcc {
        final List<String> names = new ArrayList<>();
        final Map<String, LinkAcc> links = new LinkedHashMap<>();
    }

    private static final class LinkAcc {
        final String id;
        final String name;
        final Map<String, TechAcc> technologies = new LinkedHashMap<>();
        final Map<String, ChainActor> actors = new LinkedHashMap<>();
        final List<Bottleneck> bottlenecks = new ArrayList<>();

        LinkAcc(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void add(ChainLink link, String county) {
            for (KeyTechnology t : link.technologies()) {
                TechAcc acc = technologies.computeIfAbsent(ChainNames.plainKey(t.name()), k -> new TechAcc(t.name()));
                acc.descriptions.add(t.description());
                t.bottlenecks().forEach(b -> acc.bottlenecks.add(attributed(b, county)));
            }
            for (ChainActor a : link.actors()) {
                String key = a.creditCode() != null ? a.creditCode().value() : "name:" + ChainNames.plainKey(a.name());
                actors.putIfAbsent(key, a);
            }
            link.bottlenecks().forEach(b -> bottlenecks.add(attributed(b, county)));
        }

        ChainLink link() {
            return new ChainLink(id, name, technologies.values().stream().map(TechAcc::technology).toList(),
                    List.copyOf(actors.values()), bottlenecks);
        }
    }

    private static final class TechAcc {
        final String name;
        final List<String> descriptions = new ArrayList<>();
        final List<Bottleneck> bottlenecks = new ArrayList<>();

        TechAcc(String name) {
            this.name = name;
        }

        KeyTechnology technology() {
            return new KeyTechnology(name, Texts.joinDistinct(descriptions), bottlenecks);
        }
    }

    private static Bottleneck attributed(Bottleneck b, String county) {
        return new Bottleneck(b.kind(), Texts.attributed(b.description(), county));
    }
}
