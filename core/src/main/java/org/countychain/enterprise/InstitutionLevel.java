package org.countychain.enterprise;

import org.countychain.Labelled;

/**
 * The recognition level of an R&amp;D institution or platform (认定级别).
 *
 * @since 0.1.0
 */
public enum InstitutionLevel implements Labelled {
    /** 国家级. */
    NATIONAL("国家级"),
    /** 省级. */
    PROVINCIAL("省级"),
    /** 市级. */
    CITY("市级"),
    /** 县级. */
    COUNTY("县级"),
    /** 企业自建, not recognised by a government. */
    UNRECOGNISED("未认定");

    private final String label;

    InstitutionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
