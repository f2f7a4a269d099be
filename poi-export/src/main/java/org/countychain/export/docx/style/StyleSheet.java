package org.countychain.export.docx.style;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;

/**
 * The look of an exported Word report (文档样式表): page setup, the font of each kind of text, line spacing, indent
 * and the draft placeholder. {@link #gbt9704()} is the national document format GB/T 9704-2012
 * (党政机关公文格式), the default. Immutable; change a preset with {@link #toBuilder()}:
 *
 * <pre>{@code
 * StyleSheet larger = StyleSheet.gbt9704().toBuilder()
 *         .table(TextStyle.of("仿宋_GB2312", 14))      // 4号 in tables
 *         .build();
 * }</pre>
 *
 * <p>Fonts are named, never embedded: the reader's program renders them, or falls back when they are missing.
 *
 * @param page                 paper, margins and grid
 * @param title                the title 2号 方正小标宋简体
 * @param subtitle             the chain's subtitle under the title, 3号 楷体_GB2312
 * @param heading1             chapter headings 一、, 3号 黑体
 * @param heading2             headings （一）, 3号 楷体_GB2312
 * @param heading3             item headings 1., 3号 仿宋_GB2312
 * @param heading4             headings （1）, 3号 仿宋_GB2312
 * @param body                 body text, 3号 仿宋_GB2312
 * @param table                text in table cells, 小4 仿宋_GB2312
 * @param caption              table and figure captions
 * @param figureText           text inside drawn figures (chain map, chart)
 * @param pageNumber           page numbers, 4号 宋体
 * @param latinFont            the font for Latin letters and digits where a text style names none
 * @param lineSpacingPt        the fixed line spacing of body text and headings, in points
 * @param firstLineIndentChars the first-line indent of body paragraphs and headings, in characters
 * @param placeholder          what draft mode prints for an empty item
 * @since 0.1.0
 */
public record StyleSheet(PageSetup page, TextStyle title, TextStyle subtitle, TextStyle heading1, TextStyle heading2, TextStyle heading3, TextStyle heading4, TextStyle body, TextStyle table, TextStyle caption, TextStyle figureText, TextStyle pageNumber, String latinFont, double lineSpacingPt, int firstLineIndentChars, String placeholder) {
    /** 方正小标宋简体, the title font of GB/T 9704. */
    public static final String XIAOBIAOSONG = "方正小标宋简体";
    /** 仿宋_GB2312, the body font. */
    public static final String FANGSONG = "仿宋_GB2312";
    /** 楷体_GB2312. */
    public static final String KAITI = "楷体_GB2312";
    /** 黑体. */
    public static final String HEITI = "黑体";
    /** 宋体. */
    public static final String SONGTI = "宋体";

