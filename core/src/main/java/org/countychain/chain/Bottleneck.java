package org.countychain.chain;

import org.countychain.internal.Checks;

/**
 * A bottleneck on a chain link or key technology (断点/堵点/难点, R4).
 *
 * @param kind        断点, 堵点 or 难点
 * @param description what the problem is
 * @since 0.1.0
 */
public record Bottleneck(BottleneckKind kind, String description) {
    /**
     * Checks the invariants.
     */
    public Bottleneck {
        Checks.required(kind, "kind");
        description = Checks.requiredText(description, "description");
    }
}
