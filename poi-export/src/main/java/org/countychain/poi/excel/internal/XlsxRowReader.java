package org.countychain.poi.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an .xlsx package with POI's event API (XSSFReader and XSSFSheetXMLHandler): only
 * the current row is in memory. Numbers come out as plain decimal text (the shortest form that gives the same
 * double, never a display format's rounding or thousands separators), dates as ISO dates.
 */
public final class XlsxRowReader {
    private XlsxRowReader() {
    }

    /** Thrown from a sink to stop reading early. */
    public static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Creates it. */
        public StopReading() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the first sheet.
     *
     * @param pkg   the package, opened for reading
     * @param sinks gives the sink for the rows, given the sheet's name
     * @return the sheet's name
     * @throws IOException        when reading fails
     * @throws OpenXML4JException when the package is not a workbook
     * @throws SAXException       when the sheet's XML is broken
     */
    public static String readFirstSheet(OPCPackage pkg, Function<String, RowSink> sinks)
            throws IOException, OpenXML4JException, SAXException {
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("no sheet");
        }
        try (InputStream sheet = sheets.next()) {
            String name = sheets.getSheetName();
            XMLReader parser;
            try {
                parser = XMLHelper.newXMLReader();
            } catch (ParserConfigurationException e) {
                throw new IOException(e);
            }
            Collector collector = new Collector(sinks.apply(name));
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(),
                    false));
            try {
                parser.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // the sink has seen enough
            }
            return name;
        }
    }

    /** Formats numbers without loss and dates as ISO dates. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return plain(value);
        }
    }

    /**
     * A double as the shortest plain decimal text that reads back as the same double.
     *
     * @param value the value
     * @return for example {@code 12345678.9}
     */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Collects one row's cells and hands the row on. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int row;
        private int nextColumn;

        Collector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            boolean any = false;
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    any = true;
                    break;
                }
            }
            if (any) {
                sink.row(row, cells.toArray(new String[0]));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            nextColumn = column + 1;
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }

        @Override
        public String toString() {
            return "row " + row + " " + Arrays.toString(cells.toArray());
        }
    }
}
