package org.countychain;

/**
 * The stable codes of the problems the core reports (核心问题代码). A code is never reused for another meaning;
 * integrators may match on {@link #code()} and translate the message themselves.
 *
 * <p>Ranges: {@code CC-1xxx} model invariants, {@code CC-11xx} credit codes, {@code CC-12xx} division codes,
 * {@code CC-2xxx} JSON input, {@code CC-3xxx} built-in and reference data, {@code CC-4xxx} the rule engine,
 * {@code CC-60xx} city consolidation (R3), {@code CC-6001} also for a submission package or coverage of a unit that
 * is not city-level, {@code CC-62xx} two-list matching (R4), {@code CC-9xxx} I/O.
 *
 * <p>Other modules keep their codes in their own {@link ProblemCode} enums, under the same root exception:
 * {@code CC-5xxx} export ({@code org.countychain.export.model.ExportErrorCode}), {@code CC-61xx} the city
 * submission package ({@code org.countychain.export.submission.SubmissionErrorCode}), {@code CC-63xx} province
 * batches ({@code org.countychain.export.batch.BatchErrorCode}), {@code CC-64xx} reading Word reports
 * ({@code org.countychain.export.docx.read.WordErrorCode}), {@code CC-70xx} the Excel and CSV import
 * ({@code org.countychain.export.excel.ExcelErrorCode}), all in {@code countychain-poi-export}.
 *
 * @since 0.1.0
 */
public enum ErrorCode implements ProblemCode {
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

    /**
     * A data set says it follows a format version this library does not know (newer than it, or negative).
     *
     * @since 0.2.0
     */
    FORMAT_VERSION("CC-1401"),

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
    /**
     * The file is not JSON at all but another kind of file its first bytes show (an Excel workbook, a legacy
     * .xls, a Word document, a PDF, a ZIP archive, binary data).
     */
    JSON_NOT_JSON("CC-2006"),
    /** A JSON value is past one of the reader's limits (a number's digits, a text's length, nesting depth). */
    JSON_LIMIT("CC-2007"),
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

    /** The number of matches asked for is not positive. */
    MATCH_TOP_K("CC-6201"),
    /** A list to index or to match holds the same id twice. */
    MATCH_DUPLICATE_ID("CC-6202"),
    /** A list to index or to match is missing, or holds a missing element. */
    MATCH_MISSING("CC-6203"),
    /** A matcher setting is out of range (a negative weight, {@code b} outside 0..1, …). */
    MATCH_SETTING("CC-6204"),

    /** Reading or writing failed at the operating-system level. */
    IO("CC-9001"),
    /** An output path names a directory, where a file is to be written. */
    OUTPUT_IS_DIRECTORY("CC-9002"),
    /**
     * An output path names a special file that is never written to (a block device, a socket); FIFOs and character
     * devices such as {@code /dev/stdout} are written through, regular files replaced whole.
     */
    OUTPUT_SPECIAL_FILE("CC-9003"),
    /** An output path is a chain of symbolic links that does not end (a loop). */
    OUTPUT_LINK_LOOP("CC-9004"),
    /** The Java heap was too small for the input: the command line's own out-of-memory report. */
    OUT_OF_MEMORY("CC-9005"),
    /** A file or directory the operating system did not find (ENOENT). */
    IO_NOT_FOUND("CC-9006"),
    /** The operating system refused access to a file or directory (EACCES, EPERM). */
    IO_PERMISSION_DENIED("CC-9007"),
    /** The disk is full (ENOSPC): nothing complete was written. */
    IO_NO_SPACE("CC-9008"),
    /** The file system is mounted read-only (EROFS). */
    IO_READ_ONLY("CC-9009"),
    /** A part of a path that should be a directory is a file (ENOTDIR). */
    IO_NOT_A_DIRECTORY("CC-9010"),
    /** A path to be read or written as a file is a directory (EISDIR). */
    IO_IS_A_DIRECTORY("CC-9011"),
    /** A file name is longer than the file system allows (ENAMETOOLONG). */
    IO_NAME_TOO_LONG("CC-9012"),
    /** The user's disk quota is used up (EDQUOT). */
    IO_QUOTA_EXCEEDED("CC-9013"),
    /** A file or directory of the name to be created already exists (EEXIST). */
    IO_ALREADY_EXISTS("CC-9014"),
    /**
     * The temporary files of a spooled import reached their limit of disk space; the message names the limit and
     * how to raise it.
     */
    SPOOL_LIMIT("CC-9015");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageBundle() {
        return "org.countychain.messages";
    }
}
