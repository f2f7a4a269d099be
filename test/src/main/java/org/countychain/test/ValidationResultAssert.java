package org.countychain.test;

import java.util.List;

import org.assertj.core.api.AbstractAssert;

import org.countychain.validation.ViolationSeverity;
import org.countychain.validation.ValidationResult;
import org.countychain.validation.Violation;

/**
 * Assertions on a {@link ValidationResult} (校验结果断言).
 *
 * @since 0.1.0
 */
public class ValidationResultAssert extends AbstractAssert<ValidationResultAssert, ValidationResult> {
    /**
     * Creates the assertions.
     *
     * @param actual the result
     */
    public ValidationResultAssert(ValidationResult actual) {
        super(actual, ValidationResultAssert.class);
    }

    /**
     * The result has no error (warnings allowed).
     *
     * @return this
     */
    public ValidationResultAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            failWithMessage("Expected no error but found %d:%n%s", actual.errorCount(), describe(actual.errors()));
        }
        return this;
    }

    /**
     * The result has at least one error.
     *
     * @return this
     */
    public ValidationResultAssert isNotValid() {
        isNotNull();
        if (actual.isValid()) {
            failWithMessage("Expected at least one error but found none");
        }
        return this;
    }

    /**
     * The result has exactly these error codes, in any order (warnings not counted).
     *
     * @param codes the codes, such as {@code CV-0104}
     * @return this
     */
    public ValidationResultAssert hasExactlyErrors(String... codes) {
        isNotNull();
        List<String> found = actual.errors().stream().map(Violation::code).sorted().toList();
        List<String> expected = java.util.Arrays.stream(codes).sorted().toList();
        if (!found.equals(expected)) {
            failWithMessage("Expected the errors %s but found:%n%s", expected, describe(actual.errors()));
        }
        return this;
    }

    /**
     * The result has this many warnings.
     *
     * @param count the number
     * @return this
     */
    public ValidationResultAssert hasWarnings(int count) {
        isNotNull();
        if (actual.warningCount() != count) {
            failWithMessage("Expected %d warning(s) but found %d:%n%s", count, actual.warningCount(),
                    describe(actual.warnings()));
        }
        return this;
    }

    /**
     * The result has a violation with this code; continue with {@link ViolationAssert#at(String)}.
     *
     * @param code the code, such as {@code CV-0104}
     * @return assertions on the violations with this code
     */
    public ViolationAssert hasViolation(String code) {
        isNotNull();
        List<Violation> withCode = actual.violations().stream().filter(v -> v.code().equals(code)).toList();
        if (withCode.isEmpty()) {
            failWithMessage("Expected a violation %s but found:%n%s", code, describe(actual.violations()));
        }
        return new ViolationAssert(code, withCode, this);
    }

    /**
     * The result has no violation with this code.
     *
     * @param code the code
     * @return this
     */
    public ValidationResultAssert hasNoViolation(String code) {
        isNotNull();
        List<Violation> withCode = actual.violations().stream().filter(v -> v.code().equals(code)).toList();
        if (!withCode.isEmpty()) {
            failWithMessage("Expected no violation %s but found:%n%s", code, describe(withCode));
        }
        return this;
    }

    static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "  (none)";
        }
        StringBuilder b = new StringBuilder();
        for (Violation v : violations) {
            b.append("  ").append(v.severity()).append(' ').append(v.code()).append(" at ").append(v.path())
                    .append(": ").append(v.message()).append('\n');
        }
        return b.toString();
    }

    /** Assertions on the violations of one code (违规断言). */
    public static class ViolationAssert extends AbstractAssert<ViolationAssert, List<Violation>> {
        private final String code;
        private final ValidationResultAssert result;

        ViolationAssert(String code, List<Violation> actual, ValidationResultAssert result) {
            super(actual, ViolationAssert.class);
            this.code = code;
            this.result = result;
        }

        /**
         * One of the violations is at this path; the assertions then apply to it alone.
         *
         * @param path the path, such as {@code enterprises[3].creditCode}
         * @return assertions on that violation
         */
        public ViolationAssert at(String path) {
            List<Violation> there = actual.stream().filter(v -> v.path().equals(path)).toList();
            if (there.isEmpty()) {
                failWithMessage("Expected %s at %s but found it at %s", code, path,
                        actual.stream().map(Violation::path).toList());
            }
            return new ViolationAssert(code, there, result);
        }

        /**
         * Every violation asserted on has this severity.
         *
         * @param severity the severity
         * @return this
         */
        public ViolationAssert withSeverity(ViolationSeverity severity) {
            for (Violation v : actual) {
                if (v.severity() != severity) {
                    failWithMessage("Expected %s at %s to be %s but it is %s", code, v.path(), severity, v.severity());
                }
            }
            return this;
        }

        /**
         * Every violation asserted on has a message containing this text.
         *
         * @param text the text
         * @return this
         */
        public ViolationAssert withMessageContaining(String text) {
            for (Violation v : actual) {
                if (v.message() == null || !v.message().contains(text)) {
                    failWithMessage("Expected the message of %s at %s to contain <%s> but it is <%s>", code, v.path(),
                            text, v.message());
                }
            }
            return this;
        }

        /**
         * Every violation asserted on shows this invalid value (masked where it is personal data).
         *
         * @param value the value as the violation shows it
         * @return this
         */
        public ViolationAssert withInvalidValue(String value) {
            for (Violation v : actual) {
                if (!java.util.Objects.equals(v.invalidValue(), value)) {
                    failWithMessage("Expected the value of %s at %s to be <%s> but it is <%s>", code, v.path(), value,
                            v.invalidValue());
                }
            }
            return this;
        }

        /**
         * Back to the whole result.
         *
         * @return the result's assertions
         */
        public ValidationResultAssert and() {
            return result;
        }
    }
}
