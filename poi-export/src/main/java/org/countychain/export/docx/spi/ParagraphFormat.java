package org.countychain.export.docx.spi;

import java.util.regex.Pattern;

import org.countychain.ErrorCode;
import org.countychain.Experimental;
import org.countychain.InvalidInputException;
import org.countychain.export.docx.style.TextStyle;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How a contributed paragraph looks (段落格式), for text the style sheet has no style for, such as a letterhead's
 * red issuing-authority line (红头).
 *
 * @param style        the font
 * @param alignment    the alignment
 * @param colourRgb    the text colour as six hex digits ({@code C00000}), or {@code null} for automatic
 * @param firstLineIndentChars first-line indent in characters
 * @param ruleBelow    whether a rule (a bottom border, 1.5 pt) is drawn under the paragraph in the text colour
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public record ParagraphFormat(TextStyle style, Alignment alignment, @Nullable String colourRgb, int firstLineIndentChars,
                              boolean ruleBelow) {
    private static final Pattern RGB = Pattern.compile("[0-9A-Fa-f]{6}");

    /**
     * Checks the invariants.
     */
    public ParagraphFormat {
        Checks.required(style, "style");
        Checks.required(alignment, "alignment");
        colourRgb = Checks.optionalText(colourRgb);
        if (colourRgb != null && !RGB.matcher(colourRgb).matches()) {
            throw new InvalidInputException(ErrorCode.MALFORMED, "colourRgb", colourRgb, "six hex digits");
        }
        if (firstLineIndentChars < 0 || firstLineIndentChars > 8) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "firstLineIndentChars",
                    Integer.toString(firstLineIndentChars), "0..8");
        }
    }

    /**
     * A centred paragraph in a font, automatic colour, no rule.
     *
     * @param style the font
     * @return the format
     */
    public static ParagraphFormat centred(TextStyle style) {
        return new ParagraphFormat(style, Alignment.CENTRE, null, 0, false);
    }

    /**
     * Paragraph alignment.
     *
     * @since 0.1.0
     */
    public enum Alignment {
        /** Left. */
        LEFT,
        /** Centred. */
        CENTRE,
        /** Right. */
        RIGHT,
        /** Justified on both sides. */
        JUSTIFIED
    }
}
