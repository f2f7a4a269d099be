package org.countychain.consolidation.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The normalisation of chain, link and unit names: NFKC (full-width to half-width), lower case, white space,
 * punctuation and symbols (and the connectives 与、和、及) as separators, given prefixes (the county's name) and
 * generic suffixes ({@code 产业链}, {@code 产业}, …) removed, and compounds split into two-character words.
 */
public final class ChainNames {
    private ChainNames() {
    }

    /**
     * The parts of a name between separators, folded (NFKC, lower case).
     *
     * @param name a name
     * @return the non-empty parts, in order
     */
    public static List<String> parts(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (isSeparator(cp)) {
                if (current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.appendCodePoint(cp);
            }
        });
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    /**
     * A name folded and with its separators removed: the key of links and advantage units.
     *
     * @param name a name
     * @return the key
     */
    public static String plainKey(String name) {
        return String.join("", parts(name));
    }

    /**
     * The parts of a chain name with a leading prefix and trailing generic suffixes removed (never down to
     * nothing).
     *
     * @param name     the chain's name
     * @param prefixes names to remove from the start (the county's full and short name), folded or not
     * @param suffixes generic suffixes to remove from the end, longest first
     * @return the remaining parts
     */
    public static List<String> chainParts(String name, List<String> prefixes, List<String> suffixes) {
        List<String> parts = new ArrayList<>(parts(name));
        if (parts.isEmpty()) {
            return parts;
        }
        for (String prefix : prefixes) {
            String p = plainKey(prefix);
            String first = parts.get(0);
            if (!p.isEmpty() && first.startsWith(p) && (first.length() > p.length() || parts.size() > 1)) {
                if (first.length() == p.length()) {
                    parts.remove(0);
                } else {
                    parts.set(0, first.substring(p.length()));
                }
                break;
            }
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String last = parts.get(parts.size() - 1);
            for (String suffix : suffixes) {
                String s = plainKey(suffix);
                if (!s.isEmpty() && last.endsWith(s) && (last.length() > s.length() || parts.size() > 1)) {
                    if (last.length() == s.length()) {
                        parts.remove(parts.size() - 1);
                    } else {
                        parts.set(parts.size() - 1, last.substring(0, last.length() - s.length()));
                    }
                    stripped = true;
                    break;
                }
            }
        }
        return parts;
    }

    /**
     * The words of a compound, sorted: each part of an even length of four or more characters is split into
     * two-character words ({@code 纺织鞋服} gives {@code 纺织}, {@code 鞋服}); other parts stay whole.
     *
     * @param parts the parts of a normalised name
     * @return the words, sorted; fewer than two words means the name is no compound
     */
    public static List<String> sortedWords(List<String> parts) {
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            int[] cps = part.codePoints().toArray();
            if (cps.length >= 4 && cps.length % 2 == 0) {
                for (int i = 0; i < cps.length; i += 2) {
                    words.add(new String(cps, i, 2));
                }
            } else {
                words.add(part);
            }
        }
        words.sort(null);
        return words;
    }

    /**
     * A GB/T 4754 code folded: NFKC, upper case, only letters and digits.
     *
     * @param code a code, or {@code null}
     * @return the folded code, or {@code null} when nothing is left
     */
    public static @Nullable String industryCode(@Nullable String code) {
        if (code == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        Normalizer.normalize(code, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean isSeparator(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '与' || cp == '和' || cp == '及') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                    Character.CONTROL, Character.FORMAT -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
