package org.countychain.report;

import org.countychain.Labelled;

/**
 * What kind of unit an advantage unit is (优势单位类型, item 三.3).
 *
 * @since 0.1.0
 */
public enum UnitKind implements Labelled {
    /** 企业. */
    ENTERPRISE("企业"),
    /** 高校. */
    UNIVERSITY("高校"),
    /** 科研院所. */
    RESEARCH_INSTITUTE("科研院所"),
    /** 创新平台. */
    PLATFORM("创新平台"),
    /** 团队. */
    TEAM("团队");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
