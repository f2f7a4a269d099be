package org.countychain.division;

import org.countychain.Labelled;

/**
 * The level of an administrative division (行政区划层级).
 *
 * @since 0.1.0
 */
public enum DivisionLevel implements Labelled {
    /** 省. */
    PROVINCE("省"),
    /** 设区市 (prefecture-level city). */
    CITY("设区市"),
    /** 县级行政区 (county, county-level city or district). */
    COUNTY("县级");

    private final String label;

    DivisionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
