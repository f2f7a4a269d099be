package org.countychain.test;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Withers for every model record (模型修改器), by the path the library's messages use
 * ({@code enterprises[3].creditCode}): a test changes one value deep in a data set without calling any
 * constructor. The records' own invariants still apply: a change that breaks one throws as the constructor does.
 *
 * <pre>{@code
 * CountyDataset broken = Models.with(SampleCounty.jinjiang(), "enterprises[9].serviceContact.phone", "0595-855501");
 * CountyDataset later = Models.update(county, "enterprises[3].years[2].rdExpense",
 *         (BigDecimal v) -> v.add(BigDecimal.ONE));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Models {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)((?:\\[[0-9]+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)]");

    private Models() {
    }

    /**
     * A copy of {@code root} with the value at {@code path} replaced.
     *
     * @param root  a model record
     * @param path  the path, components separated by {@code .}, list elements by {@code [i]}
     * @param value the new value
     * @param <R>   the record type
     * @return the copy
     * @throws IllegalArgumentException when the path does not lead to a component or element
     */
    public static <R extends Record> R with(R root, String path, @Nullable Object value) {
        return Models.<R, @Nullable Object>update(root, path, old -> value);
    }

    /**
     * A copy of {@code root} with the value at {@code path} replaced by a function of the old one.
     *
     * @param root   a model record
     * @param path   the path
     * @param change the change, given the old value
     * @param <R>    the record type
     * @param <V>    the value's type
     * @return the copy
     * @throws IllegalArgumentException when the path does not lead to a component or element
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record, V extends @Nullable Object> R update(R root, String path, UnaryOperator<V> change) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(change, "change");
        List<Object> steps = parse(path);
        return (R) set(root, steps, 0, (UnaryOperator<Object>) (UnaryOperator<?>) change, path);
    }

    /**
     * The value at {@code path}.
     *
     * @param root a model record
     * @param path the path
     * @param <V>  the value's type
     * @return the value, possibly {@code null}
     * @throws IllegalArgumentException when the path does not lead to a component or element
     */
    // The caller names the type it expects, as with a JSON path; a wrong one fails at the caller's cast.
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    public static <V> V get(Record root, String path) {
        Object current = root;
        for (Object step : parse(path)) {
            current = step instanceof Integer i ? element(current, i, path) : component(current, (String) step, path);
        }
        return (V) current;
    }

    private static List<Object> parse(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("an empty path");
        }
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a path: " + path);
            }
            steps.add(m.group(1));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                steps.add(Integer.parseInt(i.group(1)));
            }
        }
        return steps;
    }

    private static Object set(Object current, List<Object> steps, int at, UnaryOperator<Object> change, String path) {
        if (at == steps.size()) {
            return change.apply(current);
        }
        Object step = steps.get(at);
        if (step instanceof Integer index) {
            List<Object> copy = new ArrayList<>(list(current, path));
            if (index >= copy.size()) {
                throw new IllegalArgumentException(path + ": index " + index + " of a list of " + copy.size());
            }
            copy.set(index, set(copy.get(index), steps, at + 1, change, path));
            return copy;
        }
        if (!(current instanceof Record record)) {
            throw new IllegalArgumentException(path + ": " + step + " of a value that is not a record: " + current);
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = read(record, components[i]);
            if (components[i].getName().equals(step)) {
                values[i] = set(values[i], steps, at + 1, change, path);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException(path + ": " + record.getClass().getSimpleName() + " has no " + step);
        }
        return construct(record.getClass(), components, values);
    }

    private static Object component(Object current, String name, String path) {
        if (!(current instanceof Record record)) {
            throw new IllegalArgumentException(path + ": " + name + " of a value that is not a record: " + current);
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return read(record, c);
            }
        }
        throw new IllegalArgumentException(path + ": " + record.getClass().getSimpleName() + " has no " + name);
    }

    private static Object element(Object current, int index, String path) {
        List<?> list = list(current, path);
        if (index >= list.size()) {
            throw new IllegalArgumentException(path + ": index " + index + " of a list of " + list.size());
        }
        return list.get(index);
    }

    private static List<?> list(Object current, String path) {
        if (!(current instanceof List<?> list)) {
            throw new IllegalArgumentException(path + ": an index into a value that is not a list: " + current);
        }
        return list;
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot make a " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }
}
