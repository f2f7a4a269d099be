package org.countychain.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What validating an object found (校验结果): every violation, in a deterministic order (by path with list
 * indices compared as numbers, then code, then message). Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationResult result = validator.validate(county, Submission.class);
 * if (!result.isValid()) {
 *     result.errors().forEach(v -> System.err.println(v.path() + ": " + v.message()));
 * }
 * String json = result.toJson();
 * }</pre>
 *
 * @since 0.1.0
 */
@JsonPropertyOrder({"valid", "errorCount", "warningCount", "violations"})
public final class ValidationResult {
    private static final ValidationResult EMPTY = new ValidationResult(List.of());

    /** The order of violations: path (indices numerically), code, message. */
    static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path, ValidationResult::comparePaths)
            .thenComparing(Violation::code).thenComparing(Violation::message)
            .thenComparing(v -> v.invalidValue() == null ? "" : v.invalidValue());

    private final List<Violation> violations;
    private final int errorCount;

    private ValidationResult(List<Violation> violations) {
        this.violations = violations;
        int errors = 0;
        for (Violation v : violations) {
            if (v.severity() == ViolationSeverity.ERROR) {
                errors++;
            }
        }
        this.errorCount = errors;
    }

    /**
     * A result holding these violations, sorted.
     *
     * @param violations the violations
     * @return the result
     */
    public static ValidationResult of(List<Violation> violations) {
        if (violations.isEmpty()) {
            return EMPTY;
        }
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        return new ValidationResult(List.copyOf(sorted));
    }

    /**
     * Whether no error was found (warnings allowed).
     *
     * @return true when there is no violation of severity {@link ViolationSeverity#ERROR}
     */
    @JsonProperty("valid")
    public boolean isValid() {
        return errorCount == 0;
    }

    /**
     * Whether nothing at all was found, not even a warning.
     *
     * @return true when there is no violation
     */
    @JsonIgnore
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /**
     * Every violation, in order.
     *
     * @return an unmodifiable list
     */
    @JsonProperty("violations")
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The violations of severity {@link ViolationSeverity#ERROR}.
     *
     * @return an unmodifiable list
     */
    @JsonIgnore
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == ViolationSeverity.ERROR).toList();
    }

    /**
     * The violations of severity {@link ViolationSeverity#WARNING}.
     *
     * @return an unmodifiable list
     */
    @JsonIgnore
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == ViolationSeverity.WARNING).toList();
    }

    /**
     * The number of errors.
     *
     * @return the count
     */
    @JsonProperty("errorCount")
    public int errorCount() {
        return errorCount;
    }

    /**
     * The number of warnings.
     *
     * @return the count
     */
    @JsonProperty("warningCount")
    public int warningCount() {
        return violations.size() - errorCount;
    }

    /**
     * The result as JSON: UTF-8 text, two-space indentation, {@code \n} line ends, fields in a fixed order.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return Json.WRITER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validation result could not be written as JSON", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationResult r && r.violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /**
     * One line per violation.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Violation v : violations) {
            sb.append(v).append('\n');
        }
        return sb.toString();
    }

    /**
     * Compares two paths, list indices as numbers: {@code enterprises[2]} before {@code enterprises[10]}.
     *
     * @param a a path
     * @param b another path
     * @return the comparison
     */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int byLength = Integer.compare(ei - i, ej - j);
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = a.substring(i, ei).compareTo(b.substring(j, ej));
                if (byDigits != 0) {
                    return byDigits;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * The writer of {@link #toJson()}, made on first use: a mapper costs a fresh JVM some 400 classes, and most
     * results are never written as JSON.
     */
    private static final class Json {
        static final ObjectWriter WRITER = JsonMapper.builder().build().writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));

        private Json() {
        }
    }
}
