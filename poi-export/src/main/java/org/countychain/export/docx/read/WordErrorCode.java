package org.countychain.export.docx.read;

import org.countychain.ProblemCode;

/**
 * The stable codes of the problems the Word report reader reports (Word 报告读取问题代码), {@code CC-64xx}: the
 * refusals of a whole file ({@code CC-6401}…{@code CC-6407}, thrown as {@link org.countychain.InvalidInputException})
 * and the findings of a document that was read ({@code CC-6420}…, in {@link ReadResult#findings()}).
 *
 * @since 0.1.0
 */
public enum WordErrorCode implements ProblemCode {
    /** A file given as a Word report is not a readable .docx: empty, truncated, corrupt, or another kind of file. */
    WORD_NOT_DOCX("CC-6401"),
    /** A Word report is in a legacy binary format (.doc, .wps), not .docx. */
    WORD_LEGACY_FORMAT("CC-6402"),
    /** A Word report is password-protected (encrypted). */
    WORD_ENCRYPTED("CC-6403"),
    /** A Word report is macro-enabled (.docm); it is not opened. */
    WORD_MACRO_ENABLED("CC-6404"),
    /** A Word report exceeds a size limit: the file, a part once inflated, or the whole package (a zip bomb). */
    WORD_TOO_LARGE("CC-6405"),
    /** A Word report's XML declares a document type or entities (entity expansion, external entities). */
    WORD_UNSAFE_XML("CC-6406"),
    /** A Word document is not a research report: none of the template's chapter or item headings were found. */
    WORD_NOT_A_REPORT("CC-6407"),
    /** A heading of a Word report matched a template heading within the tolerance, not exactly. */
    WORD_HEADING_WORDING("CC-6420"),
    /** Content of a Word report could not be placed under a template item; it is kept as an unplaced block. */
    WORD_UNPLACED("CC-6421"),
    /** A template item's heading was not found in a Word report. */
    WORD_ITEM_MISSING("CC-6422"),
    /** A Word report holds tracked changes; they were read as accepted. */
    WORD_TRACKED_CHANGES("CC-6423"),
    /** A Word report holds comments; they are not part of the report. */
    WORD_COMMENT("CC-6424"),
    /** A table of a Word report has rows of unequal width; short rows were padded with empty cells. */
    WORD_TABLE_SHAPE("CC-6425"),
    /** A row of the advantage-unit table (三.3) could not be read as a unit; the row is kept as an unplaced block. */
    WORD_UNIT_ROW("CC-6426"),
    /** The title of a Word report, and with it the reporting unit, was not recognised. */
    WORD_TITLE("CC-6427"),
    /** The reporting unit named in a Word report is not a known division. */
    WORD_UNKNOWN_UNIT("CC-6428"),
    /** A template item's heading appears more than once in a Word report; the contents were joined. */
    WORD_DUPLICATE_ITEM("CC-6429"),
    /** A figure of a Word report was kept without what it shows (a chart's data, a picture without a caption). */
    WORD_FIGURE("CC-6430"),
    /**
     * A footnote or endnote of a Word report: kept as the paragraph after the one that refers to it, its marker
     * {@code [注n]} in the text where the reference was.
     */
    WORD_NOTE("CC-6431"),
    /** A table of a Word report has a header of several rows; each column's name joins its headings from the top. */
    WORD_HEADER_ROWS("CC-6432");

    private final String code;

    WordErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageBundle() {
        return "org.countychain.export.docx.read.messages";
    }
}
