package org.countychain.export.docx.style;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;

/**
 * Paper, margins and the document grid (页面设置), in millimetres.
 *
 * @param widthMm    paper width
 * @param heightMm   paper height
 * @param topMm      top margin
 * @param bottomMm   bottom margin
 * @param leftMm     left (binding) margin
 * @param rightMm    right margin
 * @param footerMm   distance from the paper's bottom edge to the footer
 * @param gridLines  lines per page of the document grid ({@code w:docGrid}), 0 for no grid
 * @param gridChars  characters per line of the document grid, 0 for no character grid
 * @since 0.1.0
 */
public record PageSetup(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm,
                        double rightMm, double footerMm, int gridLines, int gridChars) {
    /**
     * Checks the invariants: a text area of at least 50 × 50 mm.
     */
    public PageSetup {
        if (widthMm - leftMm - rightMm < 50 || heightMm - topMm - bottomMm < 50 || topMm < 0 || bottomMm < 0
                || leftMm < 0 || rightMm < 0 || footerMm < 0 || gridLines < 0 || gridChars < 0) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "page", widthMm + "x" + heightMm,
                    "a text area of at least 50 x 50 mm and no negative margin");
        }
    }

    /**
     * GB/T 9704-2012: A4 portrait, margins 37 / 35 / 28 / 26 mm (text area 156 × 225 mm), a line grid of 22 lines.
     * The 28 characters per line come from the 3号 body font on the 156 mm line with punctuation compressed; no
     * character grid is written ({@code gridChars} 0), because LibreOffice puts every character wider than the grid
     * pitch into two grid cells when the document's font is missing, which doubles the spacing. Set
     * {@code gridChars} to 28 for Word's lines-and-characters grid.
     *
     * @return the page setup
     */
    public static PageSetup gbt9704() {
        return new PageSetup(210, 297, 37, 35, 28, 26, 25, 22, 0);
    }

    /**
     * The width of the text area.
     *
     * @return millimetres
     */
    public double textWidthMm() {
        return widthMm - leftMm - rightMm;
    }

    /**
     * The height of the text area.
     *
     * @return millimetres
     */
    public double textHeightMm() {
        return heightMm - topMm - bottomMm;
    }
}
