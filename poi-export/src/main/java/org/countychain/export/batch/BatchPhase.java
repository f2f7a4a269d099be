package org.countychain.export.batch;

import org.countychain.Labelled;

/**
 * The phases of a province batch (批量导出阶段), in the order they run. {@link #displayName(java.util.Locale)} gives
 * the Chinese label or {@code county reports} / {@code city reports}.
 *
 * @since 0.1.0
 */
public enum BatchPhase implements Labelled {
    /** 县级报告: every county-level unit's own research reports. */
    COUNTY_REPORTS("县级报告"),
    /** 设区市汇总报告: per city-level unit, the reports consolidated from its counties' repeating chains (R3). */
    CITY_REPORTS("设区市汇总报告");

    private final String label;

    BatchPhase(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
