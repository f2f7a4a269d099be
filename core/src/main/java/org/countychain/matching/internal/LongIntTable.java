package org.countychain.matching.internal;

import java.util.Arrays;

/**
 * An open-addressing hash table from {@code long} keys to non-negative {@code int} values, with linear probing over
 * a mixed hash. Internal.
 *
 * <p>Why not a {@code Map<String, Integer>}: the terms of Chinese text are character bigrams, and the hash codes of
 * two-character strings ({@code 31 * c1 + c2}) are packed densely into a narrow range. A probing table indexed by
 * those codes (as {@code Map.copyOf}'s is) builds long runs of occupied slots and each lookup walks them, so text
 * drawn from many characters made the index thousands of times slower than text from a small vocabulary. Here a
 * bigram is a {@code long} of its two code points, and the slot comes from a full 64-bit mix of the key, which
 * spreads any set of keys evenly whatever their structure. No boxing, no string per lookup.
 *
 * <p>Not thread-safe while written; safe to read from many threads once no longer written (the index publishes it
 * through a final field).
 */
final class LongIntTable {
    private static final int MIN_CAPACITY = 16;

    private long[] keys;
    /** The value plus one; 0 marks a free slot. */
    private int[] values;
    private int size;
    private int mask;
    /** The slots in use, in insertion order, so that {@link #clear()} costs the size, not the capacity. */
    private int[] used;
    /** Slots examined by {@link #getOrPut} and by growing, since the table was made: the work of writing to it. */
    private long probes;

    /**
     * An empty table.
     *
     * @param expected the number of keys expected; the table grows past it
     */
    LongIntTable(int expected) {
        int capacity = MIN_CAPACITY;
        while (capacity < expected * 2L && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        values = new int[capacity];
        used = new int[Math.max(MIN_CAPACITY / 2, expected)];
        mask = capacity - 1;
    }

    /** A 64-bit finaliser (the variant of MurmurHash3's fmix64 with Stafford's constants): every key bit moves every slot bit. */
    static int slot(long key, int mask) {
        long h = key;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h = h ^ (h >>> 31);
        return (int) h & mask;
    }

    /**
     * The value of a key.
     *
     * @param key the key
     * @return the value, or -1 when absent
     */
    int get(long key) {
        int i = slot(key, mask);
        while (true) {
            int v = values[i];
            if (v == 0) {
                return -1;
            }
            if (keys[i] == key) {
                return v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * The value of a key, adding the key with the value {@code ifAbsent} when absent.
     *
     * @param key      the key
     * @param ifAbsent the value to store when the key is absent, 0 or more
     * @return the key's value (old, or {@code ifAbsent})
     */
    int getOrPut(long key, int ifAbsent) {
        int i = slot(key, mask);
        while (true) {
            probes++;
            int v = values[i];
            if (v == 0) {
                keys[i] = key;
                values[i] = ifAbsent + 1;
                if (size == used.length) {
                    used = Arrays.copyOf(used, size * 2);
                }
                used[size++] = i;
                if (size * 2 > keys.length) {
                    grow();
                }
                return ifAbsent;
            }
            if (keys[i] == key) {
                return v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * The number of keys.
     *
     * @return the size
     */
    int size() {
        return size;
    }

    /**
     * The slots examined by {@link #getOrPut} and by growing since the table was made ({@link #get} is not counted,
     * as it may run on many threads at once). For tests: with a hash that spreads the keys, about one or two per call.
     *
     * @return the count
     */
    long probes() {
        return probes;
    }

    /** Removes every key, in time proportional to the number of keys. */
    void clear() {
        for (int i = 0; i < size; i++) {
            values[used[i]] = 0;
        }
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldUsed = used;
        int count = size;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int u = 0; u < count; u++) {
            int s = oldUsed[u];
            int i = slot(oldKeys[s], mask);
            probes++;
            while (values[i] != 0) {
                probes++;
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[s];
            values[i] = oldValues[s];
            used[u] = i;
        }
    }
}
