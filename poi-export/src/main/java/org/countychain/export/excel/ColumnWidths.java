package org.countychain.export.excel;

import org.countychain.export.excel.internal.Widths;

/** Widths of the enterprise-list columns. */
final class ColumnWidths {
    private ColumnWidths() {
    }

    /**
     * A column's width in 1/256 character units, fitted to its header and its typical values.
     *
     * @param column the column
     * @param header the header as written
     * @return the width for {@code Sheet.setColumnWidth}
     */
    static int of(EnterpriseColumn column, String header) {
        int typical = switch (column.kind()) {
            case CREDIT_CODE -> 20;
            case TEXT, LIST -> column == EnterpriseColumn.NAME ? 36 : 14;
            case MONEY -> 18;
            case DATE -> 12;
            default -> 8;
        };
        return Widths.of(Math.max(typical, Math.min(Widths.displayWidth(header), 24)));
    }
}
