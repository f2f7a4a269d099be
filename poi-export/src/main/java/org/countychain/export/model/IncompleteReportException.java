package org.countychain.export.model;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.validation.ValidationResult;
import org.countychain.validation.Violation;

/**
 * A report handed in for submission is incomplete (报告不完整，不能报送): thrown by exporters in
 * {@link ExportMode#SUBMISSION} instead of writing a document. Carries the validation module's result for the
 * {@code Submission} group, the ids of the empty required items and the problems in words, so a caller can show
 * them. All three survive Java serialization, as does the message.
 *
 * @since 0.1.0
 */
public class IncompleteReportException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    // Serialized by writeObject as plain lists (the result as its violations), which readObject checks.
    private transient List<String> missingItems;
    private transient List<String> problems;
    private transient ValidationResult validationResult;

    /**
     * Creates the exception.
     *
     * @param reportId     the report's id
     * @param missingItems the ids of required template items left empty, in template order
     * @param problems     the problems in words (the validator's errors, and the missing items)
     * @param result       the validation result of the report in the {@code Submission} group
     */
    public IncompleteReportException(String reportId, List<String> missingItems, List<String> problems,
                                     ValidationResult result) {
        super(ExportErrorCode.EXPORT_INCOMPLETE, new Location(null, 0, 0, "reports[" + reportId + "]"),
                List.of(String.join(", ", missingItems.isEmpty() ? problems : missingItems)), null);
        this.missingItems = List.copyOf(missingItems);
        this.problems = List.copyOf(problems);
        this.validationResult = Objects.requireNonNull(result, "result");
    }

    /**
     * The validation result of the report in the validation module's {@code Submission} group.
     *
     * @return the result; empty of errors when only the model found items missing
     */
    public ValidationResult validationResult() {
        return validationResult;
    }

    /**
     * The ids of the required template items the report leaves empty.
     *
     * @return for example {@code [2.3, 3.3]}
     */
    public List<String> missingItems() {
        return missingItems;
    }

    /**
     * The problems found, in words.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(new ArrayList<>(missingItems));
        out.writeObject(new ArrayList<>(problems));
        out.writeObject(new ArrayList<>(validationResult.violations()));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        missingItems = listOf(in.readObject(), String.class, "missingItems");
        problems = listOf(in.readObject(), String.class, "problems");
        validationResult = ValidationResult.of(listOf(in.readObject(), Violation.class, "validationResult"));
    }

    /** A list read back, every element of the type written. */
    static <T> List<T> listOf(Object read, Class<T> type, String field) throws InvalidObjectException {
        if (!(read instanceof List<?> list)) {
            throw new InvalidObjectException(field + ": not a list");
        }
        List<T> values = new ArrayList<>(list.size());
        for (Object value : list) {
            if (!type.isInstance(value)) {
                throw new InvalidObjectException(field + ": an element is not a " + type.getSimpleName());
            }
            values.add(type.cast(value));
        }
        return List.copyOf(values);
    }
}
