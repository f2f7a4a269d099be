package org.countychain.rules.model;

import org.countychain.Labelled;

/**
 * How urgent a finding is (严重程度), from the bureau's point of view. Declared from the least to the most
 * urgent, so {@code compareTo} orders by urgency.
 *
 * @since 0.1.0
 */
public enum Severity implements Labelled {
    /** 提示: a figure or a recommendation (coverage figures, the priority list of R7). */
    INFO("提示"),
    /** 待办: an enterprise or unit to serve (the one-on-one service list of R5, incentives to use, cultivation). */
    ACTION("待办"),
    /** 警示: inconsistent or missing data, or a risk (R8's statistics anomalies, watch-listed intermediaries). */
    WARNING("警示"),
    /** 问题: a duty of the notice not met (no report, a missing pilot chain, a deadline missed). */
    ERROR("问题");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
