package org.countychain.export.docx.style;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The font of one kind of text (文字样式): the East-Asian font (written as {@code w:eastAsia}), an optional Latin font
 * for digits and letters, the size in points and whether it is bold.
 *
 * @param font      the East-Asian font, for example {@code 仿宋_GB2312}
 * @param latinFont the font for Latin letters and digits, or {@code null} for the style sheet's
 * @param sizePt    the size in points, for example 16 for 三号
 * @param bold      whether bold
 * @since 0.1.0
 */
public record TextStyle(String font, @Nullable String latinFont, double sizePt, boolean bold) {
    /**
     * Checks the invariants: a font, a size between 5 and 72 points (in half points).
     */
    public TextStyle {
        font = Checks.requiredText(font, "font");
        latinFont = Checks.optionalText(latinFont);
        if (!(sizePt >= 5 && sizePt <= 72) || sizePt * 2 != Math.rint(sizePt * 2)) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "sizePt", Double.toString(sizePt),
                    "5..72 in half points");
        }
    }

    /**
     * A style in a font and size, not bold, with the style sheet's Latin font.
     *
     * @param font   the East-Asian font
     * @param sizePt the size in points
     * @return the style
     */
    public static TextStyle of(String font, double sizePt) {
        return new TextStyle(font, null, sizePt, false);
    }

    /**
     * This style in bold or not.
     *
     * @param v bold
     * @return the style
     */
    public TextStyle withBold(boolean v) {
        return new TextStyle(font, latinFont, sizePt, v);
    }

    /**
     * This style in another size.
     *
     * @param v the size in points
     * @return the style
     */
    public TextStyle withSize(double v) {
        return new TextStyle(font, latinFont, v, bold);
    }

    /**
     * This style in another East-Asian font.
     *
     * @param v the font
     * @return the style
     */
    public TextStyle withFont(String v) {
        return new TextStyle(v, latinFont, sizePt, bold);
    }
}
