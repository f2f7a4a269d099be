package org.countychain.export.excel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.countychain.CountyChainException;
import org.countychain.ProblemCode;
import org.countychain.export.excel.internal.ExcelMessages;
import org.jspecify.annotations.Nullable;

/**
 * Why one row of an imported list was rejected (行错误): where (sheet, row, column, cell reference), the value as
 * written, a stable code and the reason in the reader's language.
 *
 * @since 0.1.0
 */
public final class RowError {
    private final String sheet;
    private final int row;
    private final String column;
    private final String cellReference;
    private final String rawValue;
    private final ProblemCode code;
    /** The importer's message key; {@code ""} for an error the model reported ({@link #cause}). */
    private final String key;
    private final List<Object> arguments;
    /** The model's exception; {@code null} for an error described by the importer's own message. */
    private final @Nullable CountyChainException cause;
    /**
     * The most characters of a value a description or a message shows: a longer value (a name of 11,600 characters,
     * a number of 2,000 digits) is shown by its start and {@code …}, so that one error stays one readable line and
     * the reasons of a row stay within a cell of the error workbook. {@link #rawValue()} keeps the whole value. The
     * importer shortens the cell values its messages quote with {@link #shown(String)}; a message it composes of
     * several values (a conflict's columns, each within its column's limit) stays whole.
     */
    static final int SHOWN_CHARS = 100;
    /** The number of strings of {@link #toFields()}. */
    static final int FIELDS = 8;
    /** The position of the code among them. */
    static final int CODE_FIELD = 5;
    /** The reasons of an error read back from a spooled import's temporary file, in Chinese and English; else null. */
    private final String @Nullable [] reasons;

    private RowError(String sheet, int row, String column, String cellReference, String rawValue, ProblemCode code,
                     String key, List<Object> arguments, @Nullable CountyChainException cause) {
        this(sheet, row, column, cellReference, rawValue, code, key, arguments, cause, null);
    }

    private RowError(String sheet, int row, String column, String cellReference, String rawValue, ProblemCode code,
                     String key, List<Object> arguments, @Nullable CountyChainException cause, String @Nullable [] reasons) {
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.cellReference = cellReference;
        this.rawValue = rawValue;
        this.code = Objects.requireNonNull(code, "code");
        this.key = key;
        this.arguments = List.copyOf(arguments);
        this.cause = cause;
        this.reasons = reasons;
    }

    /**
     * This error as plain text, for a spooled import's temporary files: sheet, row, column, cell reference, raw
     * value, code and the reason in Chinese and in English, the only two languages {@link #reason(Locale)} tells.
     *
     * @return eight strings, the code sixth
     */
    String[] toFields() {
        return new String[] {sheet, Integer.toString(row), column, cellReference, rawValue, code.code(),
                reason(Locale.SIMPLIFIED_CHINESE), reason(Locale.ENGLISH)};
    }

    /**
     * This error with its reasons as text and without the model's exception (and its stack trace), to be held
     * while a spooled import's rows wait to be written.
     *
     * @return the error, describing itself as this one
     */
    RowError flattened() {
        if (reasons != null) {
            return this;
        }
        return new RowError(sheet, row, column, cellReference, rawValue, code, "", List.of(), null,
                new String[] {reason(Locale.SIMPLIFIED_CHINESE), reason(Locale.ENGLISH)});
    }

    /**
     * An error from {@link #toFields()}: it describes itself as the original did, in both languages.
     *
     * @param fields the strings
     * @param code   the original's code (looked up by the caller from the code's text)
     * @return the error
     */
    static RowError fromFields(String[] fields, ProblemCode code) {
        return new RowError(fields[0], Integer.parseInt(fields[1]), fields[2], fields[3], fields[4], code, "",
                List.of(), null, new String[] {fields[6], fields[7]});
    }

