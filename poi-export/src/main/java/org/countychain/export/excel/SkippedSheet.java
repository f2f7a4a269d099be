package org.countychain.export.excel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.countychain.export.excel.internal.ExcelMessages;

/**
 * A sheet of a workbook that an import did not read (未导入的工作表): hidden, or without a usable header row, such
 * as a notes sheet or a lookup table. Reported in {@link ImportResult#skippedSheets()} when every sheet is read; a
 * sheet the caller chose is never skipped (the file is refused instead).
 *
 * @since 0.1.0
 */
public final class SkippedSheet {
    /**
     * Why a sheet was skipped.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The sheet is hidden (or very hidden). */
        HIDDEN,
        /** No row among the first rows names both the credit code and the name columns. */
        NO_HEADER,
        /** The header row names the enterprise columns but lacks a required one or names one twice. */
        BAD_HEADER
    }

    private final String name;
    private final int index;
    private final Kind kind;
    private final String key;
    private final List<Object> arguments;

    SkippedSheet(String name, int index, Kind kind, String key, List<?> arguments) {
        this.name = Objects.requireNonNull(name, "name");
        this.index = index;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = List.copyOf(arguments);
    }

    /**
     * The sheet's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The sheet's 0-based position in the workbook, hidden sheets counted.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * Why it was skipped.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Why it was skipped, in the reader's language: Chinese for {@code zh*}, English otherwise.
     *
     * @param locale the reader's locale
     * @return the reason
     */
    public String reason(Locale locale) {
        return ExcelMessages.text(locale, key, arguments);
    }

    @Override
    public String toString() {
        return name + ": " + reason(Locale.ENGLISH);
    }
}
