package org.countychain.consolidation.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Small text helpers of the merge.
 */
final class Texts {
    /** Joins distinct texts of several counties. */
    static final String JOINER = "；";

    private Texts() {
    }

    /**
     * The distinct non-null texts, in order, joined; {@code null} when there is none.
     *
     * @param texts texts, some {@code null}
     * @return the joined text or {@code null}
     */
    static @Nullable String joinDistinct(List<String> texts) {
        return joinDistinct(texts, JOINER);
    }

    /**
     * The distinct non-null texts, in order, joined by a separator; {@code null} when there is none.
     *
     * @param texts     texts, some {@code null}
     * @param separator the separator
     * @return the joined text or {@code null}
     */
    static @Nullable String joinDistinct(List<String> texts, String separator) {
        List<String> distinct = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !distinct.contains(t)) {
                distinct.add(t);
            }
        }
        return distinct.isEmpty() ? null : String.join(separator, distinct);
    }

    /**
     * A text attributed to a county: {@code 鞋底发泡能耗高（晋江市）}.
     *
     * @param text       the text
     * @param countyName the county's name
     * @return the attributed text
     */
    static String attributed(String text, String countyName) {
        return text + "（" + countyName + "）";
    }
}
