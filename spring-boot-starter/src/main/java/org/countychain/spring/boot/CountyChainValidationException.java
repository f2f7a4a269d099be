package org.countychain.spring.boot;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.countychain.validation.ValidationResult;
import org.countychain.validation.Violation;

/**
 * A request body of a model type failed {@code @Valid} (校验未通过): it has at least one violation of severity
 * {@code ERROR}. Answered by {@link CountyChainProblemDetails} with a 422 problem detail listing every violation
 * with its CV code, severity, path and message (personal data masked). The result survives Java serialization (a
 * session store, a remote call).
 *
 * @since 0.1.0
 */
public class CountyChainValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // Serialized by writeObject as its list of violations, which readObject checks.
    private transient ValidationResult result;

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

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(new ArrayList<>(result.violations()));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (!(in.readObject() instanceof List<?> read) || !read.stream().allMatch(Violation.class::isInstance)) {
            throw new InvalidObjectException("result: not a list of violations");
        }
        result = ValidationResult.of(read.stream().map(Violation.class::cast).toList());
    }
}
