package org.countychain.chain;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * A key technology of a chain link (关键技术).
 *
 * @param name        the technology
 * @param description more about it, or {@code null}
 * @param bottlenecks the bottlenecks that sit on this technology
 * @since 0.1.0
 */
public record KeyTechnology(String name, String description, List<Bottleneck> bottlenecks) {
    /**
     * Checks the invariants.
     */
    public KeyTechnology {
        name = Checks.requiredText(name, "name");
        description = Checks.optionalText(description);
        bottlenecks = Checks.list(bottlenecks, "bottlenecks");
    }
}
