package org.countychain.test.docx;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a .docx holds, read back by {@link DocxInspector} (文档检查结果): the outline of headings, the tables with their
 * rows, the figures with their captions, the page setup, the fonts named, and every body paragraph's text.
 *
 * @param headings   the title and headings in order
 * @param tables     the tables in order (the chain map's diagram tables among them)
 * @param figures    the figures in order: a chart, picture or table diagram followed by a caption
 * @param page       the page setup of the last section
 * @param fonts      every font named in the document's runs and styles
 * @param paragraphs the text of every paragraph outside tables, in order
 * @param headers    the text of each page header part ({@code word/header1.xml}, …, in name order), its paragraphs
 *                   joined by {@code \n}
 * @param footers    the text of each page footer part, likewise (页眉页脚文字)
 * @since 0.1.0
 */
public record InspectedDocument(List<Heading> headings, List<Table> tables, List<Figure> figures, Page page,
                                Set<String> fonts, List<String> paragraphs, List<String> headers,
                                List<String> footers) {
    /**
     * Copies the collections.
     */
    public InspectedDocument {
        headings = List.copyOf(headings);
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
        fonts = Set.copyOf(fonts);
        paragraphs = List.copyOf(paragraphs);
        headers = List.copyOf(headers);
        footers = List.copyOf(footers);
    }

    /**
     * The headings' texts in order, the title first.
     *
     * @return the texts
     */
    public List<String> outline() {
        return headings.stream().map(Heading::text).toList();
    }

    /**
     * A heading (标题).
     *
     * @param level 0 for the title, 1 to 9 for heading levels
     * @param style the paragraph style id, for example {@code Heading1}
     * @param text  the text
     * @since 0.1.0
     */
    public record Heading(int level, String style, String text) {
    }

    /**
     * A table (表格).
     *
     * @param caption          the caption paragraph just above it, or {@code null}
     * @param rows             the cells' texts, row by row, the header row first
     * @param headerRepeated   whether the first row repeats on every page ({@code w:tblHeader})
     * @param rowsNeverSplit   whether every row is kept on one page ({@code w:cantSplit})
     * @param widthTwips       the table width in twentieths of a point, 0 when not fixed
     * @since 0.1.0
     */
    public record Table(@Nullable String caption, List<List<String>> rows, boolean headerRepeated, boolean rowsNeverSplit,
                        int widthTwips) {
        /**
         * Copies the rows.
         */
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A figure (图) with its caption under it.
     *
     * @param kind    what it is drawn as
     * @param caption the caption
     * @since 0.1.0
     */
    public record Figure(FigureType kind, String caption) {
    }

    /**
     * How a figure is drawn.
     *
     * @since 0.1.0
     */
    public enum FigureType {
        /** A native chart part. */
        CHART,
        /** A picture. */
        PICTURE,
        /** A table drawn as a diagram (the chain map). */
        TABLE_DIAGRAM,
        /** Only a placeholder where the figure's data was missing. */
        PLACEHOLDER
    }

    /**
     * The page setup (页面设置), in millimetres.
     *
     * @param widthMm           paper width
     * @param heightMm          paper height
     * @param topMm             top margin
     * @param bottomMm          bottom margin
     * @param leftMm            left margin
     * @param rightMm           right margin
     * @param linePitchTwips    the document grid's line pitch, 0 without a grid
     * @param footers           how many footers the section references
     * @param evenAndOddFooters whether odd and even pages have different headers and footers
     * @since 0.1.0
     */
    public record Page(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm, double rightMm,
                       int linePitchTwips, int footers, boolean evenAndOddFooters) {
    }
}
