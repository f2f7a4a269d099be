package org.countychain.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the terms a query shares with an entry into readable text (匹配词): runs of overlapping shared bigrams are
 * merged into the longest substrings of the query that also occur in the entry. Single characters taken from
 * longer runs (unigrams) are shown only when nothing longer is shared. Internal.
 */
public final class Explainer {
    private Explainer() {
    }

    /**
     * The shared text, in the order it first occurs in the query (title, keywords, description); a substring
     * contained in another one listed is left out.
     *
     * @param query  the query
     * @param entry  the matched entry
     * @param shared the terms both contain (from the index)
     * @return the readable shared substrings
     */
    public static List<String> sharedText(Profile query, Profile entry, Set<String> shared) {
        StringBuilder all = new StringBuilder();
        for (List<String> texts : InvertedIndex.fields(entry)) {
            for (String t : texts) {
                all.append(Tokenizer.normalize(t)).append('\n');
            }
        }
        String entryText = all.toString();
        Set<String> found = new LinkedHashSet<>();
        Set<String> loneRuns = new java.util.HashSet<>();
        for (List<String> texts : InvertedIndex.fields(query)) {
            for (String t : texts) {
                collect(Tokenizer.normalize(t), entryText, shared, found, loneRuns);
            }
        }
        List<String> result = new ArrayList<>();
        boolean longer = found.stream().anyMatch(s -> s.codePointCount(0, s.length()) > 1);
        for (String s : found) {
            if (longer && s.codePointCount(0, s.length()) == 1 && Tokenizer.isHan(s.codePointAt(0))
                    && !loneRuns.contains(s)) {
                continue;
            }
            boolean inside = false;
            for (String other : found) {
                if (other.length() > s.length() && other.contains(s)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                result.add(s);
            }
        }
        return result;
    }

    private static void collect(String text, String entryText, Set<String> shared, Set<String> found,
                                Set<String> loneRuns) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int start = i;
            if (Tokenizer.isHan(cp)) {
                List<Integer> starts = new ArrayList<>();
                while (i < n && Tokenizer.isHan(cp = text.codePointAt(i))) {
                    starts.add(i);
                    i += Character.charCount(cp);
                }
                starts.add(i);
                if (starts.size() == 2) {
                    loneRuns.add(text.substring(start, i));
                }
                han(text, starts, entryText, shared, found);
            } else if (Tokenizer.isWord(cp)) {
                while (i < n && Tokenizer.isWord(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                String word = text.substring(start, i);
                if (shared.contains(word)) {
                    found.add(word);
                }
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** One run of Chinese characters; {@code starts} holds each character's start and the run's end. */
    private static void han(String text, List<Integer> starts, String entryText, Set<String> shared,
                            Set<String> found) {
        int chars = starts.size() - 1;
        boolean[] covered = new boolean[chars];
        int j = 0;
        while (j < chars - 1) {
            if (!shared.contains(text.substring(starts.get(j), starts.get(j + 2)))) {
                j++;
                continue;
            }
            int last = j;
            while (last + 1 < chars - 1
                    && shared.contains(text.substring(starts.get(last + 1), starts.get(last + 3)))) {
                last++;
            }
            // bigrams j..last are shared: split into the longest pieces the entry contains
            int from = j;
            while (from <= last) {
                int to = from;
                while (to + 1 <= last && entryText.contains(text.substring(starts.get(from), starts.get(to + 3)))) {
                    to++;
                }
                found.add(text.substring(starts.get(from), starts.get(to + 2)));
                for (int c = from; c <= to + 1; c++) {
                    covered[c] = true;
                }
                from = to + 1;
            }
            j = last + 1;
        }
        for (int c = 0; c < chars; c++) {
            String single = text.substring(starts.get(c), starts.get(c + 1));
            if (!covered[c] && shared.contains(single)) {
                found.add(single);
            }
        }
    }
}
