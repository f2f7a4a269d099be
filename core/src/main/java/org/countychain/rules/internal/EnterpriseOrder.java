package org.countychain.rules.internal;

import org.countychain.enterprise.Enterprise;

/**
 * Puts enterprises in the engine's canonical order (county code, then credit code) fast: each enterprise's two
 * keys are read once into primitive arrays, and the sort compares numbers instead of chasing strings through the
 * heap. Internal: not part of the API.
 */
public final class EnterpriseOrder {
    /** The GB 32100 character set in ASCII order, so base-31 numbers order like the strings. */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            VALUE[CHARSET.charAt(i)] = i;
        }
    }

    private EnterpriseOrder() {
    }

    /**
     * Sorts a range of an array by county code, then credit code (the order of the strings), stably.
     *
     * @param a    the array
     * @param from the first index, inclusive
     * @param to   the last index, exclusive
     * @return whether no two enterprises of the range have the same county code and credit code, so that the
     *         range is now strictly increasing in that order
     */
    public static boolean sort(Enterprise[] a, int from, int to) {
        return sort(a, from, to, new Scratch());
    }

    /**
     * Sorts a range as {@link #sort(Enterprise[], int, int)} does, with work arrays kept from earlier calls (one
     * allocation for all the counties of a screening instead of five per county).
     *
     * @param a       the array
     * @param from    the first index, inclusive
     * @param to      the last index, exclusive
     * @param scratch the work arrays, grown as needed; not shared between threads
     * @return whether the range is now strictly increasing
     */
    public static boolean sort(Enterprise[] a, int from, int to, Scratch scratch) {
        int n = to - from;
        if (n < 2) {
            return true;
        }
        scratch.ensure(n);
        // major: county (6 digits, 20 bits) and credit-code characters 1-8 (40 bits); minor: characters 9-18.
        long[] major = scratch.major;
        long[] minor = scratch.minor;
        boolean sorted = true;
        boolean strict = true;
        Object lastCounty = null;
        long countyKey = 0;
        for (int i = 0; i < n; i++) {
            Enterprise e = a[from + i];
            if (e.county() != lastCounty) {
                // Enterprises of one county often share the county's code object: read its digits once.
                lastCounty = e.county();
                countyKey = (long) digits(e.county().value()) << 40;
            }
            String code = e.creditCode().value();
            major[i] = countyKey | base31(code, 0, 8);
            minor[i] = base31(code, 8, 18);
            if (sorted && i > 0) {
                int c = compare(major, minor, i - 1, i);
                sorted = c <= 0;
                strict &= c != 0;
            }
        }
        if (sorted) {
            return strict;
        }
        int[] index = scratch.index;
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int[] work = scratch.work;
        mergeSort(index, work, 0, n, major, minor);
        Enterprise[] copy = scratch.copy;
        System.arraycopy(a, from, copy, 0, n);
        for (int i = 0; i < n; i++) {
            a[from + i] = copy[index[i]];
            if (i > 0 && strict && compare(major, minor, index[i - 1], index[i]) == 0) {
                strict = false;
            }
        }
        return strict;
    }

    /**
     * Work arrays for {@link #sort(Enterprise[], int, int, Scratch)}, reused from one range to the next.
     */
    public static final class Scratch {
        private long[] major = new long[0];
        private long[] minor = new long[0];
        private int[] index = new int[0];
        private int[] work = new int[0];
        private Enterprise[] copy = new Enterprise[0];

        /**
         * Empty work arrays.
         */
        public Scratch() {
        }

        private void ensure(int n) {
            if (major.length < n) {
                major = new long[n];
                minor = new long[n];
                index = new int[n];
                work = new int[n];
                copy = new Enterprise[n];
            }
        }
    }

    private static int digits(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static long base31(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 31 + VALUE[s.charAt(i)];
        }
        return v;
    }

    private static int compare(long[] major, long[] minor, int x, int y) {
        int c = Long.compare(major[x], major[y]);
        return c != 0 ? c : Long.compare(minor[x], minor[y]);
    }

    /** A stable top-down merge sort of indices; insertion sort for short runs. */
    private static void mergeSort(int[] a, int[] work, int from, int to, long[] major, long[] minor) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && compare(major, minor, a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, work, from, mid, major, minor);
        mergeSort(a, work, mid, to, major, minor);
        if (compare(major, minor, a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, work, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(major, minor, work[i], work[j]) <= 0)) {
                a[k] = work[i++];
            } else {
                a[k] = work[j++];
            }
        }
    }
}
