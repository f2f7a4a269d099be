package org.countychain.rules;

import org.countychain.Labelled;

/**
 * How a rule's run ended (执行状态).
 *
 * @since 0.1.0
 */
public enum RuleStatus implements Labelled {
    /** The rule ran; its findings are in the result. */
    RAN("已执行"),
    /** The rule threw; its findings are left out and a {@link RuleProblem} says why. */
    FAILED("执行失败");

    private final String label;

    RuleStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
