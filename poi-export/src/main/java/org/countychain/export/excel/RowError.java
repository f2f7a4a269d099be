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

    private RowError(String sheet, int row, String column, String cellReference, String rawValue, ProblemCode code,
                     String key, List<Object> arguments, @Nullable CountyChainException cause) {
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.cellReference = cellReference;
        this.rawValue = rawValue;
        this.code = Objects.requireNonNull(code, "code");
        this.key = key;
        this.arguments = List.copyOf(arguments);
        this.cause = cause;
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
        return cause != null ? cause.reason(locale) : ExcelMessages.text(locale, key, arguments);
    }

    /**
     * A one-line description: {@code [CC-1004] 企业名单!C5 (营业收入（万元）) "abc": “abc”不是数字}.
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
            sb.append(" \"").append(rawValue).append('"');
        }
        return sb.append(": ").append(reason(locale)).toString();
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