    /**
     * An error described by one of the importer's own messages.
     *
     * @param sheet         the sheet's name (the file name for CSV)
     * @param row           the 1-based row number
     * @param column        the column's header as written, or {@code ""} when the row as a whole is wrong
     * @param cellReference {@code C5}, or {@code ""}
     * @param rawValue      the value as written, or {@code ""}
     * @param code          the stable code
     * @param key           the message key
     * @param arguments     the message's arguments
     * @return the error
     */
    static RowError of(String sheet, int row, String column, String cellReference, String rawValue, ProblemCode code,
                       String key, List<?> arguments) {
        return new RowError(sheet, row, column, cellReference, rawValue, code, key,
                List.copyOf(arguments.stream().map(a -> (Object) String.valueOf(a)).toList()), null);
    }

    /**
     * A value as descriptions and messages show it: whole up to {@link #SHOWN_CHARS} characters, else its first ones
     * (never half a surrogate pair) and {@code …}.
     *
     * @param value the value
     * @return the value, or its start
     */
    static String shown(String value) {
        return value.length() <= SHOWN_CHARS ? value : startOf(value, SHOWN_CHARS);
    }

    /**
     * The first {@code chars} characters of a longer value (one fewer rather than half a surrogate pair) and
     * {@code …}.
     *
     * @param value a value longer than {@code chars}
     * @param chars how many characters to keep
     * @return the value's start
     */
    static String startOf(String value, int chars) {
        int end = Character.isHighSurrogate(value.charAt(chars - 1)) ? chars - 1 : chars;
        return value.substring(0, end) + "…";
    }

    /**
     * An error that the domain model reported (a wrong credit code check character, …).
     *
     * @param sheet         the sheet's name
     * @param row           the 1-based row number
     * @param column        the column's header as written, or {@code ""}
     * @param cellReference {@code C5}, or {@code ""}
     * @param rawValue      the value as written
     * @param cause         the model's exception
     * @return the error
     */
    static RowError of(String sheet, int row, String column, String cellReference, String rawValue,
                       CountyChainException cause) {
        return new RowError(sheet, row, column, cellReference, rawValue, cause.errorCode(), "", List.of(), cause);
    }

    /**
     * The sheet's name; for a CSV file, the file's name.
     *
     * @return the sheet
     */
    public String sheet() {
        return sheet;
    }

    /**
     * The 1-based row number, as Excel shows it.
     *
     * @return the row
     */
    public int row() {
        return row;
    }

    /**
     * The header of the offending column as written in the file, or {@code ""} when the row as a whole is wrong.
     *
     * @return the column's header
     */
    public String column() {
        return column;
    }

    /**
     * The cell's reference such as {@code C5}, or {@code ""}.
     *
     * @return the reference
     */
    public String cellReference() {
        return cellReference;
    }

    /**
     * The value as the file holds it, or {@code ""}.
     *
     * @return the raw value
     */
    public String rawValue() {
        return rawValue;
    }

    /**
     * The stable code.
     *
     * @return the code
     */
    public ProblemCode code() {
        return code;
    }

    /**
     * The reason in the reader's language: Chinese for {@code zh*}, English otherwise.
     *
     * @param locale the reader's locale
     * @return the reason
     */
    public String reason(Locale locale) {
        if (reasons != null) {
            return ExcelMessages.isChinese(locale) ? reasons[0] : reasons[1];
        }
        if (cause == null) {
            return ExcelMessages.text(locale, key, arguments);
        }
        String reason = cause.reason(locale);
        // the model's message may quote the value (a credit code of 11,600 characters): shown by its start, as here
        return rawValue.length() > SHOWN_CHARS ? reason.replace(rawValue, shown(rawValue)) : reason;
    }

    /**
     * A one-line description: {@code [CC-1004] 企业名单!C5 (营业收入（万元）) "abc": “abc”不是数字}. A value longer
     * than 100 characters is shown by its first 100 and {@code …}.
     *
     * @param locale the reader's locale
     * @return the description
     */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder("[").append(code.code()).append("] ").append(sheet).append('!');
        sb.append(cellReference.isEmpty() ? (ExcelMessages.isChinese(locale) ? "第" + row + "行" : "row " + row)
                : cellReference);
        if (!column.isEmpty()) {
            sb.append(" (").append(column).append(')');
        }
        if (!rawValue.isEmpty()) {
            sb.append(" \"").append(shown(rawValue)).append('"');
        }
        return sb.append(": ").append(reason(locale)).toString();
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
