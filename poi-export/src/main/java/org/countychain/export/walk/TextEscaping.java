package org.countychain.export.walk;

import org.countychain.Experimental;

/**
 * Makes report text safe to put into HTML or Markdown (文本转义), so that a company name such as
 * {@code <化纤>*新材料*} or a paragraph starting {@code 1. } or {@code #} is shown as written and never read as
 * markup. Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return) are removed as
 * the Word export removes them.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public final class TextEscaping {
    private TextEscaping() {
    }

    /**
     * Text for HTML element content or a quoted attribute value: {@code & < > " '} become character references.
     *
     * @param text the text, may be {@code null}
     * @return the escaped text, {@code ""} for {@code null}
     */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (!forbidden(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Text for a Markdown (CommonMark) paragraph: {@link #markdownInline(String)}, and at the start of each line also
     * what would start a block ({@code #}, {@code +}, {@code -}, {@code =}, {@code >}, an ordered-list number
     * {@code 1.} or {@code 1)}) is escaped. Line feeds are kept; a line break inside a paragraph needs the
     * exporter's hard break (a backslash at the end of the line).
     *
     * @param text the text, may be {@code null}
     * @return the escaped text, {@code ""} for {@code null}
     */
    public static String markdown(String text) {
        return escape(text, true);
    }

    /**
     * Text inside a Markdown construct — after a heading's {@code ## }, in emphasis, in a table cell: every ASCII
     * character that can start inline markup ({@code \ ` * _ [ ] < | ~ &}) is escaped with a backslash.
     *
     * @param text the text, may be {@code null}
     * @return the escaped text, {@code ""} for {@code null}
     */
    public static String markdownInline(String text) {
        return escape(text, false);
    }

    /**
     * Text for a cell of a Markdown (GitHub) table: escaped as {@link #markdownInline(String)}, and a line break
     * becomes {@code <br>}, since a table row is one line.
     *
     * @param text the text, may be {@code null}
     * @return the escaped text, {@code ""} for {@code null}
     */
    public static String markdownTableCell(String text) {
        if (text == null) {
            return "";
        }
        return markdownInline(text.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br>");
    }

    private static String escape(String text, boolean blocks) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (forbidden(c)) {
                continue;
            }
            if ("\\`*_[]<|~&".indexOf(c) >= 0 || (blocks && lineStart && "#+-=>".indexOf(c) >= 0)) {
                sb.append('\\').append(c);
            } else if (blocks && lineStart && c >= '0' && c <= '9') {
                int j = i;
                while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                sb.append(text, i, j);
                if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    sb.append('\\').append(text.charAt(j));
                    j++;
                }
                i = j - 1;
                lineStart = false;
                continue;
            } else {
                sb.append(c);
            }
            if (c == '\n') {
                lineStart = true;
            } else if (c != ' ' && c != '\t') {
                lineStart = false;
            }
        }
        return sb.toString();
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }
}
