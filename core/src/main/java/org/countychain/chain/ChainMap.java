package org.countychain.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A chain's innovation map (产业创新链图谱): stages left to right, links in each, key technologies and actors on
 * links, bottlenecks on links or technologies. The report carries it as a figure.
 *
 * <p>Bottlenecks and key technologies have ids, unique together across the map, so that demands, tasks, platforms
 * and achievements can point at them. One without an id gets one from its place: the link's id, then {@code -b}
 * and the position of a bottleneck of the link, or {@code -t} and the position of a technology, then {@code -b} and
 * the position of a bottleneck of that technology, counted from 1 ({@code fiber-b1}, {@code fiber-t2},
 * {@code fiber-t2-b1}). Such an id changes when the map is reordered; a county that wants ids to stay gives them.
 *
 * @param stages the stages, upstream first
 * @since 0.1.0
 */
public record ChainMap(List<ChainStage> stages) {
    /**
     * Checks the invariants: link ids unique across the map, bottleneck and technology ids unique together; gives
     * ids to bottlenecks and technologies that have none.
     */
    public ChainMap {
        stages = withIds(Checks.list(stages, "stages"));
        Set<String> ids = new HashSet<>();
        Set<String> targets = new HashSet<>();
        for (int s = 0; s < stages.size(); s++) {
            List<ChainLink> links = stages.get(s).links();
            for (int l = 0; l < links.size(); l++) {
                ChainLink link = links.get(l);
                String at = "stages[" + s + "].links[" + l + "]";
                if (!ids.add(link.id())) {
                    throw new InvalidInputException(ErrorCode.DUPLICATE, at + ".id", Term.LINK_ID, link.id());
                }
                for (int b = 0; b < link.bottlenecks().size(); b++) {
                    unique(targets, link.bottlenecks().get(b).id(), at + ".bottlenecks[" + b + "].id");
                }
                for (int t = 0; t < link.technologies().size(); t++) {
                    KeyTechnology technology = link.technologies().get(t);
                    unique(targets, technology.id(), at + ".technologies[" + t + "].id");
                    for (int b = 0; b < technology.bottlenecks().size(); b++) {
                        unique(targets, technology.bottlenecks().get(b).id(),
                                at + ".technologies[" + t + "].bottlenecks[" + b + "].id");
                    }
                }
            }
        }
    }

    private static void unique(Set<String> ids, @Nullable String id, String path) {
        if (!ids.add(id)) {
            throw new InvalidInputException(ErrorCode.DUPLICATE, path, Term.TARGET_ID, String.valueOf(id));
        }
    }

    /** The stages with an id on every bottleneck and technology; the same list when all have one already. */
    private static List<ChainStage> withIds(List<ChainStage> stages) {
        if (stages.stream().flatMap(s -> s.links().stream()).allMatch(ChainMap::hasAllIds)) {
            return stages;
        }
        List<ChainStage> out = new ArrayList<>(stages.size());
        for (ChainStage stage : stages) {
            List<ChainLink> links = new ArrayList<>(stage.links().size());
            for (ChainLink link : stage.links()) {
                links.add(hasAllIds(link) ? link : withIds(link));
            }
            out.add(new ChainStage(stage.kind(), stage.name(), links));
        }
        return List.copyOf(out);
    }

    private static boolean hasAllIds(ChainLink link) {
        return link.bottlenecks().stream().allMatch(b -> b.id() != null)
                && link.technologies().stream().allMatch(t -> t.id() != null
                && t.bottlenecks().stream().allMatch(b -> b.id() != null));
    }

    private static ChainLink withIds(ChainLink link) {
        List<Bottleneck> bottlenecks = numbered(link.bottlenecks(), link.id() + "-b");
        List<KeyTechnology> technologies = new ArrayList<>(link.technologies().size());
        for (int t = 0; t < link.technologies().size(); t++) {
            KeyTechnology k = link.technologies().get(t);
            String id = k.id() != null ? k.id() : link.id() + "-t" + (t + 1);
            String place = link.id() + "-t" + (t + 1) + "-b";
            technologies.add(new KeyTechnology(id, k.name(), k.description(), numbered(k.bottlenecks(), place)));
        }
        return new ChainLink(link.id(), link.name(), technologies, link.actors(), bottlenecks);
    }

    private static List<Bottleneck> numbered(List<Bottleneck> bottlenecks, String prefix) {
        List<Bottleneck> out = new ArrayList<>(bottlenecks.size());
        for (int b = 0; b < bottlenecks.size(); b++) {
            Bottleneck x = bottlenecks.get(b);
            out.add(x.id() != null ? x : x.withId(prefix + (b + 1)));
        }
        return out;
    }

    /**
     * Every link, stage by stage.
     *
     * @return the links in chain order
     */
    public List<ChainLink> links() {
        return stages.stream().flatMap(s -> s.links().stream()).toList();
    }

    /**
     * A link by id.
     *
     * @param linkId the link's id
     * @return the link, or empty
     */
    public Optional<ChainLink> link(String linkId) {
        return links().stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    /**
     * Every bottleneck on the map, in chain order.
     *
     * @return the bottlenecks
     */
    public List<Bottleneck> bottlenecks() {
        return links().stream().flatMap(l -> l.allBottlenecks().stream()).toList();
    }

    /**
     * Every bottleneck on the map with where it sits, in chain order: a link's own bottlenecks first, then those of
     * each of its technologies.
     *
     * @return the bottlenecks with their link and technology
     */
    public List<PlacedBottleneck> placedBottlenecks() {
        List<PlacedBottleneck> out = new ArrayList<>();
        for (ChainLink link : links()) {
            link.bottlenecks().forEach(b -> out.add(new PlacedBottleneck(link, null, b)));
            for (KeyTechnology t : link.technologies()) {
                t.bottlenecks().forEach(b -> out.add(new PlacedBottleneck(link, t, b)));
            }
        }
        return out;
    }

    /**
     * Every key technology on the map, in chain order.
     *
     * @return the technologies
     */
    public List<KeyTechnology> technologies() {
        return links().stream().flatMap(l -> l.technologies().stream()).toList();
    }

    /**
     * Whether an id names a bottleneck or a key technology of the map (what {@code targetIds} may hold).
     *
     * @param id the id
     * @return true when the map has a bottleneck or technology with that id
     */
    public boolean hasTarget(String id) {
        return Stream.concat(bottlenecks().stream().map(Bottleneck::id), technologies().stream()
                .map(KeyTechnology::id)).anyMatch(i -> i.equals(id));
    }

    /**
     * A bottleneck of the map with the link it sits on and, when it sits on a key technology, that technology.
     *
     * @param link       the link
     * @param technology the technology, or {@code null} for a bottleneck of the link itself
     * @param bottleneck the bottleneck
     * @since 0.2.0
     */
    public record PlacedBottleneck(ChainLink link, @Nullable KeyTechnology technology, Bottleneck bottleneck) {
    }
}
