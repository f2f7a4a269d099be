package org.countychain.export.excel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.countychain.export.excel.internal.ExcelMessages;
import org.jspecify.annotations.Nullable;

/**
 * A column of an imported sheet that the importer does not use (未识别的列): never dropped without a word. Its
 * cells stay in the error workbook; {@link EnterpriseImporter#withUnknownColumnsRefused()} makes any such column
 * refuse the file (code CC-7004).
 *
 * @param sheet      the sheet's name (the file's name for CSV)
 * @param column     the column's letters, as Excel shows them ({@code K})
 * @param header     the header as written
 * @param suggestion the standard header of the known column it nearly matches ({@code 研发费用}), or {@code null}
 * @since 0.1.0
 */
public record UnknownColumn(String sheet, String column, String header, @Nullable String suggestion) {
    /**
     * Checks the parts.
     *
     * @param sheet      the sheet
     * @param column     the letters
     * @param header     the header
     * @param suggestion the suggestion, or {@code null}
     */
    public UnknownColumn {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(header, "header");
    }

    /**
     * The column as a person reads it, in Chinese for {@code zh*} and English otherwise:
     * {@code 未识别的列 K「研究开发费用总额（千元）」，是否指「研发费用」？}.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String describe(Locale locale) {
        return ExcelMessages.text(locale, suggestion == null ? "excel.unknownColumn" : "excel.unknownColumn.suggest",
                List.of(sheet, column, header, suggestion == null ? "" : suggestion));
    }
}
