package org.countychain.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * File names that unpack on Windows, macOS and Linux alike (安全文件名), the one convention of every file the library
 * names from user text (the province batch, the city submission package); public so that an integrator who stores
 * reports elsewhere (a {@code BatchSink} of their own, an object store, a command-line tool) names them the same way.
 *
 * <p>The convention: one path component; the characters Windows forbids replaced by their full-width forms, so a
 * Chinese name keeps its meaning ({@code 纺织/鞋服} → {@code 纺织／鞋服}); no control or format character; no
 * leading or trailing dot or space (a leading dot hides a file on macOS and Linux, Windows drops trailing ones); no
 * reserved device name; Unicode NFC (macOS would otherwise show a decomposed and a composed name as two); at most
 * {@value #MAX_BYTES} bytes of UTF-8 (Linux and macOS allow 255 bytes a component; Windows' 260-character path
 * limit leaves room for the folder the files are unpacked into).
 *
 * <pre>{@code
 * FileNames.safe("350582-晋江市-纺织/鞋服", "docx");   // "350582-晋江市-纺织／鞋服.docx"
 * FileNames.safe("CON", "txt");                       // "_CON.txt"
 * FileNames.safe("  .hidden. ", null);                // "hidden" (a folder name)
 *
 * FileNames.Unique names = new FileNames.Unique();    // one per package or batch, used from one thread
 * names.claim("350500-泉州市", "报告", "docx");        // "350500-泉州市/报告.docx"
 * names.claim("350500-泉州市", "报告", "DOCX");        // "350500-泉州市/报告（2）.DOCX": would clash on Windows
 * }</pre>
 *
 * <p>The names are a stable part of the output: a change to the convention is a change of the files the library
 * writes and is announced as such.
 *
 * @since 0.1.0
 */
public final class FileNames {
    /**
     * The most UTF-8 bytes a file name (with its extension) may have.
     *
     * @since 0.1.0
     */
    public static final int MAX_BYTES = 120;
    /** The most UTF-8 bytes of an extension, so that a stem always has room. */
    private static final int MAX_EXTENSION_BYTES = 16;
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9¹²³]"
            + "|LPT[0-9¹²³])");
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final String FULL_WIDTH = "＜＞：＂／＼｜？＊";
    /** The general categories of the characters a name leaves out. */
    private static final Set<Integer> REMOVED = Set.of((int) Character.CONTROL, (int) Character.FORMAT,
            (int) Character.UNASSIGNED, (int) Character.SURROGATE, (int) Character.PRIVATE_USE);

    private FileNames() {
    }

    /**
     * A safe name for a file or folder: forbidden characters become their full-width forms ({@code /} →
     * {@code ／}), control, format, private-use and unassigned characters are removed, runs of white space become
     * one space, leading and trailing dots and spaces go, a reserved device name gets a leading {@code _}, the stem
     * is cut to fit {@value #MAX_BYTES} bytes with the extension (never inside a character); {@code _} when nothing
     * is left. Applied to its own result it changes nothing.
     *
     * @param stem      the name without extension, any text, or {@code null}
     * @param extension the extension without dot ({@code docx}), or {@code null} or empty for none (a folder); made
     *                  safe the same way and cut to 16 bytes
     * @return the name, never empty
     * @since 0.1.0
     */
    public static String safe(@Nullable String stem, @Nullable String extension) {
        String suffix = suffix(extension);
        int room = MAX_BYTES - utf8Length(suffix);
        String out = trim(cut(clean(stem), room));
        if (out.isEmpty()) {
            out = "_";
        }
        int dot = out.indexOf('.');
        if (RESERVED.matcher((dot < 0 ? out : out.substring(0, dot)).strip()).matches()) {
            out = trim(cut("_" + out, room));
        }
        return out + suffix;
    }

    /**
     * The key two names (or paths) clash under on case-insensitive file systems (Windows, macOS): NFC, lower case.
     *
     * @param name a name or path, or {@code null} (the key of the empty name)
     * @return the key
     * @since 0.1.0
     */
    public static String clashKey(@Nullable String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The safe extension with its dot, or empty. */
    private static String suffix(@Nullable String extension) {
        String ext = cut(clean(extension), MAX_EXTENSION_BYTES);
        return ext.isEmpty() ? "" : "." + ext;
    }

    /**
     * NFC; forbidden characters to full width; control, format, unassigned, surrogate and private-use characters
     * removed; white space runs to one space; dots and spaces at both ends removed.
     */
    private static String clean(@Nullable String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int forbidden = cp < 0x80 ? FORBIDDEN.indexOf(cp) : -1;
            if (forbidden < 0 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                space = b.length() > 0;
                continue;
            }
            if (forbidden < 0 && REMOVED.contains(Character.getType(cp))) {
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (forbidden >= 0) {
                b.append(FULL_WIDTH.charAt(forbidden));
            } else {
                b.appendCodePoint(cp);
            }
        }
        // Removing a character can bring a letter and a combining mark together: compose again.
        return trim(Normalizer.normalize(b, Normalizer.Form.NFC));
    }

    private static String cut(String s, int maxBytes) {
        if (utf8Length(s) <= maxBytes) {
            return s;
        }
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    /** Removes the dots and spaces at both ends. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Hands out unique paths: a name already given in the same folder (compared as case-insensitive file systems
     * do, {@link #clashKey(String)}) gets {@code （2）}, {@code （3）} … before its extension, the stem cut so that
     * the name stays within {@value FileNames#MAX_BYTES} bytes. Not thread-safe: callers name every file in one
     * thread, in a fixed order, so the same input gives the same names.
     *
     * @since 0.1.0
     */
    public static final class Unique {
        private final Set<String> taken = new HashSet<>();

        /**
         * Creates a set of names with none taken.
         *
         * @since 0.1.0
         */
        public Unique() {
            // nothing taken yet
        }

        /**
         * A path not given before.
         *
         * @param directory the folder part, already safe, with {@code /} between names; empty or {@code null} for
         *                  the top
         * @param stem      the file name without extension, any text, or {@code null}
         * @param extension the extension without the dot, or empty or {@code null} for none
         * @return {@code directory/name}, the name {@link #safe(String, String)} or with a number
         * @since 0.1.0
         */
        public String claim(String directory, String stem, String extension) {
            String prefix = directory == null || directory.isEmpty() ? "" : directory + "/";
            String name = safe(stem, extension);
            String suffix = suffix(extension);
            for (int n = 2; !taken.add(clashKey(prefix + name)); n++) {
                String mark = "（" + n + "）";
                String shorter = trim(cut(safe(stem, null), MAX_BYTES - utf8Length(mark) - utf8Length(suffix)));
                name = safe(shorter + mark, extension);
            }
            return prefix + name;
        }
    }
}
