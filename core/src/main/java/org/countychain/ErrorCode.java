package org.countychain;

/**
 * The stable codes of the problems the library reports (问题代码). A code is never reused for another meaning;
 * integrators may match on {@link #code()} and translate the message themselves.
 *
 * <p>Ranges: {@code CC-1xxx} model invariants, {@code CC-11xx} credit codes, {@code CC-12xx} division codes,
 * {@code CC-2xxx} JSON input, {@code CC-3xxx} built-in and reference data, {@code CC-4xxx} the rule engine,
 * {@code CC-5xxx} export, {@code CC-60xx} city consolidation (R3), {@code CC-61xx} coverage and the city submission
 * package (R1, R2, R13, R16), {@code CC-62xx} two-list matching (R4), {@code CC-63xx} province batches,
 * {@code CC-9xxx} I/O.
 *
 * @since 0.1.0
 */
public enum ErrorCode {
    /** A required value is missing. */
    REQUIRED("CC-1001"),
    /** A value is outside what its field allows (negative amount, impossible year, …). */
    OUT_OF_RANGE("CC-1002"),
    /** A collection holds the same key twice. */
    DUPLICATE("CC-1003"),
    /** A value is not of the form its field requires. */
    MALFORMED("CC-1004"),
    /** A reference to another element (a chain id, a link id) points at nothing. */
    UNKNOWN_REFERENCE("CC-1005"),

    /** A credit code is not 18 characters long. */
    CREDIT_CODE_LENGTH("CC-1101"),
    /** A credit code holds a character outside the GB 32100 character set. */
    CREDIT_CODE_CHARACTER("CC-1102"),
    /** A credit code's check character (character 18) is wrong. */
    CREDIT_CODE_CHECK("CC-1103"),

    /** A division code is not six digits. */
    DIVISION_CODE_FORMAT("CC-1201"),
    /** A division code or name is not in the reference data. */
    DIVISION_UNKNOWN("CC-1202"),

    /** The JSON text is not well-formed. */
    JSON_SYNTAX("CC-2001"),
    /** A JSON value has the wrong type (a string where a number belongs, …). */
    JSON_WRONG_TYPE("CC-2002"),
    /** A JSON object has a field the format does not know. */
    JSON_UNKNOWN_FIELD("CC-2003"),
    /** A JSON value is not one of the allowed constants or labels. */
    JSON_UNKNOWN_CONSTANT("CC-2004"),
    /** The JSON document is empty. */
    JSON_EMPTY("CC-2005"),
    /** A JSON object has the same field twice; the lenient reader keeps the first value. */
    JSON_DUPLICATE_FIELD("CC-2020"),
    /**
     * The lenient reader left an element out (an enterprise, a year, a chain …) because a value it cannot do without
     * is malformed; the element's own problem is reported beside this.
     */
    JSON_LEFT_OUT("CC-2021"),

    /** Built-in or plugged-in reference data is broken. */
    REFERENCE_DATA("CC-3001"),
    /** A report template edition is broken or unknown. */
    TEMPLATE("CC-3002"),

    /** A policy rule or finding type is defined wrongly (bad id, code or message pattern). */
    RULE_DEFINITION("CC-4001"),
    /** The screening input does not say which reporting year to screen. */
    SCREENING_YEAR("CC-4002"),

    /** A report handed in for submission is incomplete: required template items are empty. */
    EXPORT_INCOMPLETE("CC-5001"),
    /** A reference document (an integrator's letterhead .docx) is unusable, too large or unsafe. */
    EXPORT_REFERENCE_DOCUMENT("CC-5002"),
    /** No exporter is registered for a format, or a plug-in (exporter, contributor) failed. */
    EXPORT_PLUGIN("CC-5003"),
    /** The export request is inconsistent: the report's chain is not in the data set, an image is missing. */
    EXPORT_REQUEST("CC-5004"),

    /**
     * A consolidation, a city submission package or a city's coverage names a city-level unit that does not exist
     * (a county code, an unknown code).
     */
    CONSOLIDATION_UNKNOWN_CITY("CC-6001"),
    /** A county data set handed to a city's consolidation belongs to another city-level unit. */
    CONSOLIDATION_OTHER_CITY("CC-6002"),
    /** The data sets or reports of one consolidation are for different reporting years. */
    CONSOLIDATION_YEAR("CC-6003"),
    /** The same county's data set is handed to one consolidation twice. */
    CONSOLIDATION_DUPLICATE_UNIT("CC-6004"),
    /** Two reports of one consolidation have the same id. */
    CONSOLIDATION_DUPLICATE_REPORT("CC-6005"),
    /** The reports to merge into one follow different template editions. */
    CONSOLIDATION_TEMPLATE("CC-6006"),

    // CC-6101 is not used: a city submission package or city coverage asked for a unit that is not city-level
    // raises CONSOLIDATION_UNKNOWN_CITY (CC-6001), the same mistake.
    /** A city submission package would hold no report: the city and its counties have none of the year. */
    SUBMISSION_NO_REPORTS("CC-6102"),
    /** A city submission package in submission mode holds incomplete reports; each one is named. */
    SUBMISSION_INCOMPLETE("CC-6103"),
    /** Two inputs of a city submission package hold different reports with the same id. */
    SUBMISSION_DUPLICATE_REPORT("CC-6104"),

    /** The number of matches asked for is not positive. */
    MATCH_TOP_K("CC-6201"),
    /** A list to index or to match holds the same id twice. */
    MATCH_DUPLICATE_ID("CC-6202"),
    /** A list to index or to match is missing, or holds a missing element. */
    MATCH_MISSING("CC-6203"),
    /** A matcher setting is out of range (a negative weight, {@code b} outside 0..1, …). */
    MATCH_SETTING("CC-6204"),

    /** A step of a province batch (an export, a city's consolidation, the caller's sink) failed unexpectedly. */
    BATCH_STEP("CC-6301"),
    /** A province batch's progress listener threw; the batch was cancelled. */
    BATCH_LISTENER("CC-6302"),
    /** The thread waiting for a province batch was interrupted; the batch was cancelled. */
    BATCH_INTERRUPTED("CC-6303"),
    /** A province batch did not write every file: some failed, or it was cancelled. */
    BATCH_INCOMPLETE("CC-6304"),

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

    /** Reading or writing failed at the operating-system level. */
    IO("CC-9001");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /**
     * The stable code, for example {@code CC-1001}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
