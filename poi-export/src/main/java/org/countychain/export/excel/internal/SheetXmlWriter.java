package org.countychain.export.excel.internal;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.jspecify.annotations.Nullable;

/**
 * SXSSF's sheet writer, made cheaper per cell while writing the same bytes: the temporary file is written through
 * a {@link Utf8Writer} (no lock per call), and text, number, boolean and blank cells are written without a
 * {@code CellReference} per cell, with column letters and style numbers looked up once. Other cells (formulas,
 * errors) go to POI's own code. For workbooks without a shared-strings table (text is written inline).
 */
public final class SheetXmlWriter extends SheetDataWriter {
    private static final int CACHED_STYLES = 256;
    private static final String[] STYLE_ATTRIBUTES = new String[CACHED_STYLES];

    static {
        for (int i = 1; i < CACHED_STYLES; i++) {
            STYLE_ATTRIBUTES[i] = " s=\"" + i + '"';
        }
    }

    private final List<String> columns = new ArrayList<>();
    private String rowNumber = "";

    /**
     * A writer into a new temporary file.
     *
     * @throws IOException when the file cannot be made
     */
    public SheetXmlWriter() throws IOException {
        super();
    }

    // POI marks this "to be made protected in 6.0"; it stays overridable, which is all this needs.
    @SuppressWarnings("deprecation")
    @Override
    public Writer createWriter(File fd) throws IOException {
        return new Utf8Writer(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, @Nullable Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BOOLEAN
                && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell);
            return;
        }
        Writer out = _out;
        out.write("<c r=\"");
        out.write(column(columnIndex));
        out.write(rowNumber);
        out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.write(style < CACHED_STYLES ? STYLE_ATTRIBUTES[style] : " s=\"" + style + '"');
        }
        switch (type) {
            case STRING -> {
                String v = cell.getStringCellValue();
                out.write(" t=\"inlineStr\"><is><t");
                if (padded(v)) {
                    out.write(" xml:space=\"preserve\"");
                }
                out.write('>');
                ((Utf8Writer) out).writeEscaped(v);
                out.write("</t></is>");
            }
            case NUMERIC -> {
                out.write(" t=\"n\"><v>");
                writeDouble((Utf8Writer) out, cell.getNumericCellValue());
                out.write("</v>");
            }
            case BOOLEAN -> out.write(cell.getBooleanCellValue() ? " t=\"b\"><v>1</v>" : " t=\"b\"><v>0</v>");
            default -> out.write('>');
        }
        out.write("</c>");
    }

    /**
     * Writes a number cell's value as {@link Double#toString(double)} writes it ({@code 30.0}, {@code 3.4347E7}),
     * which is what SXSSF writes: whole numbers below 2^53 from their digits, without a string per cell; others
     * through {@code Double.toString}.
     */
    static void writeDouble(Utf8Writer out, double v) throws IOException {
        long whole = (long) v;
        if (whole != v || Math.abs(whole) >= 1L << 53 || (whole == 0 && Double.doubleToRawLongBits(v) != 0)) {
            out.write(Double.toString(v));
            return;
        }
        if (whole < 0) {
            out.write('-');
            whole = -whole;
        }
        if (whole < 10_000_000) {
            out.writeDigits(whole);
            out.write(".0");
            return;
        }
        // d.dddE<n>: the digits without trailing zeros, at least one after the point
        long digits = whole;
        int exponent = 0;
        while (digits % 10 == 0) {
            digits /= 10;
            exponent++;
        }
        int length = 1;
        for (long x = digits; x >= 10; x /= 10) {
            length++;
        }
        exponent += length - 1;
        long scale = 1;
        for (int i = 1; i < length; i++) {
            scale *= 10;
        }
        out.writeDigits(digits / scale);
        out.write('.');
        if (length == 1) {
            out.write('0');
        } else {
            out.writeDigits(digits % scale, length - 1);
        }
        out.write('E');
        out.writeDigits(exponent);
    }

    private String column(int index) {
        while (columns.size() <= index) {
            columns.add(CellReference.convertNumToColString(columns.size()));
        }
        return columns.get(index);
    }

    /** Whether text starts or ends with white space, which SXSSF marks {@code xml:space="preserve"}. */
    private static boolean padded(String v) {
        return !v.isEmpty() && (isWhitespace(v.charAt(0)) || isWhitespace(v.charAt(v.length() - 1)));
    }

    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x80) && Character.isWhitespace(c);
    }
}
