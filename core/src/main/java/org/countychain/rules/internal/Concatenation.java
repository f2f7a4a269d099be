package org.countychain.rules.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list made of other lists one after the other, without copying them: a screening result's
 * findings are its rules' per-type lists, some of which make their elements only when read
 * ({@link EnterpriseFindings}). The parts must not change afterwards. Internal: not part of the API.
 *
 * @param <T> the element type
 */
public final class Concatenation<T> extends AbstractList<T> implements RandomAccess {
    private final List<List<? extends T>> parts;
    private final int[] starts;

    /**
     * Concatenates lists.
     *
     * @param parts the lists, in order; random-access lists that no one changes afterwards
     */
    public Concatenation(List<? extends List<? extends T>> parts) {
        this.parts = List.copyOf(parts);
        this.starts = new int[this.parts.size() + 1];
        for (int i = 0; i < this.parts.size(); i++) {
            long end = (long) starts[i] + this.parts.get(i).size();
            if (end > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " elements");
            }
            starts[i + 1] = (int) end;
        }
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size());
        // The last part whose start is at or before the index (empty parts share their start with the next).
        int p = Arrays.binarySearch(starts, index);
        if (p < 0) {
            p = -p - 2;
        } else {
            while (p + 1 < starts.length && starts[p + 1] == index) {
                p++;
            }
        }
        return parts.get(p).get(index - starts[p]);
    }

    @Override
    public int size() {
        return starts[starts.length - 1];
    }
}
