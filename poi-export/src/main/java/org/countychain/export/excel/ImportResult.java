package org.countychain.export.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.Deflater;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.countychain.enterprise.Enterprise;
import org.countychain.io.OutputFiles;
import org.countychain.export.excel.internal.ExcelMessages;
import org.countychain.export.excel.internal.Workbooks;
import org.jspecify.annotations.Nullable;

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
     * @param cells  the cells' text by column, {@code null} for an empty cell
     * @param errors the row's errors
     * @since 0.1.0
     */
    public record RejectedRow(int row, List<@Nullable String> cells, List<RowError> errors) {
        /**
         * Copies the lists.
         */
        public RejectedRow {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected row has at least one error");
            }
        }

        /**
         * The sheet the row is on (the file's name for CSV).
         *
         * @return the sheet's name
         */
        public String sheet() {
            return errors.get(0).sheet();
        }
    }

    /**
     * A sheet that was read: it had a header row naming the enterprise columns.
     *
     * @param name         the sheet's name (the file's name for CSV)
     * @param index        its 0-based position in the workbook, hidden sheets counted
     * @param headerRow    the 1-based number of its header row
     * @param header       its header row's cells as written, except that a money column whose unit came from a
     *                     title row ({@code 单位：万元}) names it: {@code 营业收入（万元）}
     * @param rowsRead     the non-empty data rows below the header
     * @param rowsAccepted the rows accepted
     * @param rowsRejected the rows rejected
     * @since 0.1.0
     */
    public record SheetRead(String name, int index, int headerRow, List<@Nullable String> header, int rowsRead,
                            int rowsAccepted, int rowsRejected) {
        /**
         * Copies the header.
         */
        public SheetRead {
            java.util.Objects.requireNonNull(name, "name");
            header = java.util.Collections.unmodifiableList(new ArrayList<>(header));
        }
    }

    private final List<SheetRead> sheets;
    private final List<SkippedSheet> skippedSheets;
    private final List<Enterprise> enterprises;
    private final int rowsRead;
    private final int rowsAccepted;
    private final List<RowError> errors;
    private final List<RejectedRow> rejectedRows;
    private final List<UnknownColumn> unknownColumns;

    ImportResult(List<SheetRead> sheets, List<SkippedSheet> skippedSheets, List<Enterprise> enterprises,
                 int rowsRead, int rowsAccepted, List<RowError> errors, List<RejectedRow> rejectedRows,
                 List<UnknownColumn> unknownColumns) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no sheet was read");
        }
        this.sheets = List.copyOf(sheets);
        this.skippedSheets = List.copyOf(skippedSheets);
        this.enterprises = List.copyOf(enterprises);
        this.rowsRead = rowsRead;
        this.rowsAccepted = rowsAccepted;
        this.errors = List.copyOf(errors);
        this.rejectedRows = List.copyOf(rejectedRows);
        this.unknownColumns = List.copyOf(unknownColumns);
    }

    /**
     * The columns of the sheets read that the importer does not use, in the order of the sheets and columns: each
     * with its sheet, column letter, header and the known column it probably meant. Their cells are not imported
     * (they stay in the error workbook); {@link EnterpriseImporter#withUnknownColumnsRefused()} refuses such files.
     *
     * @return the unknown columns, empty when every column was used
     */
    public List<UnknownColumn> unknownColumns() {
        return unknownColumns;
    }

    /**
     * The sheets read, in the workbook's order: one for a CSV file or a chosen sheet; every visible sheet with an
     * enterprise header row otherwise.
     *
     * @return at least one sheet
     */
    public List<SheetRead> sheets() {
        return sheets;
    }

    /**
     * The sheets not read when every sheet was to be read: hidden sheets, and sheets without a usable header row
     * (a notes sheet, a lookup table), each with the reason.
     *
     * @return the skipped sheets, in the workbook's order
     */
    public List<SkippedSheet> skippedSheets() {
        return skippedSheets;
    }

    /**
     * The first sheet read (the file's name for CSV).
     *
     * @return the sheet's name
     * @see #sheets()
     */
    public String sheet() {
        return sheets.get(0).name();
    }

    /**
     * The 1-based number of the first sheet's header row.
     *
     * @return the row
     * @see #sheets()
     */
    public int headerRow() {
        return sheets.get(0).headerRow();
    }

    /**
     * The first sheet's header row, as {@link SheetRead#header()}.
     *
     * @return the header
     * @see #sheets()
     */
    public List<@Nullable String> header() {
        return sheets.get(0).header();
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
     * The number of non-empty data rows read below the header rows, all sheets together.
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
     * Writes the error workbook (错误工作簿): for each sheet with rejected rows, a sheet of the same name with its
     * header row, then each rejected row as it was written, with the reasons in an extra last column, so staff can
     * correct the rows and import this file again. Accepted rows are left out, so a re-import adds only the
     * corrected rows. When no row was rejected, the first sheet's header alone.
     *
     * @param out    the file to write
     * @param locale the language of the reasons
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws org.countychain.CountyChainIOException when writing fails: the file is written whole or not at all
     *                                                 ({@link org.countychain.io.OutputFiles})
     */
    public void writeErrorWorkbook(Path out, Locale locale) throws IOException {
        OutputFiles.write(out, os -> {
            writeErrorWorkbook(os, locale);
            return out;
        });
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
        writeErrorWorkbook(out, locale, sheets, rejectedRows::forEach);
    }

    /**
     * Writes an error workbook from rejected rows handed on one at a time in the file's order (the rows of one sheet
     * together, the sheets in the order of {@code sheets}), holding none of them: what
     * {@link #writeErrorWorkbook(OutputStream, Locale)} writes for the same rows, byte for byte.
     *
     * @param out    the stream (left open)
     * @param locale the language of the reasons
     * @param sheets the sheets read
     * @param rows   hands each rejected row to its argument
     * @throws IOException when writing fails
     */
    static void writeErrorWorkbook(OutputStream out, Locale locale, List<SheetRead> sheets,
                                   Consumer<Consumer<RejectedRow>> rows) throws IOException {
        try (SXSSFWorkbook wb = Workbooks.streaming(Deflater.DEFAULT_COMPRESSION)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle red = wb.createCellStyle();
            Font redFont = wb.createFont();
            redFont.setColor(IndexedColors.RED.getIndex());
            red.setFont(redFont);
            ErrorSheets writer = new ErrorSheets(wb, sheets, locale, bold, red);
            rows.accept(writer::add);
            writer.end();
            if (writer.rows == 0) {
                writer.start(sheets.get(0)); // the first sheet's header when no row was rejected
                writer.end();
            }
            wb.write(out);
        }
    }

    /** The error workbook's sheets, written a row at a time: a sheet per sheet read that has rejected rows. */
    private static final class ErrorSheets {
        /** The most characters of rows the streaming window holds before they are written out: 2 MB at most. */
        static final long WINDOW_CHARS = 1_000_000;
        private final SXSSFWorkbook wb;
        private final List<SheetRead> sheets;
        private final Locale locale;
        private final CellStyle bold;
        private final CellStyle red;
        private final Set<String> used = new HashSet<>();
        private @Nullable SXSSFSheet sheet;
        private @Nullable String sheetName;
        private int errorColumn;
        private int next;
        /** The characters of the rows not yet flushed from the window. */
        private long windowChars;
        /** The rows handed on. */
        long rows;

        ErrorSheets(SXSSFWorkbook wb, List<SheetRead> sheets, Locale locale, CellStyle bold, CellStyle red) {
            this.wb = wb;
            this.sheets = sheets;
            this.locale = locale;
            this.bold = bold;
            this.red = red;
        }

        void add(RejectedRow row) {
            rows++;
            if (sheet == null || !row.sheet().equals(sheetName)) {
                end();
                SheetRead read = sheets.stream().filter(x -> x.name().equals(row.sheet())).findFirst().orElse(null);
                if (read == null) {
                    return; // not a sheet read: nowhere to put it
                }
                start(read);
            }
            SXSSFSheet s = sheet;
            if (s == null) {
                return;
            }
            Row x = s.createRow(next++);
            for (int i = 0; i < row.cells().size(); i++) {
                String v = row.cells().get(i);
                if (v != null) {
                    x.createCell(i).setCellValue(fitted(v));
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
            x.createCell(errorColumn).setCellValue(fitted(reasons.toString()));
            x.getCell(errorColumn).setCellStyle(red);
            windowChars += reasons.length();
            for (@Nullable String v : row.cells()) {
                windowChars += v == null ? 0 : v.length();
            }
            if (windowChars > WINDOW_CHARS) {
                // The window counts rows: 500 rows of 11,600-character names would hold 12 MB. Written out sooner,
                // the same bytes.
                try {
                    s.flushRows();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                windowChars = 0;
            }
        }

        /**
         * A text cut to the most characters a cell holds: a cell read with a raised {@code withMaxCellChars}, or the
         * reasons of a row with many long values, would otherwise stop the whole error workbook.
         */
        private static String fitted(String v) {
            int most = EnterpriseImporter.DEFAULT_MAX_CELL_CHARS;
            return v.length() <= most ? v : RowError.startOf(v, most - 1);
        }

        void start(SheetRead read) {
            SXSSFSheet s = wb.createSheet(uniqueSheetName(read.name(), used));
            sheet = s;
            sheetName = read.name();
            List<@Nullable String> header = read.header();
            errorColumn = header.size();
            Row h = s.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i) == null ? "" : header.get(i));
                h.getCell(i).setCellStyle(bold);
            }
            h.createCell(errorColumn).setCellValue(ExcelMessages.text(locale, "excel.errorColumn", List.of()));
            h.getCell(errorColumn).setCellStyle(bold);
            next = 1;
            windowChars = 0;
        }

        void end() {
            SXSSFSheet s = sheet;
            if (s == null) {
                return;
            }
            s.createFreezePane(0, 1);
            for (int i = 0; i < errorColumn; i++) {
                s.setColumnWidth(i, 18 * 256);
            }
            s.setColumnWidth(errorColumn, 80 * 256);
            sheet = null;
            sheetName = null;
        }
    }

    /**
     * A sheet name Excel accepts and no earlier sheet of the error workbook has, Latin case ignored as Excel ignores
     * it: a CSV file's name, a name over 31 characters or names that differ only in case in a workbook another
     * program wrote get made safe and numbered ({@code 企业 (2)}).
     */
    static String uniqueSheetName(String name, Set<String> used) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int n = 2; !used.add(candidate.toUpperCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
