package org.countychain.export.docx.read;

import java.util.Locale;

/**
 * Where something is in a Word document (文档位置), as a person finds it: the page as Word last laid it out
 * (approximate: taken from the page breaks Word records on saving and from explicit page breaks), the body
 * paragraph's number, or the table's number with row and cell, and the first characters of the text.
 *
 * @param page      the approximate 1-based page, 0 when unknown
 * @param paragraph the 1-based number of the paragraph among the body's paragraphs (outside tables), 0 for a table
 * @param table     the 1-based number of the table among the body's tables, 0 for a paragraph
 * @param row       the 1-based row in the table, 0 for the table as a whole or a paragraph
 * @param cell      the 1-based cell in the row, 0 for the row as a whole or a paragraph
 * @param excerpt   the first characters of the text there, possibly empty
 * @since 0.1.0
 */
public record DocumentPosition(int page, int paragraph, int table, int row, int cell, String excerpt) {
    /** The length excerpts are cut to. */
    public static final int EXCERPT_LENGTH = 20;

    /** The document as a whole. */
    public static final DocumentPosition DOCUMENT = new DocumentPosition(0, 0, 0, 0, 0, "");

    /**
     * Checks the invariants and cuts the excerpt.
     */
    public DocumentPosition {
        excerpt = excerpt == null ? "" : excerpt(excerpt);
    }

    /**
     * A body paragraph.
     *
     * @param page      the approximate page
     * @param paragraph its number
     * @param text      its text
     * @return the position
     */
    public static DocumentPosition ofParagraph(int page, int paragraph, String text) {
        return new DocumentPosition(page, paragraph, 0, 0, 0, text);
    }

    /**
     * A table, a row or a cell.
     *
     * @param page  the approximate page
     * @param table the table's number
     * @param row   the row, or 0
     * @param cell  the cell, or 0
     * @param text  the text there
     * @return the position
     */
    public static DocumentPosition ofTable(int page, int table, int row, int cell, String text) {
        return new DocumentPosition(page, 0, table, row, cell, text);
    }

    /**
     * A description such as {@code 第2页 第14段“产业现状……”} or {@code page 3, table 2, row 4, cell 1}.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the description; empty for the document as a whole
     */
    public String describe(Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        if (page > 0) {
            sb.append(zh ? "第" + page + "页" : "page " + page);
        }
        if (paragraph > 0) {
            sep(sb, zh).append(zh ? "第" + paragraph + "段" : "paragraph " + paragraph);
        }
        if (table > 0) {
            sep(sb, zh).append(zh ? "表格" + table : "table " + table);
            if (row > 0) {
                sb.append(zh ? "第" + row + "行" : ", row " + row);
            }
            if (cell > 0) {
                sb.append(zh ? "第" + cell + "列" : ", cell " + cell);
            }
        }
        if (!excerpt.isEmpty()) {
            sb.append(zh ? "“" + excerpt + "”" : (sb.length() > 0 ? " " : "") + "\"" + excerpt + "\"");
        }
        return sb.toString();
    }

    private static StringBuilder sep(StringBuilder sb, boolean zh) {
        if (sb.length() > 0) {
            sb.append(zh ? " " : ", ");
        }
        return sb;
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        int end = oneLine.offsetByCodePoints(0, Math.min(EXCERPT_LENGTH, oneLine.codePointCount(0, oneLine.length())));
        return end < oneLine.length() ? oneLine.substring(0, end) + "…" : oneLine;
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
