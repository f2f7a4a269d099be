package org.countychain.test;

import java.util.List;

import org.assertj.core.api.AbstractAssert;

import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;

/**
 * Assertions on a {@link ScreeningResult} (筛查结果断言).
 *
 * @since 0.1.0
 */
public class ScreeningResultAssert extends AbstractAssert<ScreeningResultAssert, ScreeningResult> {
    /**
     * Creates the assertions.
     *
     * @param actual the result
     */
    public ScreeningResultAssert(ScreeningResult actual) {
        super(actual, ScreeningResultAssert.class);
    }

    /**
     * The result has at least one finding with this code; continue with {@link FindingsAssert#under(String)} or
     * {@link FindingsAssert#forSubject(String)}.
     *
     * @param code the finding's code, such as {@code R7-PRIORITY}
     * @return assertions on the findings with this code
     */
    public FindingsAssert flags(String code) {
        isNotNull();
        List<Finding> found = actual.findingsWithCode(code);
        if (found.isEmpty()) {
            failWithMessage("Expected a finding %s but found the codes %s", code,
                    actual.findings().stream().map(Finding::code).distinct().sorted().toList());
        }
        return new FindingsAssert(code, found);
    }

    /**
     * The result has no finding with this code.
     *
     * @param code the code
     * @return this
     */
    public ScreeningResultAssert doesNotFlag(String code) {
        isNotNull();
        List<Finding> found = actual.findingsWithCode(code);
        if (!found.isEmpty()) {
            failWithMessage("Expected no finding %s but found %d, the first for %s", code, found.size(),
                    found.get(0).subject());
        }
        return this;
    }

    /**
     * No rule failed to run and no plug-in failed to load.
     *
     * @return this
     */
    public ScreeningResultAssert hasNoProblems() {
        isNotNull();
        if (actual.hasProblems()) {
            failWithMessage("Expected no rule problem but found %s", actual.problems());
        }
        return this;
    }

    /** Assertions on the findings of one code (发现断言). */
    public static class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
        private final String code;

        FindingsAssert(String code, List<Finding> actual) {
            super(actual, FindingsAssert.class);
            this.code = code;
        }

        /**
         * Every finding asserted on comes from this rule.
         *
         * @param ruleId the rule's id, such as {@code R7}
         * @return this
         */
        public FindingsAssert under(String ruleId) {
            for (Finding f : actual) {
                if (!f.ruleId().equals(ruleId)) {
                    failWithMessage("Expected %s under %s but it is under %s", code, ruleId, f.ruleId());
                }
            }
            return this;
        }

        /**
         * One of the findings is about the subject with this id (a credit code, a chain id, …); the assertions
         * then apply to it alone.
         *
         * @param subjectId the subject's id
         * @return assertions on that finding
         */
        public FindingsAssert forSubject(String subjectId) {
            List<Finding> about = actual.stream().filter(f -> f.subject().id().equals(subjectId)).toList();
            if (about.isEmpty()) {
                failWithMessage("Expected %s for %s but found it for %s", code, subjectId,
                        actual.stream().map(f -> f.subject().id()).toList());
            }
            return new FindingsAssert(code, about);
        }

        /**
         * There are exactly this many findings asserted on.
         *
         * @param count the number
         * @return this
         */
        public FindingsAssert times(int count) {
            if (actual.size() != count) {
                failWithMessage("Expected %s %d time(s) but found it %d time(s)", code, count, actual.size());
            }
            return this;
        }
    }
}
