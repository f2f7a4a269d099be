package org.countychain.poi.excel.internal;

import org.countychain.poi.excel.EnterpriseColumn;

/**
 * Column widths fitted to Chinese text: a CJK character is two Latin character widths in Excel's units.
 */
public final class Widths {
    private Widths() {
    }

    /**
     * The display width of text in Latin character units: 2 for a full-width character, 1 otherwise.
     *
     * @param text the text
     * @return the width
     */
    public static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /**
     * A column's width in 1/256 character units, fitted to its header and its typical values.
     *
     * @param column the column
     * @param header the header as written
     * @return the width for {@code Sheet.setColumnWidth}
     */
    public static int of(EnterpriseColumn column, String header) {
        int typical = switch (column.kind()) {
            case CREDIT_CODE -> 20;
            case TEXT, LIST -> column == EnterpriseColumn.NAME ? 36 : 14;
            case MONEY -> 18;
            case DATE -> 12;
            default -> 8;
        };
        return of(Math.max(typical, Math.min(displayWidth(header), 24)));
    }

    /**
     * A width in 1/256 character units for a number of Latin characters, with a margin, at most 80.
     *
     * @param characters the characters
     * @return the width
     */
    public static int of(int characters) {
        return Math.min(characters + 2, 80) * 256;
    }
}
