package org.countychain.export.excel.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Receives the rows of a sheet or CSV file, in order, as text.
 */
public interface RowSink {
    /**
     * One non-empty row.
     *
     * @param rowNumber the 1-based row number
     * @param cells     the cells' text by 0-based column; {@code null} or missing entries are empty cells
     * @param broken    the cells of the row that could not be read as written (empty for most rows); their
     *                  columns are empty in {@code cells}
     */
    void row(int rowNumber, @Nullable String[] cells, List<BrokenCell> broken);
}
