package org.countychain.export.docx.internal;

/**
 * Balances the lines of a heading longer than a line, so that no line holds one or two characters alone: a right
 * indent makes every line about as long as the others. The text is not changed (no line break is written), so the
 * heading reads back, and shows in an outline, as it was given.
 */
final class HeadingLines {
    /** Half an em kept free on each line for the renderer's rounding and fonts wider than assumed. */
    private static final double SAFETY_EMS = 0.5;

    private HeadingLines() {
    }

    /**
     * The right indent that balances the heading's lines.
     *
     * @param text        the heading
     * @param widthTwips  the line width
     * @param fontPt      the heading's font size
     * @param indentChars the first line's indent in characters
     * @return the right indent in twips, 0 when the heading fits on one line
     */
    static int rightIndentTwips(String text, int widthTwips, double fontPt, int indentChars) {
        double em = fontPt * 20;
        double perLine = widthTwips / em - SAFETY_EMS;
        double total = TableLayout.ems(text) + indentChars;
        if (total <= perLine) {
            return 0;
        }
        int lines = (int) Math.ceil(total / perLine);
        // Each line one character longer than an equal share: the lines stay as many, the last is never short.
        double line = Math.ceil(total / lines) + 1;
        return (int) Math.max(0, Math.floor((widthTwips / em - line) * em));
    }
}
