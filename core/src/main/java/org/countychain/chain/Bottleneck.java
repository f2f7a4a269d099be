package org.countychain.chain;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A bottleneck on a chain link or key technology (断点/堵点/难点, R4).
 *
 * @param id          a stable id, unique among the bottlenecks and key technologies of its chain map, that technology
 *                    demands, challenge tasks, platforms and achievements point at ({@code targetIds}); when
 *                    absent, the map gives it one from its place ({@link ChainMap})
 * @param kind        断点, 堵点 or 难点
 * @param title       the bottleneck in a few words, as the county names it (e.g. {@code 高回弹弹性体原料依赖进口}),
 *                    or {@code null}: {@link #displayTitle()} then shows the description
 * @param description what the problem is
 * @since 0.1.0
 */
public record Bottleneck(@Nullable String id, BottleneckKind kind, @Nullable String title, String description) {
    /**
     * Checks the invariants.
     */
    public Bottleneck {
        id = Checks.optionalText(id);
        Checks.required(kind, "kind");
        title = Checks.optionalText(title);
        description = Checks.requiredText(description, "description");
    }

    /**
     * A bottleneck without an id or title (format version 1's form); the chain map gives it an id.
     *
     * @param kind        断点, 堵点 or 难点
     * @param description what the problem is
     */
    public Bottleneck(BottleneckKind kind, String description) {
        this(null, kind, null, description);
    }

    /**
     * The title to show: the title, or the description when there is none.
     *
     * @return the text
     */
    public String displayTitle() {
        return title != null ? title : description;
    }

    /**
     * This bottleneck with another id.
     *
     * @param newId the id
     * @return a copy
     */
    public Bottleneck withId(String newId) {
        return new Bottleneck(newId, kind, title, description);
    }
}
