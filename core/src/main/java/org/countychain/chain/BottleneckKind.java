package org.countychain.chain;

import org.countychain.Labelled;

/**
 * The kind of a bottleneck on a chain (卡点类型, R4).
 *
 * @since 0.1.0
 */
public enum BottleneckKind implements Labelled {
    /** 断点: a missing link the county cannot supply. */
    BREAKPOINT("断点"),
    /** 堵点: a blockage, a link that exists but does not flow. */
    BLOCKAGE("堵点"),
    /** 难点: a hard technical problem. */
    HARD_PROBLEM("难点");

    private final String label;

    BottleneckKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
