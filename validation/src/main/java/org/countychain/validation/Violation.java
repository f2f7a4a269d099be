package org.countychain.validation;

import java.io.Serializable;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.jspecify.annotations.Nullable;

/**
 * One problem found by validation (校验问题): a value, not an exception. Serializable, so that an exception
 * carrying a {@link ValidationResult} can keep it through Java serialization.
 *
 * @param code         the stable code, for example {@code CV-0104} (see {@link ViolationCode})
 * @param severity     error or warning
 * @param path         where the problem is, for example {@code enterprises[3].creditCode}; empty for the
 *                     validated object itself
 * @param message      the message in the requested language
 * @param invalidValue the offending value as text, masked when it is personal data ({@code 138****5678});
 *                     {@code null} when the value is a whole object or absent
 * @since 0.1.0
 */
@JsonPropertyOrder({"code", "severity", "path", "message", "invalidValue"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String code, ViolationSeverity severity, String path, String message,
                        @Nullable String invalidValue) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the parts are present.
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
    }

    /**
     * One line for people: {@code ERROR CV-0104 enterprises[3].creditCode: message (value)}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return severity + " " + code + " " + (path.isEmpty() ? "" : path + ": ") + message
                + (invalidValue == null ? "" : " [" + invalidValue + "]");
    }
}
