package org.countychain.export.docx.internal;

import java.util.List;

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
    private static final double SHORT_EMS = 6;
    private static final double HEADING_EMS = 4;
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
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = (int) Math.floor(w[c]);
            used += widths[c];
        }
        widths[n - 1] += totalTwips - used;
        return widths;
    }

    /** The width in ems of the longest run of characters a line cannot break: no CJK character, no space. */
    static double longestToken(String s) {
        double longest = 0;
        double run = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x2E80 || Character.isWhitespace(ch)) {
                run = 0;
            } else {
                run += em(s, i);
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    /** The width of a text in ems of its font. */
    static double ems(String s) {
        if (s == null) {
            return 0;
        }
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += em(s, i);
        }
        return w;
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
        if (ch >= 0x2E80) {
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
