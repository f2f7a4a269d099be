package org.countychain.chain;

import org.countychain.Labelled;

/**
 * The position of a stage in an industrial chain (产业链环节位置).
 *
 * @since 0.1.0
 */
public enum StageKind implements Labelled {
    /** 上游. */
    UPSTREAM("上游"),
    /** 中游. */
    MIDSTREAM("中游"),
    /** 下游. */
    DOWNSTREAM("下游");

    private final String label;

    StageKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
