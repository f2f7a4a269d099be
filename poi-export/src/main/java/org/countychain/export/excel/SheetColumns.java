package org.countychain.export.excel;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Columns and rows of the data-set sheets ({@link TeamSheets}, {@link PlatformSheets}, {@link CoverageSheets}),
 * written once for all three.
 */
final class SheetColumns {
    private SheetColumns() {
    }

    static ListSheet.Column text(String header) {
        return new ListSheet.Column(header, ListSheet.Format.TEXT);
    }

    static ListSheet.Column date(String header) {
        return new ListSheet.Column(header, ListSheet.Format.DATE);
    }

    static ListSheet.Column count(String header) {
        return new ListSheet.Column(header, ListSheet.Format.COUNT);
    }

    static ListSheet.Column money(String header) {
        return new ListSheet.Column(header, ListSheet.Format.MONEY);
    }

    /** A row of cell values; an empty text is an empty cell. */
    static List<@Nullable Object> row(@Nullable Object... values) {
        List<@Nullable Object> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(v instanceof String s && s.isEmpty() ? null : v);
        }
        return row;
    }
}
