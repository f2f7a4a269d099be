package org.countychain.chain;

import java.util.List;
import java.util.stream.Stream;

import org.countychain.Term;
import org.countychain.internal.Checks;

/**
 * A link of an industrial chain (产业链环节), for example 面料 or 鞋材, with its key technologies, the actors
 * working on it and its bottlenecks.
 *
 * @param id           a stable id, unique within the chain map (referenced by demands and achievements)
 * @param name         the link's name
 * @param technologies its key technologies
 * @param actors       the enterprises and institutions on it
 * @param bottlenecks  bottlenecks of the link itself (those of a technology sit on the technology)
 * @since 0.1.0
 */
public record ChainLink(String id, String name, List<KeyTechnology> technologies, List<ChainActor> actors,
                        List<Bottleneck> bottlenecks) {
    /**
     * Checks the invariants.
     */
    public ChainLink {
        id = Checks.requiredText(id, "id");
        name = Checks.requiredText(name, "name");
        technologies = Checks.uniqueList(technologies, "technologies", KeyTechnology::name, Term.TECHNOLOGY);
        actors = Checks.list(actors, "actors");
        bottlenecks = Checks.list(bottlenecks, "bottlenecks");
    }

    /**
     * Every bottleneck of the link and of its technologies.
     *
     * @return the link's bottlenecks first, then each technology's
     */
    public List<Bottleneck> allBottlenecks() {
        return Stream.concat(bottlenecks.stream(), technologies.stream().flatMap(t -> t.bottlenecks().stream()))
                .toList();
    }
}
