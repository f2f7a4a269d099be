package org.countychain.rules.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.countychain.enterprise.CreditCode;

import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.jspecify.annotations.Nullable;

/**
 * The keys of a watch list, built once, so R12 looks an intermediary up in a set instead of scanning the list
 * with a regular expression per enterprise. Matches exactly what {@link IntermediaryWatchList#lists(String)}
 * matches. Internal: not part of the API.
 */
public final class WatchKeys {
    private final Map<String, Intermediary> keys = new HashMap<>();

    /**
     * The keys of a list: its names, normalised, and its credit codes.
     *
     * @param list the watch list
     */
    public WatchKeys(IntermediaryWatchList list) {
        // The first entry of a key wins, as the list's own find does.
        for (Intermediary i : list.entries()) {
            keys.putIfAbsent(normalise(i.name()), i);
            if (i.creditCode() != null) {
                keys.putIfAbsent(i.creditCode().value(), i);
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
        return nameOrCreditCode != null && !nameOrCreditCode.isBlank()
                && keys.containsKey(normalise(nameOrCreditCode));
    }

    /**
     * The listed entry an enterprise's intermediary is, by name or by credit code.
     *
     * @param name the name the enterprise gave, or {@code null}
     * @param code the credit code it gave, or {@code null}
     * @return the entry, or {@code null} when not listed
     */
    public @Nullable Intermediary find(@Nullable String name, @Nullable CreditCode code) {
        Intermediary byName = name == null || name.isBlank() ? null : keys.get(normalise(name));
        if (byName != null) {
            return byName;
        }
        return code == null ? null : keys.get(code.value());
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
