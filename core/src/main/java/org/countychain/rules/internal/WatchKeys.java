package org.countychain.rules.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;

/**
 * The keys of a watch list, built once, so R12 looks an intermediary up in a set instead of scanning the list
 * with a regular expression per enterprise. Matches exactly what {@link IntermediaryWatchList#lists(String)}
 * matches. Internal: not part of the API.
 */
public final class WatchKeys {
    private final Set<String> keys = new HashSet<>();

    /**
     * The keys of a list: its names, normalised, and its credit codes.
     *
     * @param list the watch list
     */
    public WatchKeys(IntermediaryWatchList list) {
        for (Intermediary i : list.entries()) {
            keys.add(normalise(i.name()));
            if (i.creditCode() != null) {
                keys.add(i.creditCode().value());
            }
        }
    }

    /**
     * Whether a name or credit code is listed.
     *
     * @param nameOrCreditCode what an enterprise recorded
     * @return true when listed
     */
    public boolean lists(String nameOrCreditCode) {
        return nameOrCreditCode != null && !nameOrCreditCode.isBlank() && keys.contains(normalise(nameOrCreditCode));
    }

    /**
     * Removes the white space of {@code \s} ({@code [ \t\n\x0B\f\r]}), turns full-width brackets into ASCII ones
     * and upper-cases: the watch list's own normalisation, without a regular expression.
     *
     * @param s the text
     * @return the key
     */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                }
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                default -> b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
