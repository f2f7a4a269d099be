package org.countychain.rules.model;

import org.countychain.Labelled;

/**
 * What a finding is about (对象类型).
 *
 * @since 0.1.0
 */
public enum SubjectKind implements Labelled {
    /** An enterprise; the id is its unified social credit code, the unit its county's division code. */
    ENTERPRISE("企业"),
    /** A county's key industrial chain; the id is the chain's id, the unit its county's division code. */
    CHAIN("产业链"),
    /**
     * A reporting unit (报送单位): a county-level unit (six-digit division code) or a city-level unit (six digits,
     * or {@code PINGTAN}); for a county the unit is the city-level unit it reports to.
     */
    UNIT("报送单位"),
    /** An S&amp;T commissioner team (科技特派团); the id is the team's id, the unit its county's division code. */
    TEAM("科技特派团"),
    /** An S&amp;T investment-attraction need (科技招商需求); the id is the need's id, the unit the city-level unit. */
    INVESTMENT_NEED("科技招商需求"),
    /** Everything screened together (合计): totals over all units. */
    TOTAL("合计");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
