package org.countychain.export.docx.internal;

import java.util.List;

/**
 * Column widths that fill the text width: each column gets a share by the display width of its heading and cells
 * (CJK characters count twice), sampled from the first rows, with a floor so no column gets too narrow.
 */
final class TableLayout {
    private static final int SAMPLE_ROWS = 400;
    private static final int CAP = 40;

    private TableLayout() {
    }

    static int[] widths(List<String> header, List<List<String>> rows, int totalTwips) {
        int n = header.size();
        double[] weight = new double[n];
        for (int c = 0; c < n; c++) {
            weight[c] = Math.min(CAP, display(header.get(c)));
        }
        int sampled = Math.min(rows.size(), SAMPLE_ROWS);
        for (int r = 0; r < sampled; r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < n; c++) {
                weight[c] = Math.max(weight[c], Math.min(CAP, display(row.get(c))));
            }
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
            weight[c] = Math.max(weight[c], 6);
            sum += weight[c];
        }
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = (int) Math.floor(totalTwips * weight[c] / sum);
            used += widths[c];
        }
        widths[n - 1] += totalTwips - used;
        return widths;
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
