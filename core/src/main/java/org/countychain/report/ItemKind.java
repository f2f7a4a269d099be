package org.countychain.report;

import org.countychain.Labelled;

/**
 * What a template item holds (模板条目类型).
 *
 * @since 0.1.0
 */
public enum ItemKind implements Labelled {
    /** 文字. */
    TEXT("文字"),
    /** 优势单位表. */
    UNIT_TABLE("优势单位表");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
