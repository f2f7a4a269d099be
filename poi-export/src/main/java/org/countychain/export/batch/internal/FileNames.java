package org.countychain.export.batch.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Safe, deterministic file and directory names: one name is one path component that Windows, macOS and Linux all
 * accept and that a zip tool unpacks unchanged. Internal.
 */
public final class FileNames {
    /** The most code points of one name, well under the 255-byte limits (a Chinese character is 3 UTF-8 bytes). */
    public static final int MAX_CODE_POINTS = 60;

    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Zl}\\p{Zp}\\p{Cf}]");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern RESERVED =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    private FileNames() {
    }

    /**
     * Turns any text into one safe name: NFC; white space (tabs, line breaks, the
     * ideographic space) collapsed to one space; path separators, characters Windows forbids, control and format
     * characters replaced by {@code _}; leading and trailing spaces and dots
     * removed; Windows device names ({@code CON}, {@code NUL}, {@code COM1}, …) prefixed with {@code _}; cut to
     * {@value #MAX_CODE_POINTS} code points; {@code _} when nothing is left.
     *
     * @param text any text, or {@code null}
     * @return the name, never empty
     */
    public static String sanitise(String text) {
        String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        s = SPACES.matcher(s).replaceAll(" ");
        s = FORBIDDEN.matcher(s).replaceAll("_");
        s = fit(trim(s), MAX_CODE_POINTS);
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            return "_";
        }
        return RESERVED.matcher(s).matches() ? "_" + s : s;
    }

    /** Cuts a name to at most {@code max} code points, then removes the spaces and dots the cut leaves at its end. */
    private static String fit(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : trim(s.substring(0, s.offsetByCodePoints(0, max)));
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Hands out unique paths: a path already given (compared as case-insensitive file systems do) gets
     * {@code -2}, {@code -3}, … before its extension. Not thread-safe; the batch names every file before it
     * starts, so the same plan gives the same names.
     */
    public static final class Unique {
        private final Set<String> taken = new HashSet<>();

        /**
         * A path not given before. The file name is cut so that with its number and extension it stays within
         * {@value FileNames#MAX_CODE_POINTS} code points.
         *
         * @param directory the directory part, already safe, with {@code /} between names; empty for the top
         * @param stem      the file name without extension, already safe
         * @param extension the extension without the dot
         * @return the path, {@code directory/stem.extension} or with a number after the (cut) stem
         */
        public String claim(String directory, String stem, String extension) {
            String prefix = directory.isEmpty() ? "" : directory + "/";
            String ext = extension.isEmpty() ? "" : "." + sanitise(extension);
            for (int n = 1; ; n++) {
                String suffix = (n == 1 ? "" : "-" + n) + ext;
                // The whole name, number and extension included, stays within MAX_CODE_POINTS.
                String cut = fit(stem, Math.max(1, MAX_CODE_POINTS - suffix.codePointCount(0, suffix.length())));
                String path = prefix + (cut.isEmpty() ? "_" : cut) + suffix;
                if (taken.add(path.toLowerCase(Locale.ROOT))) {
                    return path;
                }
            }
        }
    }
}
