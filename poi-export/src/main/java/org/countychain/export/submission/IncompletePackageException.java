package org.countychain.export.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.countychain.InvalidInputException;
import org.countychain.Location;

/**
 * A submission package in submission mode holds incomplete reports (报送包中有不完整的报告): nothing is written, and
 * every incomplete report is named with its empty required items, not only the first.
 *
 * @since 0.1.0
 */
public class IncompletePackageException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> missingItems;

    /**
     * Creates the exception.
     *
     * @param cityLevelUnitId the city-level unit
     * @param missingItems    report id → the ids of its empty required items (or the problems in words)
     */
    public IncompletePackageException(String cityLevelUnitId, Map<String, List<String>> missingItems) {
        super(SubmissionErrorCode.SUBMISSION_INCOMPLETE, new Location(null, 0, 0, "city[" + cityLevelUnitId + "]"),
                List.of(String.valueOf(missingItems.size()), describe(missingItems)), null);
        Map<String, List<String>> copy = new TreeMap<>();
        missingItems.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.missingItems = Collections.unmodifiableMap(copy);
    }

    private static String describe(Map<String, List<String>> missing) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(missing).forEach((id, items) -> parts.add(id + " (" + String.join(", ", items) + ")"));
        return String.join("; ", parts);
    }

    /**
     * The incomplete reports.
     *
     * @return report id → the ids of its empty required items, by report id
     */
    public Map<String, List<String>> missingItems() {
        return missingItems == null ? Map.of() : missingItems;
    }
}
