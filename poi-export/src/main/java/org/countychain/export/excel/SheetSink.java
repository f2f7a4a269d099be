package org.countychain.export.excel;

import org.countychain.export.excel.internal.RowSink;

/** Takes a file's sheets, one after another, and their rows: the enterprise list's assembler or a form's reader. */
interface SheetSink extends RowSink {
    /**
     * Says whether the file is CSV (before any sheet).
     *
     * @param csv true for CSV
     */
    void csv(boolean csv);

    /**
     * Starts a sheet.
     *
     * @param name   its name (the file's for CSV)
     * @param index  its 0-based position
     * @param chosen whether the caller chose it (or it is the only one)
     */
    void startSheet(String name, int index, boolean chosen);

    /**
     * Ends the sheet started last.
     *
     * @return false when no further sheet is to be read
     */
    boolean endSheet();

    /**
     * Records a sheet not read at all.
     *
     * @param name  its name
     * @param index its position
     * @param kind  why
     */
    void skip(String name, int index, SkippedSheet.Kind kind);
}
