package org.countychain.chain;

import java.util.List;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A stage of an industrial chain (上游/中游/下游) with its links in chain order.
 *
 * @param kind  upstream, midstream or downstream
 * @param name  the stage's name as written in the report, or {@code null} for the kind's label
 * @param links the links, in chain order
 * @since 0.1.0
 */
public record ChainStage(StageKind kind, @Nullable String name, List<ChainLink> links) {
    /**
     * Checks the invariants.
     */
    public ChainStage {
        Checks.required(kind, "kind");
        name = Checks.optionalText(name);
        links = Checks.list(links, "links");
    }

    /**
     * The name to show: the stage's own name, or the kind's label.
     *
     * @return the display name
     */
    public String displayName() {
        return name == null ? kind.label() : name;
    }
}
