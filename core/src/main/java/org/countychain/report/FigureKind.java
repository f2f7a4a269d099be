package org.countychain.report;

import org.countychain.Labelled;

/**
 * What a figure in a report shows (图的类型).
 *
 * @since 0.1.0
 */
public enum FigureKind implements Labelled {
    /** 产业创新链图谱. */
    CHAIN_MAP("产业创新链图谱"),
    /** 研发强度图. */
    RD_INTENSITY_CHART("研发强度图"),
    /** 图片. */
    IMAGE("图片");

    private final String label;

    FigureKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
