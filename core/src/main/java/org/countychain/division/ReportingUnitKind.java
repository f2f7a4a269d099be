package org.countychain.division;

import org.countychain.Labelled;

/**
 * What kind of reporting unit (报送单位) a unit is in the notice's work.
 *
 * @since 0.1.0
 */
public enum ReportingUnitKind implements Labelled {
    /** A prefecture-level city's S&amp;T bureau (设区市科技局): collects and consolidates its counties' reports. */
    CITY("设区市"),
    /** 平潭综合实验区: addressed like a city (经发局), covering 350128 平潭县. */
    EXPERIMENTAL_ZONE("综合实验区"),
    /** A county-level unit (县、县级市、区): maps at least one chain and writes a report. */
    COUNTY("县级");

    private final String label;

    ReportingUnitKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Whether units of this kind collect and consolidate county reports.
     *
     * @return true for cities and the experimental zone
     */
    public boolean isCityLevel() {
        return this != COUNTY;
    }
}
