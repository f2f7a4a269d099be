package org.countychain.export.excel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.countychain.export.excel.internal.HeaderText;
import org.jspecify.annotations.Nullable;

/**
 * Header detection's vocabulary: which column a header names exactly, and which known column a header it does not
 * know probably meant (by containment, by a small edit distance, or as another wording of the same indicator).
 */
final class HeaderMatcher {
    private static final Map<String, EnterpriseColumn> EXACT = new HashMap<>();
    /** Other wordings of indicators that are not synonyms (they may mean something else) but worth suggesting. */
    private static final Map<String, EnterpriseColumn> WORDINGS = new LinkedHashMap<>();

    static {
        for (EnterpriseColumn c : EnterpriseColumn.values()) {
            EXACT.put(HeaderText.normalise(c.header()), c);
            for (String s : c.synonyms()) {
                EXACT.put(HeaderText.normalise(s), c);
            }
        }
        WORDINGS.put("研究与试验发展经费", EnterpriseColumn.RD_EXPENSE);
        WORDINGS.put("研发经费", EnterpriseColumn.RD_EXPENSE);
        WORDINGS.put("r&d经费", EnterpriseColumn.RD_EXPENSE);
        WORDINGS.put("研究开发人员", EnterpriseColumn.SCIENCE_TECH_STAFF);
        WORDINGS.put("研发人员", EnterpriseColumn.SCIENCE_TECH_STAFF);
        WORDINGS.put("主营业务收入", EnterpriseColumn.OPERATING_REVENUE);
        WORDINGS.put("销售收入", EnterpriseColumn.OPERATING_REVENUE);
        WORDINGS.put("企业办研究开发机构", EnterpriseColumn.RD_INSTITUTION_NAMES);
        WORDINGS.put("有效发明专利", EnterpriseColumn.INVENTION_PATENTS);
    }

    private HeaderMatcher() {
    }

    /**
     * The column a normalised header names exactly (its standard header or a synonym).
     *
     * @param normalised the header, {@link HeaderText#normalise normalised}
     * @return the column, or {@code null}
     */
    static @Nullable EnterpriseColumn exact(String normalised) {
        return EXACT.get(normalised);
    }

    /**
     * The standard header of the known column an unknown header probably meant.
     *
     * @param header the header as written
     * @return the standard header, or {@code null} when none is close
     */
    static @Nullable String suggest(String header) {
        String name = HeaderText.split(HeaderText.normalise(header))[0];
        if (name.length() < 2) {
            return null;
        }
        for (Map.Entry<String, EnterpriseColumn> w : WORDINGS.entrySet()) {
            if (name.contains(w.getKey())) {
                return w.getValue().header();
            }
        }
        EnterpriseColumn best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Map.Entry<String, EnterpriseColumn> e : EXACT.entrySet()) {
            String known = e.getKey();
            int score;
            if (known.length() >= 2 && (name.contains(known) || known.contains(name))) {
                score = Math.abs(name.length() - known.length());
            } else {
                int d = distance(name, known, 3);
                score = d <= Math.max(1, Math.min(name.length(), known.length()) / 3) ? d : Integer.MAX_VALUE;
            }
            if (score < bestScore || (score == bestScore && best != null && e.getValue().ordinal() < best.ordinal())) {
                bestScore = score;
                best = e.getValue();
            }
        }
        return best == null ? null : best.header();
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to be larger than {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
