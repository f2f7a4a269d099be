package org.countychain.export.excel;

import org.countychain.ProblemCode;

/**
 * The stable codes of the Excel and CSV import's own problems (表格导入问题代码), {@code CC-70xx}. A row or a file
 * with a problem the model itself defines (a missing value, a bad credit code, an unknown division) keeps the core's
 * {@link org.countychain.ErrorCode}; these are the problems only a spreadsheet has.
 *
 * @since 0.1.0
 */
public enum ExcelErrorCode implements ProblemCode {
    /** A file handed to the Excel or CSV import is empty (zero bytes). */
    IMPORT_EMPTY("CC-7001"),
    /**
     * An Excel or CSV import reached one of its limits (file size, data rows, a cell's or a field's length, columns
     * of a row); the message names the limit and how to raise it.
     */
    IMPORT_LIMIT("CC-7002"),
    /**
     * A cell or row of a workbook's XML is broken in a way Excel never writes: a cell reference beyond column XFD,
     * a row number beyond 1,048,576 or not a number, a shared-string or style index that is not a number or points
     * at nothing.
     */
    IMPORT_BROKEN_CELL("CC-7003"),
    /**
     * A column of an imported sheet is not one the importer knows: reported with its sheet, column letter and header
     * (a warning by default; an error when the importer is told to refuse unknown columns).
     */
    IMPORT_UNKNOWN_COLUMN("CC-7004"),
    /**
     * A text cell (an item of a list cell) is longer than the model's field holds: the limit validation applies
     * (CV-0930), 200 characters for a name, 32 for a certificate number (the whole table is in
     * {@code docs/validation.md}). A limit of the model, not of the import: no setting raises it.
     *
     * @since 0.2.0
     */
    IMPORT_TEXT_TOO_LONG("CC-7005");

    private final String code;

    ExcelErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageBundle() {
        return "org.countychain.export.excel.problems";
    }
}
