package org.countychain.export.model;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;

/**
 * A report handed in for submission is incomplete (报告不完整，不能报送): thrown by exporters in
 * {@link ExportMode#SUBMISSION} instead of writing a document. Carries the ids of the empty required items and the
 * problems found, so a caller can show them.
 *
 * @since 0.1.0
 */
public class IncompleteReportException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> missingItems;
    private final transient List<String> problems;

    /**
     * Creates the exception.
     *
     * @param reportId     the report's id
     * @param missingItems the ids of required template items left empty, in template order
     * @param problems     the problems in words (one per missing item, or the validator's messages)
     */
    public IncompleteReportException(String reportId, List<String> missingItems, List<String> problems) {
        super(ErrorCode.EXPORT_INCOMPLETE, new Location(null, 0, 0, "reports[" + reportId + "]"),
                List.of(String.join(", ", missingItems.isEmpty() ? problems : missingItems)), null);
        this.missingItems = List.copyOf(missingItems);
        this.problems = List.copyOf(problems);
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
