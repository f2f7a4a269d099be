package org.countychain.rules.model;

import org.countychain.Labelled;

/**
 * How an enterprise stands against one high-tech criterion (R11).
 *
 * @since 0.1.0
 */
public enum CriterionStatus implements Labelled {
    /** 满足. */
    MET("满足"),
    /** 不满足. */
    NOT_MET("不满足"),
    /** 无法判断: a figure it needs is not reported; the result says which. */
    UNDECIDABLE("无法判断");

    private final String label;

    CriterionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
