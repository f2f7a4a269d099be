package org.countychain.export.batch;

import org.countychain.Labelled;

/**
 * The phases of a province batch (批量导出阶段), in the order of their first events: the county reports, then per
 * city-level unit its consolidation followed by its reports. {@link #displayName(java.util.Locale)} gives the
 * Chinese label or {@code county reports} / {@code consolidation} / {@code city reports}.
 *
 * @since 0.1.0
 */
public enum BatchPhase implements Labelled {
    /** 县级报告: every county-level unit's own research reports. */
    COUNTY_REPORTS("县级报告"),
    /**
     * 设区市合并: one step per city-level unit with counties, its consolidation (R3), which decides its reports. It
     * runs while the batch is planned; its event stands just before the city's reports.
     */
    CONSOLIDATION("设区市合并"),
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
