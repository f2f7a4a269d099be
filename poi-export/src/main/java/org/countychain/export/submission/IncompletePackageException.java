package org.countychain.export.submission;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.countychain.InvalidInputException;
import org.countychain.Location;

/**
 * A submission package in submission mode holds incomplete reports (报送包中有不完整的报告): nothing is written, and
 * every incomplete report is named with its empty required items, not only the first. The reports and their items
 * survive Java serialization, as does the message.
 *
 * @since 0.1.0
 */
public class IncompletePackageException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    // Serialized by writeObject as a plain map of lists, which readObject checks.
    private transient Map<String, List<String>> missingItems;

    /**
     * Creates the exception.
     *
     * @param cityLevelUnitId the city-level unit
     * @param missingItems    report id → the ids of its empty required items (or the problems in words)
     */
    public IncompletePackageException(String cityLevelUnitId, Map<String, List<String>> missingItems) {
        super(SubmissionErrorCode.SUBMISSION_INCOMPLETE, new Location(null, 0, 0, "city[" + cityLevelUnitId + "]"),
                List.of(String.valueOf(missingItems.size()), describe(missingItems)), null);
        this.missingItems = copy(missingItems);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> missing) {
        Map<String, List<String>> copy = new TreeMap<>();
        missing.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
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
        return missingItems;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        TreeMap<String, ArrayList<String>> plain = new TreeMap<>();
        missingItems.forEach((id, items) -> plain.put(id, new ArrayList<>(items)));
        out.writeObject(plain);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (!(in.readObject() instanceof Map<?, ?> read)) {
            throw new InvalidObjectException("missingItems: not a map");
        }
        Map<String, List<String>> checked = new TreeMap<>();
        for (Map.Entry<?, ?> e : read.entrySet()) {
            if (!(e.getKey() instanceof String id) || !(e.getValue() instanceof List<?> items)
                    || !items.stream().allMatch(String.class::isInstance)) {
                throw new InvalidObjectException("missingItems: not report ids with lists of item ids");
            }
            checked.put(id, items.stream().map(String.class::cast).toList());
        }
        missingItems = copy(checked);
    }
}
