package org.countychain.export.docx.internal;

import java.util.List;

/**
 * Column widths that fill the text width. Each column first gets a floor — its heading (up to four characters), its
 * longest cell when that is short, its longest unbreakable token (a number, a credit code), so that such cells and
 * two-character labels such as 序号 or 高校 stay on one line — and the rest of the
 * width is shared by how much more each column's content wants (display width: CJK characters count twice; sampled
 * from the first rows, capped so one long cell does not take everything).
 */
final class TableLayout {
    private static final int SAMPLE_ROWS = 400;
    private static final int CAP = 60;
    private static final int SHORT = 10;
    private static final int HEADING_FLOOR = 8;
    private static final int TOKEN_CAP = 20;
    private static final int CELL_MARGINS = 2 * 85;

    private TableLayout() {
    }

    /**
     * The widths.
     *
     * @param header     the headings
     * @param rows       the rows
     * @param totalTwips the table width
     * @param fontPt     the cells' font size, to turn characters into twips
     * @return the widths, summing to {@code totalTwips}
     */
    static int[] widths(List<String> header, List<List<String>> rows, int totalTwips, double fontPt) {
        int n = header.size();
        int[] want = new int[n];
        int[] longestCell = new int[n];
        int[] longestToken = new int[n];
        int sampled = Math.min(rows.size(), SAMPLE_ROWS);
        for (int r = 0; r < sampled; r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < n; c++) {
                longestCell[c] = Math.max(longestCell[c], display(row.get(c)));
                longestToken[c] = Math.max(longestToken[c], longestToken(row.get(c)));
            }
        }
        double unit = fontPt * 10;  // twips per display unit: half an em
        double[] floor = new double[n];
        double[] extra = new double[n];
        double floorSum = 0;
        double extraSum = 0;
        for (int c = 0; c < n; c++) {
            int head = Math.min(display(header.get(c)), HEADING_FLOOR);
            want[c] = Math.min(CAP, Math.max(display(header.get(c)), longestCell[c]));
            // Short cells and unbreakable Latin tokens (numbers, credit codes) stay on one line.
            int f = Math.max(Math.max(4, head), Math.max(longestCell[c] <= SHORT ? longestCell[c] : 4,
                    Math.min(longestToken[c] + 2, TOKEN_CAP)));
            floor[c] = f * unit + CELL_MARGINS;
            extra[c] = Math.max(0, want[c] - f) * unit;
            floorSum += floor[c];
            extraSum += extra[c];
        }
        double[] w = new double[n];
        if (floorSum >= totalTwips) {
            for (int c = 0; c < n; c++) {
                w[c] = totalTwips * floor[c] / floorSum;
            }
        } else {
            double left = totalTwips - floorSum;
            for (int c = 0; c < n; c++) {
                w[c] = floor[c] + (extraSum > 0 ? left * extra[c] / extraSum : left / n);
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

    /** The longest run of characters a line cannot break: no CJK character, no space. */
    static int longestToken(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x2E80 || Character.isWhitespace(ch)) {
                run = 0;
            } else {
                longest = Math.max(longest, ++run);
            }
        }
        return longest;
    }

    static int display(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
