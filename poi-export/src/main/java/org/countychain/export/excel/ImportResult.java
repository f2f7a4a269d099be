package org.countychain.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.internal.ExcelMessages;
import org.countychain.export.excel.internal.Workbooks;

/**
 * What an import gave (导入结果): the enterprises of the accepted rows, and one or more {@link RowError}s for each
 * rejected row. Valid rows are never dropped because other rows are invalid.
 *
 * @since 0.1.0
 */
public final class ImportResult {
    /**
     * A rejected row as the file held it, with its errors.
     *
     * @param row    the 1-based row number
     * @param cells  the cells' text by column
     * @param errors the row's errors
     * @since 0.1.0
     */
    public record RejectedRow(int row, List<String> cells, List<RowError> errors) {
        /**
         * Copies the lists.
         */
        public RejectedRow {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
            errors = List.copyOf(errors);
        }
    }

    private final String sheet;
    private final int headerRow;
    private final List<String> header;
    private final List<Enterprise> enterprises;
    private final int rowsRead;
    private final int rowsAccepted;
    private final List<RowError> errors;
    private final List<RejectedRow> rejectedRows;

    ImportResult(String sheet, int headerRow, List<String> header, List<Enterprise> enterprises, int rowsRead,
                 int rowsAccepted, List<RowError> errors, List<RejectedRow> rejectedRows) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.header = java.util.Collections.unmodifiableList(new ArrayList<>(header));
        this.enterprises = List.copyOf(enterprises);
        this.rowsRead = rowsRead;
        this.rowsAccepted = rowsAccepted;
        this.errors = List.copyOf(errors);
        this.rejectedRows = List.copyOf(rejectedRows);
    }

    /**
     * The sheet read (the file's name for CSV).
     *
     * @return the sheet's name
     */
    public String sheet() {
        return sheet;
    }

    /**
     * The 1-based number of the header row.
     *
     * @return the row
     */
    public int headerRow() {
        return headerRow;
    }

    /**
     * The header row's cells as written, except that a money column whose unit came from a title row
     * ({@code 单位：万元}) names it: {@code 营业收入（万元）}.
     *
     * @return the header
     */
    public List<String> header() {
        return header;
    }

    /**
     * The enterprises of the accepted rows, in the order of their first row.
     *
     * @return the enterprises
     */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /**
     * The number of non-empty data rows read below the header.
     *
     * @return rows read
     */
    public int rowsRead() {
        return rowsRead;
    }

    /**
     * The number of rows accepted.
     *
     * @return rows accepted
     */
    public int rowsAccepted() {
        return rowsAccepted;
    }

    /**
     * The number of rows rejected; {@code rowsRead() == rowsAccepted() + rowsRejected()}.
     *
     * @return rows rejected
     */
    public int rowsRejected() {
        return rejectedRows.size();
    }

    /**
     * Every error, by row then column.
     *
     * @return the errors
     */
    public List<RowError> errors() {
        return errors;
    }

    /**
     * The rejected rows as written, with their errors.
     *
     * @return the rows
     */
    public List<RejectedRow> rejectedRows() {
        return rejectedRows;
    }

    /**
     * Whether every row was accepted.
     *
     * @return true when no row was rejected
     */
    public boolean isClean() {
        return rejectedRows.isEmpty();
    }

    /**
     * Writes the error workbook (错误工作簿): the header row, then each rejected row as it was written, with the
     * reasons in an extra last column, so staff can correct the rows and import this file again. Accepted rows are
     * left out, so a re-import adds only the corrected rows.
     *
     * @param out    the file to write
     * @param locale the language of the reasons
     * @throws IOException when writing fails
     */
    public void writeErrorWorkbook(Path out, Locale locale) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            writeErrorWorkbook(os, locale);
        }
    }

    /**
     * Writes the error workbook to a stream (left open).
     *
     * @param out    the stream
     * @param locale the language of the reasons
     * @throws IOException when writing fails
     * @see #writeErrorWorkbook(Path, Locale)
     */
    public void writeErrorWorkbook(OutputStream out, Locale locale) throws IOException {
        try (SXSSFWorkbook wb = Workbooks.streaming(Deflater.DEFAULT_COMPRESSION)) {
            SXSSFSheet s = wb.createSheet(sheet == null || sheet.isBlank() ? "Sheet1" : sheet);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle red = wb.createCellStyle();
            Font redFont = wb.createFont();
            redFont.setColor(IndexedColors.RED.getIndex());
            red.setFont(redFont);
            int errorColumn = header.size();
            Row h = s.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i) == null ? "" : header.get(i));
                h.getCell(i).setCellStyle(bold);
            }
            h.createCell(errorColumn).setCellValue(ExcelMessages.text(locale, "excel.errorColumn", List.of()));
            h.getCell(errorColumn).setCellStyle(bold);
            int r = 1;
            for (RejectedRow row : rejectedRows) {
                Row x = s.createRow(r++);
                for (int i = 0; i < row.cells().size(); i++) {
                    String v = row.cells().get(i);
                    if (v != null) {
                        x.createCell(i).setCellValue(v);
                    }
                }
                StringBuilder reasons = new StringBuilder();
                for (RowError e : row.errors()) {
                    if (reasons.length() > 0) {
                        reasons.append('\n');
                    }
                    reasons.append(ExcelMessages.isChinese(locale) ? "原第" + e.row() + "行" : "row " + e.row());
                    if (!e.cellReference().isEmpty()) {
                        reasons.append(' ').append(e.cellReference());
                    }
                    if (!e.column().isEmpty()) {
                        reasons.append(" ").append(e.column());
                    }
                    reasons.append(": ").append(e.reason(locale)).append(" [").append(e.code().code()).append(']');
                }
                x.createCell(errorColumn).setCellValue(reasons.toString());
                x.getCell(errorColumn).setCellStyle(red);
            }
            s.createFreezePane(0, 1);
            freezeWidths(s, errorColumn);
            wb.write(out);
        }
    }

    private static void freezeWidths(Sheet s, int errorColumn) {
        for (int i = 0; i < errorColumn; i++) {
            s.setColumnWidth(i, 18 * 256);
        }
        s.setColumnWidth(errorColumn, 80 * 256);
    }
}
