package org.countychain.spring.boot;

import java.util.Objects;

import org.countychain.validation.ValidationResult;

/**
 * A request body of a model type failed {@code @Valid} (校验未通过): it has at least one violation of severity
 * {@code ERROR}. Answered by {@link CountyChainProblemDetails} with a 422 problem detail listing every violation
 * with its CV code, severity, path and message (personal data masked).
 *
 * @since 0.1.0
 */
public class CountyChainValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The result; not serialised with the exception. */
    private final transient ValidationResult result;

    /**
     * Creates the exception.
     *
     * @param result the validation result, with at least one error
     */
    public CountyChainValidationException(ValidationResult result) {
        super(Objects.requireNonNull(result, "result").errorCount() + " validation error(s)");
        this.result = result;
    }

    /**
     * The validation result: errors and warnings.
     *
     * @return the result
     */
    public ValidationResult result() {
        return result;
    }
}
