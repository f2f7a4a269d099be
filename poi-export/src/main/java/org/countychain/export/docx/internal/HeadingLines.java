package org.countychain.export.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a heading longer than a line into lines of about equal length, so that no line holds one or two characters
 * alone: after an appendix's 附件N label when the rest then fits on one line (the usual layout of an appendix
 * title), otherwise at the character nearest each equal share, never before closing punctuation, after opening
 * punctuation or inside a run of Latin characters.
 */
final class HeadingLines {
    private static final Pattern LABEL = Pattern.compile("(附件\\s*\\d+)[\\s：:]*(.+)", Pattern.DOTALL);
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—·%";
    private static final String NO_LINE_END = "（《「『“‘〔【";
    /** Half an em kept free on each line for the renderer's rounding and fonts wider than assumed. */
    private static final double SAFETY_EMS = 0.5;

    private HeadingLines() {
    }

    /**
     * The lines.
     *
     * @param text        the heading
     * @param widthTwips  the line width
     * @param fontPt      the heading's font size
     * @param indentChars the first line's indent in characters
     * @return one line when the heading fits, else its lines
     */
    static String[] lines(String text, int widthTwips, double fontPt, int indentChars) {
        double perLine = widthTwips / (fontPt * 20) - SAFETY_EMS;
        double first = perLine - indentChars;
        double total = TableLayout.ems(text);
        if (total <= first) {
            return new String[] {text};
        }
        Matcher m = LABEL.matcher(text);
        if (m.matches() && TableLayout.ems(m.group(2)) <= perLine) {
            return new String[] {m.group(1), m.group(2)};
        }
        int count = (int) Math.ceil((total + indentChars) / perLine);
        double share = (total + indentChars) / count;
        List<String> lines = new ArrayList<>();
        int start = 0;
        double used = indentChars;
        double target = share;
        double at = indentChars;
        for (int i = 0; i < text.length() && lines.size() < count - 1; i++) {
            at += TableLayout.ems(String.valueOf(text.charAt(i)));
            boolean breakable = i + 1 < text.length() && canBreak(text, i + 1);
            if (breakable && at >= target - 0.5) {
                lines.add(text.substring(start, i + 1).strip());
                start = i + 1;
                used = at;
                target = used + share;
            }
        }
        lines.add(text.substring(start).strip());
        return lines.toArray(String[]::new);
    }

    /** Whether a line may end before index {@code i}. */
    private static boolean canBreak(String text, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        boolean latinBefore = before < 0x2E80 && !Character.isWhitespace(before);
        boolean latinAfter = after < 0x2E80 && !Character.isWhitespace(after);
        return !(latinBefore && latinAfter);
    }
}
