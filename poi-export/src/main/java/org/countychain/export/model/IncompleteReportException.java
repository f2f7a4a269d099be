package org.countychain.export.model;

import java.util.List;

import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.validation.ValidationResult;

/**
 * A report handed in for submission is incomplete (报告不完整，不能报送): thrown by exporters in
 * {@link ExportMode#SUBMISSION} instead of writing a document. Carries the validation module's result for the
 * {@code Submission} group, the ids of the empty required items and the problems in words, so a caller can show
 * them.
 *
 * @since 0.1.0
 */
public class IncompleteReportException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> missingItems;
    private final transient List<String> problems;
    private final transient ValidationResult validationResult;

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
        this.validationResult = result;
    }

    /**
     * The validation result of the report in the validation module's {@code Submission} group.
     *
     * @return the result; empty of errors when only the model found items missing
     */
    public ValidationResult validationResult() {
        return validationResult == null ? ValidationResult.of(List.of()) : validationResult;
    }

    /**
     * The ids of the required template items the report leaves empty.
     *
     * @return for example {@code [2.3, 3.3]}
     */
    public List<String> missingItems() {
        return missingItems == null ? List.of() : missingItems;
    }

    /**
     * The problems found, in words.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems == null ? List.of() : problems;
    }
}
