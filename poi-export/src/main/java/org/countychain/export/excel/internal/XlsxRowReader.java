package org.countychain.export.excel.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
 * Streams the sheets of an .xlsx package with POI's event API (XSSFReader) and a SAX handler of its own:
 * only the current row is in memory besides the shared strings. Numbers come out as plain decimal text (the
 * shortest form that gives the same double, never a display format's rounding or thousands separators), dates as
 * ISO dates, booleans as {@code TRUE}/{@code FALSE}, formulas as their cached result.
 *
 * <p>POI's own {@code XSSFSheetXMLHandler} builds an XMLBeans rich-text object for every string cell; this handler
 * reads strings as plain text, which makes a 500,000-row import several times faster. Sheets in UTF-8 (all that
 * Excel, LibreOffice and POI write) are scanned by {@link SheetXmlScanner} rather than the JDK's parser.
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

    /** What a workbook says of one of its sheets. */
    public record SheetInfo(String name, int index, boolean hidden) {
    }

    /** Chooses the sheets to read and takes their rows. */
    public interface SheetVisitor {
        /**
         * Called for each worksheet in the workbook's order.
         *
         * @param sheet the sheet
         * @return the sink for its rows, or {@code null} to skip it
         */
        RowSink begin(SheetInfo sheet);

        /**
         * Called after a sheet's rows were read (also when its sink stopped reading early).
         *
         * @param sheet the sheet
         * @return false to read no further sheet
         */
        boolean end(SheetInfo sheet);
    }

    /**
     * Reads the worksheets the visitor asks for, in the workbook's order.
     *
     * @param pkg     the package, opened for reading
     * @param visitor chooses the sheets and takes their rows
     * @return every worksheet of the workbook, in order
     * @throws IOException        when reading fails
     * @throws OpenXML4JException when the package is not a workbook
     * @throws SAXException       when a sheet's XML is broken
     */
    public static List<SheetInfo> readSheets(OPCPackage pkg, SheetVisitor visitor)
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
        WorkbookInfo workbook = workbookInfo(reader);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("no sheet");
        }
        List<SheetInfo> all = new ArrayList<>();
        boolean reading = true;
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                int at = workbook.names().indexOf(name);
                SheetInfo info = new SheetInfo(name, at < 0 ? all.size() : at,
                        at >= 0 && workbook.hidden().get(at));
                all.add(info);
                RowSink sink = reading ? visitor.begin(info) : null;
                if (sink == null) {
                    continue;
                }
                SheetHandler handler = new SheetHandler(sink, strings, dateStyle, workbook.date1904());
                BufferedInputStream in = new BufferedInputStream(sheet, 1 << 16);
                try {
                    if (SheetXmlScanner.isUtf8(in)) {
                        SheetXmlScanner.scan(in, handler);
                    } else {
                        XMLReader parser = parser();
                        parser.setContentHandler(handler);
                        parser.parse(new InputSource(in));
                    }
                } catch (StopReading stop) {
                    // the sink has seen enough of this sheet
                }
                reading = visitor.end(info);
            }
        }
        return all;
    }

    /** The workbook part's sheet list (names and whether hidden, in order) and its date system. */
    private record WorkbookInfo(List<String> names, List<Boolean> hidden, boolean date1904) {
    }

    private static WorkbookInfo workbookInfo(XSSFReader reader) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        boolean[] date1904 = {false};
        try (InputStream wb = reader.getWorkbookData()) {
            XMLReader p = parser();
            p.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(localName)) {
                        String v = atts.getValue("date1904");
                        date1904[0] = "1".equals(v) || "true".equals(v);
                    } else if ("sheet".equals(localName)) {
                        names.add(String.valueOf(atts.getValue("name")));
                        String state = atts.getValue("state");
                        hidden.add("hidden".equals(state) || "veryHidden".equals(state));
                    }
                }
            });
            p.parse(new InputSource(wb));
        } catch (SAXException e) {
            throw new IOException(e);
        }
        return new WorkbookInfo(names, hidden, date1904[0]);
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
