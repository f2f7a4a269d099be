package org.countychain.export.submission.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names that unpack on Windows, macOS and Linux alike (安全文件名): one path component, no character Windows
 * forbids, no reserved device name, no trailing dot or space, Unicode NFC (macOS would otherwise show a decomposed
 * and a composed name as two), and at most {@value #MAX_BYTES} bytes of UTF-8 (Linux and macOS allow 255 bytes a
 * component; Windows' 260-character path limit leaves room for the folder the package is unpacked into).
 */
public final class FileNames {
    /** The most UTF-8 bytes a file name (with its extension) may have. */
    public static final int MAX_BYTES = 120;
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9¹²³]"
            + "|LPT[0-9¹²³])");
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final String FULL_WIDTH = "＜＞：＂／＼｜？＊";

    private FileNames() {
    }

    /**
     * A safe name for a file: forbidden characters become their full-width forms ({@code /} → {@code ／}), control
     * and format characters are removed, runs of white space become one space, a reserved device name gets a
     * leading {@code _}, the stem is cut to fit {@value #MAX_BYTES} bytes (never inside a character).
     *
     * @param stem      the name without extension, any text
     * @param extension the extension without dot, ASCII letters and digits ({@code docx})
     * @return the name, never empty
     */
    public static String safe(String stem, String extension) {
        String s = Normalizer.normalize(stem == null ? "" : stem, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int forbidden = cp < 0x80 ? FORBIDDEN.indexOf(cp) : -1;
            if (forbidden >= 0) {
                b.append(FULL_WIDTH.charAt(forbidden));
                space = false;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = b.length() > 0;
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.PRIVATE_USE) {
                continue;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.appendCodePoint(cp);
            }
        }
        String suffix = extension == null || extension.isEmpty() ? "" : "." + extension;
        String out = trimEnd(cut(b.toString(), MAX_BYTES - utf8Length(suffix)));
        if (out.isEmpty()) {
            out = "_";
        }
        String base = out.contains(".") ? out.substring(0, out.indexOf('.')) : out;
        if (RESERVED.matcher(base.strip()).matches()) {
            out = trimEnd(cut("_" + out, MAX_BYTES - utf8Length(suffix)));
        }
        return out + suffix;
    }

    /**
     * The key two names clash under on case-insensitive file systems (Windows, macOS): NFC, lower case.
     *
     * @param name a name
     * @return the key
     */
    public static String clashKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * A name not yet taken: the safe name, or with {@code （2）}, {@code （3）} … before the extension.
     *
     * @param stem      the name without extension
     * @param extension the extension
     * @param taken     the clash keys of names taken so far in the same folder; the result's is added
     * @return the name
     */
    public static String unique(String stem, String extension, Set<String> taken) {
        String name = safe(stem, extension);
        for (int n = 2; !taken.add(clashKey(name)); n++) {
            String mark = "（" + n + "）";
            String shorter = cut(safe(stem, null), MAX_BYTES - utf8Length(mark) - utf8Length("." + extension));
            name = safe(trimEnd(shorter) + mark, extension);
        }
        return name;
    }

    /**
     * A new set for {@link #unique(String, String, Set)}.
     *
     * @return an empty set
     */
    public static Set<String> names() {
        return new HashSet<>();
    }

    private static String cut(String s, int maxBytes) {
        if (utf8Length(s) <= maxBytes) {
            return s;
        }
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int n = utf8Length(new String(Character.toChars(cp)));
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
