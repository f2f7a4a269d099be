package org.countychain.export.excel;

import java.util.Objects;

import org.countychain.enterprise.Enterprise;

/**
 * One accepted row of a streaming import (导入的一行): the enterprise as this row describes it, with the row's year
 * (when the row has figures) and its high-tech certificate (when it has one). Rows of the same credit code come as
 * separate {@code ImportedRow}s; {@link Enterprise#toBuilder()} merges them where the caller wants one enterprise.
 *
 * @param sheet      the sheet's name (the file's name for CSV)
 * @param row        the 1-based row number, as Excel shows it
 * @param enterprise the row's enterprise
 * @since 0.1.0
 */
public record ImportedRow(String sheet, int row, Enterprise enterprise) {
    /**
     * Checks the parts.
     *
     * @param sheet      the sheet
     * @param row        the row
     * @param enterprise the enterprise
     */
    public ImportedRow {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(enterprise, "enterprise");
    }
}
