package org.countychain.consolidation;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * A list of overrides as a document, the top-level object of an override file (人工指定清单):
 * {@code {"overrides": [{"left": "纺织鞋服", "right": "鞋业", "same": true, "note": "…"}]}}. Read it with
 * {@link org.countychain.json.CountyChainJson#read(java.nio.file.Path, Class)}.
 *
 * @param overrides the overrides, in the order written
 * @since 0.1.0
 */
public record ChainOverrides(List<ChainOverride> overrides) {
    /**
     * Checks the invariants.
     */
    public ChainOverrides {
        overrides = Checks.list(overrides, "overrides");
    }
}
