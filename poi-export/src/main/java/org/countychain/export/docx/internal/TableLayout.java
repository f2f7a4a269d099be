package org.countychain.export.docx.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Column widths that fill the text width, sized to the content.
 *
 * <p>Each column first gets what must never wrap: its longest unbreakable token (a credit code, a date, an amount,
 * a percentage: a run of Latin characters without a space), its longest short cell whole (a label such as 序号,
 * 高校 or 科研院所, up to {@value #SHORT_EMS} ems), and a heading of up to four characters. Widths are measured in
 * ems of the table font: a CJK character one em, Latin characters by the advance widths of Times New Roman (and its
 * metric twin Liberation Serif), with a tenth more for the renderer's rounding and wider Latin fonts. The rest of the width is shared by how much more each column's content wants (capped so one
 * long cell does not take everything): long names and descriptions wrap, codes beside them do not.
 *
 * <p>When the minimums do not fit, the short labels give way first (they wrap); when the unbreakable tokens alone
 * still do not fit with four characters for every other column, the table is set a size smaller (五号, then 小五), and only at the smallest size is everything scaled.
 */
final class TableLayout {
    private static final int SAMPLE_ROWS = 400;
    /** The most ems a column's content asks for in sharing the width. */
    private static final double CAP_EMS = 30;
    /** A cell up to this many ems is kept whole. */
    private static final double SHORT_EMS = 7;
    private static final double HEADING_EMS = 4;
    /** A cell line up to this many ems is a label that must not leave one character alone on a line. */
    private static final double LABEL_EMS = 8;
    private static final double MIN_EMS = 2;
    /** Advance widths of Times New Roman (and its metric twin Liberation Serif), in thousandths of an em. */
    private static final int[] CAPITALS = {722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722,
        722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611};
    private static final int[] SMALL = {444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444};
    /** What a renderer adds to a measured line: kerning, rounding, a Latin font up to a tenth wider than Times. */
    private static final double SLACK = 1.1;
    /** The sizes a table steps down to when its unbreakable tokens do not fit: 五号, 小五. */
    private static final double[] SMALLER_PT = {10.5, 9};
    private static final int CELL_MARGINS = 2 * 85;

    private TableLayout() {
    }

    /**
     * The layout: the widths at the table font, or at a smaller size when the unbreakable tokens need it.
     *
     * @param header     the headings
     * @param rows       the rows
     * @param totalTwips the table width
     * @param fontPt     the style sheet's table font size
     * @return the layout
     */
    static Layout layout(List<String> header, List<List<String>> rows, int totalTwips, double fontPt) {
        double pt = fontPt;
        for (double smaller : SMALLER_PT) {
            if (fits(header, rows, totalTwips, pt)) {
                break;
            }
            pt = Math.min(pt, smaller);
        }
        return new Layout(widths(header, rows, totalTwips, pt), pt);
    }

    /** Whether every unbreakable token fits with at least the heading floor for the other columns. */
    private static boolean fits(List<String> header, List<List<String>> rows, int totalTwips, double fontPt) {
        int n = header.size();
        double[] need = new double[n];
        for (int c = 0; c < n; c++) {
            need[c] = Math.max(HEADING_EMS, longestToken(header.get(c)));
        }
        int sampled = Math.min(rows.size(), SAMPLE_ROWS);
        for (int r = 0; r < sampled; r++) {
            for (int c = 0; c < n; c++) {
                need[c] = Math.max(need[c], longestToken(rows.get(r).get(c)));
            }
        }
        double sum = 0;
        for (double e : need) {
            sum += e * fontPt * 20 * SLACK + CELL_MARGINS;
        }
        return sum <= totalTwips;
    }

    /**
     * The widths at one font size.
     *
     * @param header     the headings
     * @param rows       the rows
     * @param totalTwips the table width
     * @param fontPt     the cells' font size, to turn ems into twips
     * @return the widths, summing to {@code totalTwips}
     */
    static int[] widths(List<String> header, List<List<String>> rows, int totalTwips, double fontPt) {
        int n = header.size();
        double[] hard = new double[n];
        double[] soft = new double[n];
        double[] want = new double[n];
        for (int c = 0; c < n; c++) {
            double head = ems(header.get(c));
            hard[c] = Math.max(MIN_EMS, longestToken(header.get(c)));
            soft[c] = head <= HEADING_EMS ? head : HEADING_EMS;
            want[c] = head;
        }
        int sampled = Math.min(rows.size(), SAMPLE_ROWS);
        for (int r = 0; r < sampled; r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < n; c++) {
                String cell = row.get(c);
                double whole = ems(cell);
                hard[c] = Math.max(hard[c], longestToken(cell));
                if (whole <= SHORT_EMS) {
                    soft[c] = Math.max(soft[c], whole);
                }
                want[c] = Math.max(want[c], whole);
            }
        }
        double twipsPerEm = fontPt * 20 * SLACK;
        double[] floor = new double[n];
        double[] mustKeep = new double[n];
        double floorSum = 0;
        double mustSum = 0;
        for (int c = 0; c < n; c++) {
            mustKeep[c] = Math.max(hard[c], MIN_EMS) * twipsPerEm + CELL_MARGINS;
            floor[c] = Math.max(hard[c], soft[c]) * twipsPerEm + CELL_MARGINS;
            want[c] = Math.min(CAP_EMS, Math.max(want[c], Math.max(hard[c], soft[c]))) * twipsPerEm + CELL_MARGINS;
            floorSum += floor[c];
            mustSum += mustKeep[c];
        }
        double[] w = new double[n];
        if (floorSum <= totalTwips) {
            double extraSum = 0;
            for (int c = 0; c < n; c++) {
                extraSum += want[c] - floor[c];
            }
            double left = totalTwips - floorSum;
            for (int c = 0; c < n; c++) {
                w[c] = floor[c] + (extraSum > 0 ? left * (want[c] - floor[c]) / extraSum : left / n);
            }
        } else if (mustSum <= totalTwips) {
            // Short labels give way (they wrap), unbreakable tokens do not.
            double give = floorSum - mustSum;
            double over = floorSum - totalTwips;
            for (int c = 0; c < n; c++) {
                w[c] = floor[c] - (floor[c] - mustKeep[c]) * over / give;
            }
        } else {
            for (int c = 0; c < n; c++) {
                w[c] = totalTwips * mustKeep[c] / mustSum;
            }
        }
        avoidLoneCharacters(w, mustKeep, header, rows, sampled, fontPt);
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = (int) Math.floor(w[c]);
            used += widths[c];
        }
        widths[n - 1] += totalTwips - used;
        return widths;
    }

    /**
     * Moves width between columns so that no heading, and no label of up to {@value #LABEL_EMS} ems, ends with one
     * character alone on its last line (单位（团队）名 / 称): a column whose labels would leave one is made a character
     * wider or narrower, whichever comes first of one or two characters either way leaves every label whole or with
     * two characters or more on its last line. The width comes from, or goes to, the column with the most room above
     * its unbreakable minimum whose own labels stay as they were. A renderer sets CJK characters one em wide each, so
     * the number a line holds is known; Latin text is measured as for the widths.
     */
    private static void avoidLoneCharacters(double[] w, double[] mustKeep, List<String> header,
                                            List<List<String>> rows, int sampled, double fontPt) {
        int n = w.length;
        double em = fontPt * 20;
        List<List<String>> labels = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            List<String> column = new ArrayList<>();
            addLines(column, header.get(c), Double.MAX_VALUE);
            for (int r = 0; r < sampled; r++) {
                addLines(column, rows.get(r).get(c), LABEL_EMS);
            }
            labels.add(column);
        }
        for (int c = 0; c < n; c++) {
            double current = capacity(w[c], em);
            if (!anyAlone(labels.get(c), current)) {
                continue;
            }
            for (int step : new int[] {1, -1, 2, -2}) {
                double k = Math.floor(current) + step;
                double target = (k + 0.5) * em + CELL_MARGINS;
                if (k < 2 || target < mustKeep[c] || anyAlone(labels.get(c), k)) {
                    continue;
                }
                double @Nullable [] moved = moveWidth(w, mustKeep, labels, c, target - w[c], em);
                if (moved != null) {
                    System.arraycopy(moved, 0, w, 0, n);
                    break;
                }
            }
        }
    }

    /**
     * Widens column {@code c} by {@code delta} twips (narrows it when negative), taking the width from the columns
     * with the most room above their unbreakable minimum (or giving it to the one with the most), none of which
     * may come to leave a label's character alone.
     *
     * @return the new widths, or {@code null} when the other columns cannot give the width
     */
    private static double @Nullable [] moveWidth(double[] w, double[] mustKeep, List<List<String>> labels, int c,
                                                 double delta, double em) {
        int n = w.length;
        double[] out = w.clone();
        out[c] += delta;
        List<Integer> others = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            if (d != c) {
                others.add(d);
            }
        }
        others.sort((a, b) -> Double.compare(w[b] - mustKeep[b], w[a] - mustKeep[a]));
        double left = delta;
        for (int d : others) {
            double change = delta > 0 ? Math.min(left, w[d] - mustKeep[d] - em) : left;
            if (delta > 0 && change <= 0) {
                continue;
            }
            boolean aloneBefore = anyAlone(labels.get(d), capacity(w[d], em));
            if (!aloneBefore && anyAlone(labels.get(d), capacity(w[d] - change, em))) {
                continue;
            }
            out[d] -= change;
            left -= change;
            if (Math.abs(left) < 1e-9) {
                return out;
            }
        }
        return null;
    }

    /**
     * How much tighter to set a heading or a cell so that none of its lines wraps leaving one character alone
     * (单位（团队）名 / 称) when no column width could prevent it: the width the worst line lacks shared by its
     * characters, in twips (twentieths of a point) each, when that is at most a tenth of each such line's width.
     *
     * @param text       the cell's text
     * @param widthTwips the cell's width
     * @param fontPt     its font size
     * @return the twips to take from the spacing of each character, 0 to leave the text as it is
     */
    static int tightening(String text, int widthTwips, double fontPt) {
        int most = 0;
        for (String line : text.split("\n")) {
            int each = lineTightening(line, widthTwips, fontPt);
            if (each < 0) {
                return 0;
            }
            most = Math.max(most, each);
        }
        if (most > 0) {
            // Set tighter, each line holds more: none may come to leave a character alone.
            double capacity = Math.floor((widthTwips - CELL_MARGINS) / (fontPt * 20 - most));
            for (String line : text.split("\n")) {
                if (endsWithOneAlone(line, capacity)) {
                    return 0;
                }
            }
        }
        return most;
    }

    /** The tightening of one line: 0 for none, -1 when a tenth is not enough. */
    private static int lineTightening(String line, int widthTwips, double fontPt) {
        if (line.isBlank()) {
            return 0;
        }
        double em = fontPt * 20;
        double usable = widthTwips - CELL_MARGINS;
        double capacity = Math.floor(usable / em);
        double length = ems(line);
        if (length <= capacity || !endsWithOneAlone(line, capacity)) {
            return 0;
        }
        int characters = line.codePointCount(0, line.length());
        int each = (int) Math.ceil(Math.max(0, length * em - usable) / characters) + 2;
        return each * characters <= length * em / 10 ? each : -1;
    }

    /** Adds each line of a text, or of a cell whose lines are all labels (up to {@code most} ems). */
    private static void addLines(List<String> out, String text, double most) {
        for (String line : text.split("\n")) {
            if (ems(line) <= most && !line.isBlank()) {
                out.add(line);
            }
        }
    }

    /** How many ems of text a cell of a width holds on a line. */
    private static double capacity(double width, double emTwips) {
        return Math.floor((width - CELL_MARGINS) / emTwips);
    }

    /** Whether a text of one line or more, set in lines of {@code capacity} ems, leaves one character alone. */
    private static boolean anyAlone(List<String> lines, double capacity) {
        for (String line : lines) {
            if (endsWithOneAlone(line, capacity)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many lines a cell's text takes in a column of a width: each of its lines wrapped at the places a line may
     * break, an estimate a renderer's fonts may exceed by a line or so.
     *
     * @param text       the cell's text
     * @param widthTwips the column's width
     * @param fontPt     the cells' font size
     * @return the lines, at least one
     */
    static int lines(String text, int widthTwips, double fontPt) {
        double capacity = Math.max(1, capacity(widthTwips, fontPt * 20 * SLACK));
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += wrap(line, capacity)[0];
        }
        return Math.max(1, lines);
    }

    /**
     * Whether a line of text, wrapped into lines of {@code capacity} ems at the places a line may break (see
     * {@link #longestToken}), ends with a line of one character that is not Latin.
     */
    static boolean endsWithOneAlone(String text, double capacity) {
        int[] wrapped = wrap(text, capacity);
        return wrapped[0] > 1 && wrapped[1] == 1 && wrapped[2] >= 0x80;
    }

    /**
     * A line of text wrapped into lines of {@code capacity} ems at the places a line may break: the number of lines,
     * the characters on the last and the last character.
     */
    private static int[] wrap(String text, double capacity) {
        int lines = 1;
        double width = 0;
        int chars = 0;
        char lastChar = ' ';
        int i = 0;
        int n = text.length();
        while (i < n) {
            // The next unit: the characters up to the next place a line may break.
            int end = i + 1;
            while (end < n && !Character.isWhitespace(text.charAt(end))
                    && !breaksBefore(text.charAt(end - 1), text.charAt(end))) {
                end++;
            }
            if (Character.isWhitespace(text.charAt(i))) {
                if (width > 0) {
                    width += em(text, i);
                }
                i++;
                continue;
            }
            double unit = 0;
            for (int j = i; j < end; j++) {
                unit += em(text, j);
            }
            if (width > 0 && width + unit > capacity + 1e-9) {
                lines++;
                width = 0;
                chars = 0;
            }
            width += unit;
            chars += end - i;
            lastChar = text.charAt(end - 1);
            i = end;
        }
        return new int[] {lines, chars, lastChar};
    }

    /**
     * Characters Unicode calls of ambiguous width that the document sets in its CJK font, one em wide: every run says
     * {@code w:hint="eastAsia"}, so curly quotes, the dash of an empty cell, the ellipsis, the middle dot, ★ and
     * ①②③ take the CJK font's full-width glyphs. Counted as Latin (about half an em), a title such as
     * {@code 纺织鞋服产业链“一对一”“点对点”服务企业清单} was measured two ems short and left 单 alone on its last line.
     */
    private static final String FULL_WIDTH_IN_CJK = "‘’“”—―…‥·※★☆○●◎◇◆□■△▲▽▼→←↑↓×÷°℃‰№"
            + "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";

    /** Opening brackets and quotes: a line never ends with one, so it stays with what follows. */
    private static final String OPENING = "（【《〈「『〔“‘";
    /** Closing brackets, quotes and punctuation: a line never starts with one, so it stays with what precedes. */
    private static final String CLOSING = "）】》〉」』〕”’，。、；：！？";

    /**
     * The width in ems of the longest run of characters a line cannot break. A run of Latin letters and digits
     * without a space does not break; nor does a CJK bracket or punctuation mark from its neighbour: an opening
     * bracket stays with what follows, a closing one (and 、，；：) with what precedes. So
     * {@code （91350500155801216M）；} is one run, and a renderer that finds no room for it on a line breaks it
     * inside.
     */
    static double longestToken(String s) {
        double longest = 0;
        double run = 0;
        char previous = ' ';
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                run = 0;
                previous = ' ';
                continue;
            }
            if (breaksBefore(previous, ch)) {
                run = 0;
            }
            run += em(s, i);
            longest = Math.max(longest, run);
            previous = ch;
        }
        return longest;
    }

    /** Whether a line may break between two characters that are not white space. */
    private static boolean breaksBefore(char previous, char ch) {
        if (previous == ' ' || CLOSING.indexOf(ch) >= 0 || OPENING.indexOf(previous) >= 0) {
            return previous == ' ';
        }
        boolean cjk = ch >= 0x2E80;
        boolean previousCjk = previous >= 0x2E80;
        if (OPENING.indexOf(ch) >= 0) {
            return true;
        }
        if (CLOSING.indexOf(previous) >= 0) {
            // After a closing mark a line may break: （样例）0595-12345678 breaks before the number.
            return true;
        }
        // Between two CJK characters, and between CJK and Latin text, a line may break; inside Latin text not.
        return cjk || previousCjk;
    }

    /** The width of a text in ems of its font: of its longest line, when it has several. */
    static double ems(String s) {
        if (s == null) {
            return 0;
        }
        double widest = 0;
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                widest = Math.max(widest, w);
                w = 0;
            } else {
                w += em(s, i);
            }
        }
        return Math.max(widest, w);
    }

    /**
     * The width of the character at {@code i}. A hyphen inside a number or code is written as a non-breaking
     * hyphen, which Times New Roman's metric twins lack: the renderer takes it from a CJK font, up to an em wide.
     */
    private static double em(String s, int i) {
        char ch = s.charAt(i);
        if (ch == '-' && BodyXml.nonBreakingHyphen(s, i)) {
            return 1;
        }
        return em(ch);
    }

    private static double em(char ch) {
        if (ch >= 0x2E80 || FULL_WIDTH_IN_CJK.indexOf(ch) >= 0) {
            return 1;
        }
        if (ch >= 'A' && ch <= 'Z') {
            return CAPITALS[ch - 'A'] / 1000.0;
        }
        if (ch >= 'a' && ch <= 'z') {
            return SMALL[ch - 'a'] / 1000.0;
        }
        if (ch >= '0' && ch <= '9') {
            return 0.5;
        }
        return switch (ch) {
            case '%' -> 0.833;
            case '@' -> 0.921;
            case '&' -> 0.778;
            case ' ', '.', ',', ':', ';', '!', '/', '|', '\'' -> 0.278;
            case '-', '(', ')', '[', ']' -> 0.333;
            default -> 0.564;
        };
    }

    /**
     * The layout of one table: its column widths and the font size its cells are set in, smaller than the style
     * sheet's when the unbreakable tokens would not fit otherwise.
     *
     * @param widths the column widths in twips
     * @param fontPt the cells' font size
     */
    record Layout(int[] widths, double fontPt) {
    }
}
