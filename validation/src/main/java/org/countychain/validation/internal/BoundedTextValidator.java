package org.countychain.validation.internal;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.countychain.internal.TextLimits;
import org.countychain.validation.constraints.BoundedText;

/**
 * {@link BoundedText}: walks the model's records and lists below the annotated object and reports every text longer
 * than its field allows ({@link TextLimits}, the table the Excel and CSV import applies too), at its path
 * ({@code enterprises[3].name}, {@code reports[0].items[2].blocks[0].text}).
 */
public final class BoundedTextValidator extends ReportingValidator<BoundedText, Object> {
    private static final Map<Class<?>, List<Part>> PARTS = new ConcurrentHashMap<>();

    @Override
    protected void findProblems(Object value, Report report) {
        walk(value, new ArrayList<>(), report, TextLimits.OTHER);
    }

    private void walk(Object value, List<Object> path, Report report, int limit) {
        if (value instanceof CharSequence s) {
            if (s.length() > limit) {
                report.add(Templates.pieces("BoundedText.tooLong", s.length(), limit), path.toArray());
            }
            return;
        }
        if (value instanceof List<?> list) {
            // A list of lists (a table's rows) is reported at the row: a path has one index per property.
            boolean nested = !path.isEmpty() && path.get(path.size() - 1) instanceof Integer;
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element == null) {
                    continue;
                }
                if (!nested) {
                    path.add(i);
                }
                walk(element, path, report, limit);
                if (!nested) {
                    path.remove(path.size() - 1);
                }
            }
            return;
        }
        if (value == null || !value.getClass().isRecord() || !value.getClass().getName().startsWith("org.countychain.")) {
            return;
        }
        for (Part part : parts(value.getClass())) {
            Object v;
            try {
                v = part.accessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (v == null) {
                continue;
            }
            path.add(part.name());
            walk(v, path, report, part.limit());
            path.remove(path.size() - 1);
        }
    }

    /** The components that can hold text: strings, lists and records of the model. */
    private static List<Part> parts(Class<?> type) {
        return PARTS.computeIfAbsent(type, t -> {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent c : t.getRecordComponents()) {
                Class<?> k = c.getType();
                if (CharSequence.class.isAssignableFrom(k) || List.class.isAssignableFrom(k)
                        || (k.isRecord() && k.getName().startsWith("org.countychain.")
                        && !k.getName().equals("org.countychain.enterprise.CreditCode")
                        && !k.getName().equals("org.countychain.division.DivisionCode"))
                        || (k.isInterface() && k.getName().startsWith("org.countychain."))) {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    parts.add(new Part(c.getName(), accessor, TextLimits.of(c.getName())));
                }
            }
            return List.copyOf(parts);
        });
    }

    private record Part(String name, Method accessor, int limit) {
    }
}
