package org.countychain.chain;

import java.util.List;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A key technology of a chain link (关键技术).
 *
 * @param id          a stable id, unique among the bottlenecks and key technologies of its chain map, that technology
 *                    demands, challenge tasks, platforms and achievements point at ({@code targetIds}); when
 *                    absent, the map gives it one from its place ({@link ChainMap})
 * @param name        the technology
 * @param description more about it, or {@code null}
 * @param bottlenecks the bottlenecks that sit on this technology
 * @since 0.1.0
 */
public record KeyTechnology(@Nullable String id, String name, @Nullable String description,
                            List<Bottleneck> bottlenecks) {
    /**
     * Checks the invariants.
     */
    public KeyTechnology {
        id = Checks.optionalText(id);
        name = Checks.requiredText(name, "name");
        description = Checks.optionalText(description);
        bottlenecks = Checks.list(bottlenecks, "bottlenecks");
    }

    /**
     * A technology without an id (format version 1's form); the chain map gives it and its bottlenecks ids.
     *
     * @param name        the technology
     * @param description more about it, or {@code null}
     * @param bottlenecks its bottlenecks
     */
    public KeyTechnology(String name, @Nullable String description, List<Bottleneck> bottlenecks) {
        this(null, name, description, bottlenecks);
    }
}
