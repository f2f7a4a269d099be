package org.countychain.export.excel.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Writes a one-sheet .xlsx workbook straight into the zip stream, row by row: no temporary file, no POI usermodel,
 * no object per cell. The sheet's XML is encoded into one reused buffer and deflated as it is written, so memory
 * stays flat at any number of rows and the sheet is deflated once, rather than written to a temporary file, read
 * back and deflated as SXSSF does (at 500,000 rows that was half of the export).
 *
 * <p>The workbook has a fixed set of cell styles ({@link #HEADER}, {@link #MONEY}, {@link #COUNT}, {@link #DATE},
 * {@link #TEXT}), text written inline (a shared-strings table would hold every distinct text in memory), column
 * widths, frozen panes and an auto-filter over the rows written. Every zip entry carries the same fixed time and
 * nothing depends on the clock, so the same rows give the same bytes. Rows must be written in order and the cells
 * of a row from left to right. Not thread-safe.
 */
public final class XlsxStreamWriter {
    /** Bold, wrapped: the header row. */
    public static final int HEADER = 1;
    /** {@code #,##0.00}: amounts. */
    public static final int MONEY = 2;
    /** {@code 0}: counts and years. */
    public static final int COUNT = 3;
    /** {@code yyyy-mm-dd}: dates. */
    public static final int DATE = 4;
    /** {@code @}: text. */
    public static final int TEXT = 5;

    /** Excel's last row. */
    public static final int MAX_ROWS = 1 << 20;
    /** The first day written as a whole serial number: 1900-03-01 is serial day 61 in the 1900 date system. */
    private static final LocalDate FIRST_PLAIN_SERIAL_DAY = LocalDate.of(1900, 3, 1);
    /** Serial day 0 as an epoch day: 1899-12-30 (valid from 1900-03-01 on, past Excel's 29 February 1900). */
    private static final long SERIAL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String[] STYLE_ATTRIBUTES = {"", " s=\"1\"", " s=\"2\"", " s=\"3\"", " s=\"4\"", " s=\"5\""};

    private final OutputStream target;
    private final ZipOutputStream zip;
    private final Utf8Writer sheet;
    private final String sheetName;
    private final int columnCount;
    private final String[] columnLetters;
    private int row;
    private boolean rowOpen;
    private int lastColumn = -1;
    private boolean finished;

    /**
     * Starts a workbook: writes the parts that do not depend on the rows and opens the sheet.
     *
     * @param out           the stream (left open)
     * @param sheetName     the sheet's name (at most 31 characters, none of {@code []:*?/\})
     * @param columnWidths  each column's width in 1/256 of a character, as {@code Sheet.setColumnWidth} takes it
     * @param frozenColumns columns kept in view on the left
     * @param frozenRows    rows kept in view at the top
     * @param deflateLevel  the deflate level of the zip entries
     * @throws IOException when writing fails
     */
    public XlsxStreamWriter(OutputStream out, String sheetName, int[] columnWidths, int frozenColumns, int frozenRows,
                            int deflateLevel) throws IOException {
        this.sheetName = sheetName;
        this.columnCount = columnWidths.length;
        this.columnLetters = new String[columnCount];
        for (int i = 0; i < columnCount; i++) {
            columnLetters[i] = XlsxRowReader.columnName(i);
        }
        this.target = new BufferedOutputStream(Workbooks.keepingOpen(out), 1 << 16);
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(deflateLevel);
        part("[Content_Types].xml", XML
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\""
                + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        part("_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/officeDocument\""
                + " Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/extended-properties\""
                + " Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + PACKAGE_RELATIONSHIPS + "/metadata/core-properties\""
                + " Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        part("docProps/app.xml", XML
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>CountyChain</Application></Properties>");
        part("docProps/core.xml", XML
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>CountyChain</dc:creator>"
                + "</cp:coreProperties>");
        part("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/worksheet\""
                + " Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part("xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                + "<fonts count=\"2\">"
                + "<font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
                + "<scheme val=\"minor\"/></font>"
                + "<font><b/><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
                + "<scheme val=\"minor\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"6\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
                + " applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");
        zip.putNextEntry(entry("xl/worksheets/sheet1.xml"));
        sheet = new Utf8Writer(zip);
        sheet.write(XML);
        sheet.write("<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"1\">");
        if (frozenColumns > 0 || frozenRows > 0) {
            String pane = frozenColumns > 0 && frozenRows > 0 ? "bottomRight"
                    : frozenRows > 0 ? "bottomLeft" : "topRight";
            sheet.write("<pane");
            if (frozenColumns > 0) {
                sheet.write(" xSplit=\"" + frozenColumns + '"');
            }
            if (frozenRows > 0) {
                sheet.write(" ySplit=\"" + frozenRows + '"');
            }
            sheet.write(" topLeftCell=\"" + XlsxRowReader.columnName(frozenColumns) + (frozenRows + 1)
                    + "\" activePane=\"" + pane + "\" state=\"frozen\"/><selection pane=\"" + pane + "\"/>");
        }
        sheet.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (columnCount > 0) {
            sheet.write("<cols>");
            for (int i = 0; i < columnCount; i++) {
                sheet.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\""
                        + columnWidths[i] / 256.0 + "\" customWidth=\"1\"/>");
            }
            sheet.write("</cols>");
        }
        sheet.write("<sheetData>");
    }

    /**
     * Starts the next row (the first is row 1).
     *
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException when the sheet already has Excel's 1,048,576 rows
     */
    public void row() throws IOException {
        if (row == MAX_ROWS) {
            throw new IllegalArgumentException("an Excel sheet has at most " + MAX_ROWS + " rows");
        }
        if (rowOpen) {
            sheet.write("</row>");
        }
        row++;
        rowOpen = true;
        lastColumn = -1;
        sheet.write("<row r=\"");
        sheet.writeDigits(row);
        sheet.write("\">");
    }

    /**
     * Writes a text cell.
     *
     * @param column the column, 0-based, right of the row's last cell
     * @param text   the text
     * @param style  the style, one of the constants
     * @throws IOException when writing fails
     */
    public void text(int column, String text, int style) throws IOException {
        start(column, style);
        sheet.write(" t=\"inlineStr\"><is><t");
        if (padded(text)) {
            sheet.write(" xml:space=\"preserve\"");
        }
        sheet.write('>');
        sheet.writeEscaped(text);
        sheet.write("</t></is></c>");
    }

    /**
     * Writes a number cell: whole numbers below 2^53 from their digits, others as {@link Double#toString(double)}.
     *
     * @param column the column, 0-based, right of the row's last cell
     * @param value  the number (finite)
     * @param style  the style, one of the constants
     * @throws IOException when writing fails
     */
    public void number(int column, double value, int style) throws IOException {
        start(column, style);
        sheet.write("><v>");
        long whole = (long) value;
        if (whole == value && Math.abs(whole) < 1L << 53 && (whole != 0 || Double.doubleToRawLongBits(value) == 0)) {
            if (whole < 0) {
                sheet.write('-');
                whole = -whole;
            }
            sheet.writeDigits(whole);
        } else {
            sheet.write(Double.toString(value));
        }
        sheet.write("</v></c>");
    }

    /**
     * Writes a date as its serial day number in the 1900 date system.
     *
     * @param column the column, 0-based, right of the row's last cell
     * @param date   the date
     * @param style  the style, one of the constants ({@link #DATE} shows it as a date)
     * @throws IOException when writing fails
     */
    public void date(int column, LocalDate date, int style) throws IOException {
        if (date.isBefore(FIRST_PLAIN_SERIAL_DAY)) {
            number(column, DateUtil.getExcelDate(date), style); // Excel's 29 February 1900 lies between
        } else {
            number(column, (double) (date.toEpochDay() - SERIAL_EPOCH), style);
        }
    }

    /**
     * Ends the sheet (with an auto-filter over every row written when asked) and writes the workbook part; the
     * stream is left open.
     *
     * @param autoFilter whether the first row gets filter buttons over the rows written
     * @throws IOException when writing fails
     */
    public void finish(boolean autoFilter) throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (rowOpen) {
            sheet.write("</row>");
        }
        sheet.write("</sheetData>");
        String range = null;
        if (autoFilter && columnCount > 0) {
            String last = columnLetters[columnCount - 1];
            int lastRow = Math.max(row, 1);
            range = "$A$1:$" + last + '$' + lastRow;
            sheet.write("<autoFilter ref=\"A1:" + last + lastRow + "\"/>");
        }
        sheet.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
                + " footer=\"0.3\"/></worksheet>");
        sheet.flush();
        zip.closeEntry();
        StringBuilder workbook = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(DOCUMENT_RELATIONSHIPS).append("\">")
                .append("<workbookPr date1904=\"0\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>")
                .append("<sheets><sheet name=\"").append(attribute(sheetName))
                .append("\" sheetId=\"1\" r:id=\"rId1\"/></sheets>");
        if (range != null) {
            workbook.append("<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\"")
                    .append(" hidden=\"1\">").append(attribute(quotedSheetName())).append('!').append(range)
                    .append("</definedName></definedNames>");
        }
        part("xl/workbook.xml", workbook.append("</workbook>").toString());
        zip.finish();
        target.flush();
    }

    private void start(int column, int style) throws IOException {
        if (!rowOpen || column <= lastColumn || column >= columnCount) {
            throw new IllegalStateException("cell " + column + " out of order in row " + row);
        }
        lastColumn = column;
        sheet.write("<c r=\"");
        sheet.write(columnLetters[column]);
        sheet.writeDigits(row);
        sheet.write('"');
        sheet.write(STYLE_ATTRIBUTES[style]);
    }

    /** The sheet's name as a formula names it: quoted unless it is letters, digits and underscores only. */
    private String quotedSheetName() {
        for (int i = 0; i < sheetName.length(); i++) {
            char c = sheetName.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return '\'' + sheetName.replace("'", "''") + '\'';
            }
        }
        return sheetName;
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(Workbooks.ENTRY_TIME);
        return e;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Whether text starts or ends with white space, which is then marked {@code xml:space="preserve"}. */
    private static boolean padded(String v) {
        return !v.isEmpty() && (isWhitespace(v.charAt(0)) || isWhitespace(v.charAt(v.length() - 1)));
    }

    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x80) && Character.isWhitespace(c);
    }
}
