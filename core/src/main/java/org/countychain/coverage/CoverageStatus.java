package org.countychain.coverage;

import org.countychain.Labelled;

/**
 * Whether a county-level unit has a research report of the reporting year (报告覆盖状态, R1).
 *
 * @since 0.1.0
 */
public enum CoverageStatus implements Labelled {
    /** 有本县报告: at least one report that covers only this unit (its own). */
    OWN_REPORT("有本县报告"),
    /** 仅有汇总报告: covered only by consolidated reports, each of several counties (R3). */
    CONSOLIDATED_ONLY("仅有汇总报告"),
    /** 无报告: no report of the year covers the unit (an R1 error). */
    NO_REPORT("无报告");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The status a unit has with these reports.
     *
     * @param ownReports          how many own (single-county) reports cover it
     * @param consolidatedReports how many consolidated reports cover it
     * @return the status
     */
    public static CoverageStatus of(int ownReports, int consolidatedReports) {
        return ownReports > 0 ? OWN_REPORT : consolidatedReports > 0 ? CONSOLIDATED_ONLY : NO_REPORT;
    }
}
