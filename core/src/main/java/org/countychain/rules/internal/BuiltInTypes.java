package org.countychain.rules.internal;

import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;

/**
 * Finding types of the built-in rules, with their texts from the rules' message bundle
 * ({@code <code>.title}, {@code <code>.message}). Internal: not part of the API.
 */
public final class BuiltInTypes {
    private BuiltInTypes() {
    }

    /**
     * A built-in finding type.
     *
     * @param code     the code
     * @param ruleId   the rule's id
     * @param severity the severity
     * @param evidence the evidence names, in order
     * @return the type
     */
    public static FindingType type(String code, String ruleId, Severity severity, String... evidence) {
        return FindingType.builder(code, ruleId)
                .severity(severity)
                .title(RuleBundle.text(code + ".title", true), RuleBundle.text(code + ".title", false))
                .message(RuleBundle.text(code + ".message", true), RuleBundle.text(code + ".message", false))
                .evidence(evidence)
                .build();
    }
}
