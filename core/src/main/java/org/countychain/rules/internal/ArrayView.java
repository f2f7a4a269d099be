package org.countychain.rules.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable list over an array that may hold {@code null}s, and one class only: the rules' loops over the
 * context's enterprise lists call {@code get} on this class alone, so the JIT inlines it to an array read (a
 * {@code Collections.unmodifiableList} wrapper calls a megamorphic {@code get} on whatever it wraps). Internal:
 * not part of the API; callers see a {@code List}.
 *
 * @param <T> the element type
 */
public final class ArrayView<T extends @Nullable Object> extends AbstractList<T> implements RandomAccess {
    private final T[] elements;

    /**
     * A view of an array, which the caller no longer changes.
     *
     * @param elements the array
     */
    public ArrayView(T[] elements) {
        this.elements = elements;
    }

    @Override
    public T get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
