package org.countychain.export.excel;

import java.util.List;

/**
 * What a streaming import read (导入概况): its sheets and the rows' counts; the rows themselves went to the
 * {@link ImportListener}.
 *
 * @param sheets        the sheets read, in the workbook's order (one, named after the file, for CSV)
 * @param skippedSheets the sheets not read, and why
 * @param unknownColumns the columns not used, as {@link ImportResult#unknownColumns()}
 * @param rowsRead      the data rows read
 * @param rowsAccepted  the rows handed to {@link ImportListener#accepted}
 * @param rowsRejected  the rows handed to {@link ImportListener#rejected}
 * @since 0.1.0
 */
public record ImportSummary(List<ImportResult.SheetRead> sheets, List<SkippedSheet> skippedSheets,
                            List<UnknownColumn> unknownColumns, long rowsRead, long rowsAccepted,
                            long rowsRejected) {
    /**
     * Copies the lists.
     *
     * @param sheets        the sheets read
     * @param skippedSheets the sheets skipped
     * @param unknownColumns the columns not used
     * @param rowsRead      rows read
     * @param rowsAccepted  rows accepted
     * @param rowsRejected  rows rejected
     */
    public ImportSummary {
        sheets = List.copyOf(sheets);
        skippedSheets = List.copyOf(skippedSheets);
        unknownColumns = List.copyOf(unknownColumns);
    }
}
