package org.countychain.matching.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Splits text into terms (分词): NFKC normalisation and lower case; punctuation, symbols and white space separate
 * runs; a run of Chinese characters gives its character bigrams (a run of one character gives that character, and
 * single characters of longer runs are added when asked); a run of other letters and digits is one term. Internal.
 */
public final class Tokenizer {
    /** Receives the terms of a text. */
    public interface Sink {
        /**
         * One term.
         *
         * @param term    the term
         * @param unigram true for a single character taken from a longer run of Chinese characters
         */
        void term(String term, boolean unigram);
    }

    /**
     * Receives the terms of a text as keys: a Chinese character or bigram as a {@code long} ({@link #charKey},
     * {@link #bigramKey}), a run of other letters and digits as its text. No string is made for Chinese terms.
     */
    public interface KeySink {
        /**
         * One Chinese character or bigram.
         *
         * @param key     its key, 0 or more
         * @param unigram true for a single character taken from a longer run of Chinese characters
         */
        void han(long key, boolean unigram);

        /**
         * One run of other letters and digits.
         *
         * @param word the run
         */
        void word(String word);
    }

    /** Bigram keys have this bit; single characters' keys are their code points (below 2^21). */
    private static final long BIGRAM = 1L << 42;

    private Tokenizer() {
    }

    /**
     * The key of one Chinese character.
     *
     * @param cp the code point
     * @return the key
     */
    public static long charKey(int cp) {
        return cp;
    }

    /**
     * The key of two consecutive Chinese characters: both code points (21 bits each) and a marker bit, so no two
     * terms share a key.
     *
     * @param first  the first code point
     * @param second the second code point
     * @return the key
     */
    public static long bigramKey(int first, int second) {
        return BIGRAM | (long) first << 21 | second;
    }

    /**
     * The text of a key from {@link #charKey} or {@link #bigramKey}.
     *
     * @param key the key
     * @return the one or two characters
     */
    public static String keyText(long key) {
        if ((key & BIGRAM) == 0) {
            return new String(Character.toChars((int) key));
        }
        return new StringBuilder(4).appendCodePoint((int) (key >>> 21) & 0x1FFFFF)
                .appendCodePoint((int) key & 0x1FFFFF).toString();
    }

    /**
     * Emits the terms of an already normalised text as keys, in the order and with the flags of
     * {@link #terms(String, boolean, Sink)}.
     *
     * @param normalized the text, from {@link #normalize(String)}
     * @param unigrams   whether to emit single characters of longer Chinese runs too
     * @param sink       receives the terms
     */
    public static void keys(String normalized, boolean unigrams, KeySink sink) {
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            int cp = normalized.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                int count = 0;
                int prev = -1;
                while (i < n && isHan(cp = normalized.codePointAt(i))) {
                    if (prev >= 0) {
                        sink.han(bigramKey(prev, cp), false);
                    }
                    count++;
                    prev = cp;
                    i += Character.charCount(cp);
                }
                if (count == 1) {
                    sink.han(charKey(prev), false);
                } else if (unigrams) {
                    for (int j = start; j < i; j += Character.charCount(normalized.codePointAt(j))) {
                        sink.han(charKey(normalized.codePointAt(j)), true);
                    }
                }
            } else if (isWord(cp)) {
                int start = i;
                while (i < n && isWord(cp = normalized.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                sink.word(normalized.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /**
     * The normalised form of a text: NFKC, lower case ({@link Locale#ROOT}).
     *
     * @param text the text
     * @return the normalised text
     */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a code point is a Chinese (CJK) character.
     *
     * @param cp the code point
     * @return true for ideographs
     */
    public static boolean isHan(int cp) {
        return Character.isIdeographic(cp);
    }

    /**
     * Whether a code point belongs to a Latin, digit or other letter run.
     *
     * @param cp the code point
     * @return true for letters and digits that are not ideographs
     */
    public static boolean isWord(int cp) {
        return Character.isLetterOrDigit(cp) && !isHan(cp);
    }

    /**
     * Emits the terms of an already normalised text.
     *
     * @param normalized the text, from {@link #normalize(String)}
     * @param unigrams   whether to emit single characters of longer Chinese runs too
     * @param sink       receives the terms
     */
    public static void terms(String normalized, boolean unigrams, Sink sink) {
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            int cp = normalized.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                int count = 0;
                int prev = -1;
                while (i < n && isHan(cp = normalized.codePointAt(i))) {
                    int next = i + Character.charCount(cp);
                    if (prev >= 0) {
                        sink.term(normalized.substring(prev, next), false);
                    }
                    count++;
                    prev = i;
                    i = next;
                }
                if (count == 1) {
                    sink.term(normalized.substring(start, i), false);
                } else if (unigrams) {
                    for (int j = start; j < i; j += Character.charCount(normalized.codePointAt(j))) {
                        sink.term(normalized.substring(j, j + Character.charCount(normalized.codePointAt(j))), true);
                    }
                }
            } else if (isWord(cp)) {
                int start = i;
                while (i < n && isWord(cp = normalized.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                sink.term(normalized.substring(start, i), false);
            } else {
                i += Character.charCount(cp);
            }
        }
    }
}
