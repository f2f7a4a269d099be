package org.countychain.matching.internal;

/**
 * A bounded min-heap keeping the {@code k} best (score, entry) pairs: higher score is better, and of equal scores
 * the smaller entry number (the smaller id) is better. Internal.
 */
final class TopK {
    private final double[] scores;
    private final int[] entries;
    private int size;

    TopK(int k) {
        scores = new double[k];
        entries = new int[k];
    }

    /** Whether (s1, e1) ranks below (s2, e2). */
    private static boolean worse(double s1, int e1, double s2, int e2) {
        return s1 < s2 || (s1 == s2 && e1 > e2);
    }

    boolean full() {
        return size == scores.length;
    }

    /** The score of the worst kept pair; only meaningful when {@link #full()}. */
    double worstScore() {
        return scores[0];
    }

    void offer(double score, int entry) {
        if (size < scores.length) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(score, entry, scores[parent], entries[parent])) {
                    break;
                }
                scores[i] = scores[parent];
                entries[i] = entries[parent];
                i = parent;
            }
            scores[i] = score;
            entries[i] = entry;
        } else if (size > 0 && worse(scores[0], entries[0], score, entry)) {
            siftDown(score, entry);
        }
    }

    private void siftDown(double score, int entry) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(scores[child + 1], entries[child + 1], scores[child], entries[child])) {
                child++;
            }
            if (!worse(scores[child], entries[child], score, entry)) {
                break;
            }
            scores[i] = scores[child];
            entries[i] = entries[child];
            i = child;
        }
        scores[i] = score;
        entries[i] = entry;
    }

    /** The kept entries, best first; empties the heap. */
    int[] entriesBestFirst() {
        int[] out = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            out[i] = entries[0];
            double lastScore = scores[size - 1];
            int lastEntry = entries[size - 1];
            size--;
            if (size > 0) {
                siftDown(lastScore, lastEntry);
            }
        }
        return out;
    }
}
