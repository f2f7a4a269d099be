package org.countychain.intermediary;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * The province's yearly list of intermediaries with "serious errors" (严重失误科技中介服务机构名单, R12). The list
 * is circulated internally; the library ships none and takes it as data.
 *
 * @param year    the year the list concerns
 * @param source  the circular it comes from, or {@code null}
 * @param entries the intermediaries listed
 * @since 0.1.0
 */
public record IntermediaryWatchList(int year, String source, List<Intermediary> entries) {
    /**
     * Checks the invariants.
     */
    public IntermediaryWatchList {
        Checks.year(year, "year");
        source = Checks.optionalText(source);
        entries = Checks.list(entries, "entries");
    }

    /**
     * Whether an intermediary, named as enterprises record it (name, or credit code), is on the list. Names are
     * compared after removing white space and full-width brackets differences.
     *
     * @param nameOrCreditCode the name or credit code an enterprise gave
     * @return true when listed
     */
    public boolean lists(String nameOrCreditCode) {
        if (nameOrCreditCode == null || nameOrCreditCode.isBlank()) {
            return false;
        }
        String key = normalise(nameOrCreditCode);
        for (Intermediary i : entries) {
            if (normalise(i.name()).equals(key)
                    || (i.creditCode() != null && i.creditCode().value().equals(key))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toUpperCase(java.util.Locale.ROOT);
    }
}
