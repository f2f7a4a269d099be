package org.countychain.export.excel.internal;

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
     * A width in 1/256 character units for a number of Latin characters, with a margin, at most 80.
     *
     * @param characters the characters
     * @return the width
     */
    public static int of(int characters) {
        return Math.min(characters + 2, 80) * 256;
    }
}
