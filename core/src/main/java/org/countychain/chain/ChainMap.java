package org.countychain.chain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.countychain.internal.Checks;

/**
 * A chain's innovation map (产业创新链图谱): stages left to right, links in each, key technologies and actors on
 * links, bottlenecks on links or technologies. The report carries it as a figure.
 *
 * @param stages the stages, upstream first
 * @since 0.1.0
 */
public record ChainMap(List<ChainStage> stages) {
    /**
     * Checks the invariants: link ids unique across the map.
     */
    public ChainMap {
        stages = Checks.list(stages, "stages");
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < stages.size(); s++) {
            List<ChainLink> links = stages.get(s).links();
            for (int l = 0; l < links.size(); l++) {
                if (!ids.add(links.get(l).id())) {
                    throw new InvalidInputException(ErrorCode.DUPLICATE, "stages[" + s + "].links[" + l + "].id",
                            Term.LINK_ID, links.get(l).id());
                }
            }
        }
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
}
