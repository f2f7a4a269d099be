package org.countychain.export.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx package with POI's event API (XSSFReader) and a SAX handler of its own:
 * only the current row is in memory besides the shared strings. Numbers come out as plain decimal text (the
 * shortest form that gives the same double, never a display format's rounding or thousands separators), dates as
 * ISO dates, booleans as {@code TRUE}/{@code FALSE}, formulas as their cached result.
 *
 * <p>POI's own {@code XSSFSheetXMLHandler} builds an XMLBeans rich-text object for every string cell; this handler
 * reads strings as plain text, which makes a 500,000-row import several times faster.
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
        XSSFReader reader = new XSSFReader(pkg);
        List<String> strings = sharedStrings(pkg);
        StylesTable styles = reader.getStylesTable();
        int styleCount = styles == null ? 0 : styles.getNumCellStyles();
        boolean[] dateStyle = new boolean[styleCount];
        for (int i = 0; i < styleCount; i++) {
            XSSFCellStyle s = styles.getStyleAt(i);
            dateStyle[i] = s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        }
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("no sheet");
        }
        try (InputStream sheet = sheets.next()) {
            String name = sheets.getSheetName();
            XMLReader parser = parser();
            parser.setContentHandler(new SheetHandler(sinks.apply(name), strings, dateStyle,
                    reader.getWorkbookData() != null && isDate1904(pkg, reader)));
            try {
                parser.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // the sink has seen enough
            }
            return name;
        }
    }

    private static boolean isDate1904(OPCPackage pkg, XSSFReader reader) throws IOException, OpenXML4JException {
        boolean[] result = {false};
        try (InputStream wb = reader.getWorkbookData()) {
            XMLReader p = parser();
            p.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(localName)) {
                        String v = atts.getValue("date1904");
                        result[0] = "1".equals(v) || "true".equals(v);
                    }
                }
            });
            p.parse(new InputSource(wb));
        } catch (SAXException e) {
            return false;
        }
        return result[0];
    }

    private static XMLReader parser() throws IOException {
        try {
            XMLReader p = XMLHelper.newXMLReader();
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    /** The shared strings as plain text (phonetic runs left out). */
    private static List<String> sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<String> out = new ArrayList<>();
        List<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (parts.isEmpty()) {
            return out;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader p = parser();
            p.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inT;
                private int phonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (localName) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> inT = phonetic == 0;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> out.add(text.toString());
                        case "rPh" -> phonetic--;
                        case "t" -> inT = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT) {
                        text.append(ch, start, length);
                    }
                }
            });
            p.parse(new InputSource(in));
        }
        return out;
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

    /** Column index of a cell reference such as {@code AB12}: 27. */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    /** Collects one row's cells and hands the row on. */
    private static final class SheetHandler extends DefaultHandler {
        private final RowSink sink;
        private final List<String> strings;
        private final boolean[] dateStyle;
        private final boolean date1904;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int row;
        private int nextRow = 1;
        private int column;
        private int nextColumn;
        private String type;
        private int style;
        private boolean collecting;
        private boolean inInline;

        SheetHandler(RowSink sink, List<String> strings, boolean[] dateStyle, boolean date1904) {
            this.sink = sink;
            this.strings = strings;
            this.dateStyle = dateStyle;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? nextRow : Integer.parseInt(r);
                    nextRow = row + 1;
                    cells.clear();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    column = r == null ? nextColumn : column(r);
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v" -> collecting = true;
                case "is" -> inInline = true;
                case "t" -> collecting = inInline;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInline = false;
                case "c" -> {
                    String text = text();
                    if (text != null) {
                        while (cells.size() <= column) {
                            cells.add(null);
                        }
                        cells.set(column, text);
                    }
                }
                case "row" -> {
                    for (String c : cells) {
                        if (c != null && !c.isBlank()) {
                            sink.row(row, cells.toArray(new String[0]));
                            break;
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                value.append(ch, start, length);
            }
        }

        private String text() {
            if (value.length() == 0) {
                return null;
            }
            String v = value.toString();
            if (type == null || "n".equals(type)) {
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return v;
                }
                if (style < dateStyle.length && dateStyle[style] && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
                }
                return plain(d);
            }
            return switch (type) {
                case "s" -> {
                    int i = Integer.parseInt(v.trim());
                    yield i >= 0 && i < strings.size() ? strings.get(i) : null;
                }
                case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
                default -> v; // inlineStr, str (a formula's text result), e (an error such as #N/A)
            };
        }
    }
}
