package org.countychain.export.excel;

import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.ProblemCode;
import org.countychain.export.excel.internal.ExcelMessages;
import org.jspecify.annotations.Nullable;

/**
 * A whole file was refused (文件被拒绝): encrypted, macro-enabled, an old .xls, not a workbook at all, over the
 * size or row limits, without a sheet with a recognisable header row, or without the sheet the caller chose. No
 * row was imported.
 *
 * @since 0.1.0
 */
public class ImportRefusedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * Creates the exception.
     *
     * @param source    the file's name
     * @param sheet     the sheet's name, or {@code null}
     * @param key       the message key
     * @param arguments the message's arguments
     * @param cause     the underlying cause, or {@code null}
     */
    ImportRefusedException(String source, @Nullable String sheet, String key, List<?> arguments,
                           @Nullable Throwable cause) {
        this(source, sheet, ErrorCode.MALFORMED, key, arguments, cause);
    }

    /**
     * Creates the exception with another code than {@link ErrorCode#MALFORMED}.
     *
     * @param source    the file's name
     * @param sheet     the sheet's name, or {@code null}
     * @param code      the code
     * @param key       the message key
     * @param arguments the message's arguments
     * @param cause     the underlying cause, or {@code null}
     */
    ImportRefusedException(String source, @Nullable String sheet, ProblemCode code, String key, List<?> arguments,
                           @Nullable Throwable cause) {
        super(code, new Location(source, 0, 0, sheet == null || sheet.equals(source) ? "" : sheet),
                arguments.stream().map(String::valueOf).toList(), cause);
        this.key = key;
    }

    /**
     * The kind of refusal, for programs: {@code excel.refused.encrypted}, {@code excel.refused.macro},
     * {@code excel.refused.legacy}, {@code excel.refused.notOoxml}, {@code excel.refused.tooLarge},
     * {@code excel.refused.tooManyParts},
     * {@code excel.refused.tooManyRows}, {@code excel.refused.noHeader}, {@code excel.refused.missingColumn},
     * {@code excel.refused.duplicateColumn}, {@code excel.refused.corrupt}, {@code excel.refused.doctype}, {@code excel.refused.zipBomb}, {@code excel.refused.encoding},
     * {@code excel.refused.noSuchSheet}, {@code excel.refused.tooManyRejected}, {@code excel.refused.spoolLimit},
     * {@code excel.refused.header.cellChars}, {@code excel.refused.header.rowChars}, {@code excel.refused.header.columns}.
     *
     * @return the key
     */
    public String refusal() {
        return key;
    }

    @Override
    public String reason(Locale locale) {
        return ExcelMessages.text(locale, key, arguments());
    }
}
