package org.countychain.export.excel;

/**
 * Receives an import's rows as they are read (流式导入): each accepted row as soon as it is parsed, each rejected row
 * with its errors. Used with {@link EnterpriseImporter#importFile(java.nio.file.Path, ImportListener)}, which keeps
 * nothing of the rows itself, so memory stays the same for 500 or 500,000 rows.
 *
 * <p>Every check of one row applies as in {@link EnterpriseImporter#importFile(java.nio.file.Path)}; what needs the
 * rows seen before (the same credit code with another name, the same year twice) is left to the listener, which
 * sees each row's enterprise on its own.
 *
 * <p>Both methods are called on the thread that called {@code importFile}, one row at a time in the sheet's order
 * (an .xlsx sheet is read ahead on a second thread when there is more than one processor, but its rows are handed
 * over to the caller's thread); an exception thrown from them stops the import, the reading thread included.
 *
 * @since 0.1.0
 */
public interface ImportListener {
    /**
     * An accepted row.
     *
     * @param row the row and its enterprise
     */
    void accepted(ImportedRow row);

    /**
     * A rejected row, with one error per bad cell.
     *
     * @param row the row as written, with its errors
     */
    void rejected(ImportResult.RejectedRow row);
}