    /**
     * Checks the invariants: every part present, line spacing 6..100 pt, indent 0..8 characters.
     */
    public StyleSheet {
        Checks.required(page, "page");
        Checks.required(title, "title");
        Checks.required(subtitle, "subtitle");
        Checks.required(heading1, "heading1");
        Checks.required(heading2, "heading2");
        Checks.required(heading3, "heading3");
        Checks.required(heading4, "heading4");
        Checks.required(body, "body");
        Checks.required(table, "table");
        Checks.required(caption, "caption");
        Checks.required(figureText, "figureText");
        Checks.required(pageNumber, "pageNumber");
        Checks.required(latinFont, "latinFont");
        Checks.required(placeholder, "placeholder");
        if (!(lineSpacingPt >= 6 && lineSpacingPt <= 100)) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "lineSpacingPt", Double.toString(lineSpacingPt),
                    "6..100");
        }
        if (firstLineIndentChars < 0 || firstLineIndentChars > 8) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "firstLineIndentChars",
                    Integer.toString(firstLineIndentChars), "0..8");
        }
    }

    /**
     * GB/T 9704-2012, as docs/word-export.md lists it: A4, margins 37/35/28/26 mm, a grid of 22 lines (28 characters a line); title 2号
     * 方正小标宋简体; subtitle 3号 楷体_GB2312; headings 一、 3号 黑体, （一） 3号 楷体_GB2312, 1. and （1） 3号 仿宋_GB2312;
     * body 3号 仿宋_GB2312, two-character indent, fixed line spacing 28.95 pt (579 twips: 22 lines in the 225 mm text area); tables 小4
     * 仿宋_GB2312; page numbers 4号 宋体.
     *
     * @return the style sheet
     */
    public static StyleSheet gbt9704() {
        PageSetup page = PageSetup.gbt9704();
        return new StyleSheet(page,
                TextStyle.of(XIAOBIAOSONG, 22),
                TextStyle.of(KAITI, 16),
                TextStyle.of(HEITI, 16),
                TextStyle.of(KAITI, 16),
                TextStyle.of(FANGSONG, 16),
                TextStyle.of(FANGSONG, 16),
                TextStyle.of(FANGSONG, 16),
                TextStyle.of(FANGSONG, 12),
                TextStyle.of(HEITI, 14),
                TextStyle.of(FANGSONG, 9),
                new TextStyle(SONGTI, SONGTI, 14, false),
                "Times New Roman",
                28.95,
                2,
                "（待填写）");
    }

    /**
     * A builder preset with this style sheet.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The Latin font of a text style: its own, or the style sheet's.
     *
     * @param style a text style of this sheet
     * @return the font name
     */
    public String latinFontOf(TextStyle style) {
        return style.latinFont() != null ? style.latinFont() : latinFont;
    }

    /**
     * Builds a {@link StyleSheet}, usually from a preset's {@link StyleSheet#toBuilder()}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private PageSetup page;
        private TextStyle title;
        private TextStyle subtitle;
        private TextStyle heading1;
        private TextStyle heading2;
        private TextStyle heading3;
        private TextStyle heading4;
        private TextStyle body;
        private TextStyle table;
        private TextStyle caption;
        private TextStyle figureText;
        private TextStyle pageNumber;
        private String latinFont;
        private double lineSpacingPt;
        private int firstLineIndentChars;
        private String placeholder;

        private Builder(StyleSheet preset) {
            page = preset.page;
            title = preset.title;
            subtitle = preset.subtitle;
            heading1 = preset.heading1;
            heading2 = preset.heading2;
            heading3 = preset.heading3;
            heading4 = preset.heading4;
            body = preset.body;
            table = preset.table;
            caption = preset.caption;
            figureText = preset.figureText;
            pageNumber = preset.pageNumber;
            latinFont = preset.latinFont;
            lineSpacingPt = preset.lineSpacingPt;
            firstLineIndentChars = preset.firstLineIndentChars;
            placeholder = preset.placeholder;
        }

        /**
         * Sets paper, margins and grid.
         *
         * @param v the value
         * @return this builder
         */
        public Builder page(PageSetup v) {
            page = v;
            return this;
        }

        /**
         * Sets the title 2号 方正小标宋简体.
         *
         * @param v the value
         * @return this builder
         */
        public Builder title(TextStyle v) {
            title = v;
            return this;
        }

        /**
         * Sets the chain's subtitle under the title, 3号 楷体_GB2312.
         *
         * @param v the value
         * @return this builder
         */
        public Builder subtitle(TextStyle v) {
            subtitle = v;
            return this;
        }

        /**
         * Sets chapter headings 一、, 3号 黑体.
         *
         * @param v the value
         * @return this builder
         */
        public Builder heading1(TextStyle v) {
            heading1 = v;
            return this;
        }

        /**
         * Sets headings （一）, 3号 楷体_GB2312.
         *
         * @param v the value
         * @return this builder
         */
        public Builder heading2(TextStyle v) {
            heading2 = v;
            return this;
        }

        /**
         * Sets item headings 1., 3号 仿宋_GB2312.
         *
         * @param v the value
         * @return this builder
         */
        public Builder heading3(TextStyle v) {
            heading3 = v;
            return this;
        }

        /**
         * Sets headings （1）, 3号 仿宋_GB2312.
         *
         * @param v the value
         * @return this builder
         */
        public Builder heading4(TextStyle v) {
            heading4 = v;
            return this;
        }

        /**
         * Sets body text, 3号 仿宋_GB2312.
         *
         * @param v the value
         * @return this builder
         */
        public Builder body(TextStyle v) {
            body = v;
            return this;
        }

        /**
         * Sets text in table cells, 小4 仿宋_GB2312.
         *
         * @param v the value
         * @return this builder
         */
        public Builder table(TextStyle v) {
            table = v;
            return this;
        }

        /**
         * Sets table and figure captions.
         *
         * @param v the value
         * @return this builder
         */
        public Builder caption(TextStyle v) {
            caption = v;
            return this;
        }

        /**
         * Sets text inside drawn figures (chain map, chart).
         *
         * @param v the value
         * @return this builder
         */
        public Builder figureText(TextStyle v) {
            figureText = v;
            return this;
        }

        /**
         * Sets page numbers, 4号 宋体.
         *
         * @param v the value
         * @return this builder
         */
        public Builder pageNumber(TextStyle v) {
            pageNumber = v;
            return this;
        }

        /**
         * Sets the font for Latin letters and digits where a text style names none.
         *
         * @param v the value
         * @return this builder
         */
        public Builder latinFont(String v) {
            latinFont = v;
            return this;
        }

        /**
         * Sets the fixed line spacing of body text and headings, in points.
         *
         * @param v the value
         * @return this builder
         */
        public Builder lineSpacingPt(double v) {
            lineSpacingPt = v;
            return this;
        }

        /**
         * Sets the first-line indent of body paragraphs and headings, in characters.
         *
         * @param v the value
         * @return this builder
         */
        public Builder firstLineIndentChars(int v) {
            firstLineIndentChars = v;
            return this;
        }

        /**
         * Sets what draft mode prints for an empty item.
         *
         * @param v the value
         * @return this builder
         */
        public Builder placeholder(String v) {
            placeholder = v;
            return this;
        }

        /**
         * Builds the style sheet.
         *
         * @return the style sheet
         */
        public StyleSheet build() {
            return new StyleSheet(page, title, subtitle, heading1, heading2, heading3, heading4, body, table, caption, figureText, pageNumber, latinFont, lineSpacingPt, firstLineIndentChars, placeholder);
        }
    }
}
