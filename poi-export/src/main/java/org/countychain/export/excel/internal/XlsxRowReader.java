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

    /**
     * Thrown when a sheet's XML is broken beyond one cell (a row number that is not a number or is beyond
     * 1,048,576): the file is refused, naming the sheet and what was found.
     */
    public static final class BrokenSheet extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final List<String> arguments;

        BrokenSheet(String key, List<String> arguments) {
            super(key + " " + arguments, null, false, false);
            this.key = key;
            this.arguments = List.copyOf(arguments);
        }

        /**
         * The message key.
         *
         * @return the key
         */
        public String key() {
            return key;
        }

        /**
         * The message's arguments.
         *
         * @return the arguments
         */
        public List<String> arguments() {
            return arguments;
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
     * @param pkg          the package, opened for reading
     * @param maxCellChars the most characters a cell (or a shared string) may hold; a longer one is a
     *                     {@link BrokenCell} with {@code limit} set, and is never held in memory whole
     * @param visitor      chooses the sheets and takes their rows
     * @return every worksheet of the workbook, in order
     * @throws IOException        when reading fails
     * @throws OpenXML4JException when the package is not a workbook
     * @throws SAXException       when a sheet's XML is broken
     */
    public static List<SheetInfo> readSheets(OPCPackage pkg, int maxCellChars, SheetVisitor visitor)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        SharedStrings strings = sharedStrings(pkg, maxCellChars);
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
                SheetHandler handler = new SheetHandler(name, sink, strings, dateStyle, workbook.date1904(),
                        maxCellChars);
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
            // POI's error handler logs each fatal error before it is thrown; the refusal says it once, cleanly.
            p.setErrorHandler(new DefaultHandler());
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    /**
     * The shared strings as plain text (phonetic runs left out), each at most {@code maxChars} long: a longer one
     * is kept as its length only, and a cell using it becomes a {@link BrokenCell}.
     */
    private static SharedStrings sharedStrings(OPCPackage pkg, int maxChars) throws IOException, SAXException {
        SharedStrings out = new SharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (parts.isEmpty()) {
            return out;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader p = parser();
            p.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private long length;
                private boolean inT;
                private int phonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (localName) {
                        case "si" -> {
                            text.setLength(0);
                            length = 0;
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> inT = phonetic == 0;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> out.add(length > maxChars ? null : text.toString(), length);
                        case "rPh" -> phonetic--;
                        case "t" -> inT = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int n) {
                    if (inT) {
                        length += n;
                        if (length <= maxChars) {
                            text.append(ch, start, n);
                        }
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

    /**
     * Column index of a cell reference such as {@code AB12}: 27; -1 when the reference has no letters, more than
     * three, or anything but digits after them.
     */
    static int column(String ref) {
        int col = 0;
        int letters = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (++letters > 3) {
                return -1;
            }
        }
        for (int j = i; j < ref.length(); j++) {
            char c = ref.charAt(j);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return letters == 0 ? -1 : col - 1;
    }

    /** Collects one row's cells and hands the row on. */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final RowSink sink;
        private final SharedStrings strings;
        private final boolean[] dateStyle;
        private final boolean date1904;
        private final int maxCellChars;
        private final long maxRowChars;
        private final List<String> cells = new ArrayList<>();
        private final List<BrokenCell> broken = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private long valueLength;
        private long rowChars;
        private int row;
        private int nextRow = 1;
        private int column;
        private int nextColumn;
        private String reference;
        private String type;
        private int style;
        private boolean collecting;
        private boolean inInline;

        SheetHandler(String sheet, RowSink sink, SharedStrings strings, boolean[] dateStyle, boolean date1904,
                     int maxCellChars) {
            this.sheet = sheet;
            this.sink = sink;
            this.strings = strings;
            this.dateStyle = dateStyle;
            this.date1904 = date1904;
            this.maxCellChars = maxCellChars;
            this.maxRowChars = 32L * maxCellChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? nextRow : rowNumber(r);
                    if (row > BrokenCell.MAX_ROW) {
                        throw new BrokenSheet("excel.refused.rowNumber", List.of(sheet, String.valueOf(row)));
                    }
                    nextRow = row + 1;
                    cells.clear();
                    broken.clear();
                    rowChars = 0;
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    column = r == null ? nextColumn : column(r);
                    reference = r == null || column >= 0 ? null : r;
                    nextColumn = column < 0 ? nextColumn : column + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : index(s);
                    value.setLength(0);
                    valueLength = 0;
                }
                // A cell holds its value in <v>, or an inline string in <is>; a cell with both (as POI leaves one
                // whose inline string was overwritten) is read by its type, as Excel reads it.
                case "v" -> collecting = !"inlineStr".equals(type);
                case "is" -> inInline = "inlineStr".equals(type);
                case "t" -> collecting = inInline;
                default -> {
                }
            }
        }

        /** The row number; a refusal when it is not one. */
        private int rowNumber(String r) {
            String digits = r.strip();
            if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                    || Integer.parseInt(digits) < 1) {
                String shown = digits.length() > 20 ? digits.substring(0, 20) + "…" : digits;
                throw new BrokenSheet("excel.refused.rowNumber", List.of(sheet, shown));
            }
            return Integer.parseInt(digits);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInline = false;
                case "c" -> cell();
                case "row" -> {
                    boolean any = !broken.isEmpty();
                    for (int i = 0; i < cells.size() && !any; i++) {
                        String c = cells.get(i);
                        any = c != null && !c.isBlank();
                    }
                    if (any) {
                        sink.row(row, cells.toArray(new String[0]), List.copyOf(broken));
                    }
                }
                default -> {
                }
            }
        }

        private void cell() {
            String ref = column >= 0 ? columnName(column) + row : shorten(reference);
            if (column < 0 || column > BrokenCell.MAX_COLUMN) {
                broken.add(new BrokenCell(ref, -1, false, "excel.broken.column", List.of(ref)));
                return;
            }
            if (style < 0) {
                broken.add(new BrokenCell(ref, column, false, "excel.broken.style", List.of()));
                return;
            }
            if (valueLength > maxCellChars) {
                broken.add(new BrokenCell(ref, column, true, "excel.limit.cellChars",
                        List.of(Long.toString(valueLength), Integer.toString(maxCellChars))));
                return;
            }
            String text;
            try {
                text = text();
            } catch (BrokenValue e) {
                broken.add(new BrokenCell(ref, column, e.limit, e.key, e.arguments));
                return;
            }
            if (text == null) {
                return;
            }
            rowChars += text.length();
            if (rowChars > maxRowChars) {
                broken.add(new BrokenCell(ref, column, true, "excel.limit.rowChars",
                        List.of(Long.toString(maxRowChars), Integer.toString(maxCellChars))));
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, text);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                valueLength += length;
                if (valueLength <= maxCellChars) {
                    value.append(ch, start, length);
                }
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
                if (!Double.isFinite(d)) {
                    return v.strip(); // NaN, 1e999: the text as written, which no number column accepts
                }
                if (style < dateStyle.length && dateStyle[style] && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
                }
                return plain(d);
            }
            return switch (type) {
                case "s" -> {
                    int i = index(v);
                    if (i < 0 || i >= strings.size()) {
                        String shown = shorten(v.strip());
                        throw new BrokenValue(false, "excel.broken.sharedString",
                                List.of(shown, Integer.toString(strings.size())));
                    }
                    String s = strings.get(i);
                    if (s == null) {
                        throw new BrokenValue(true, "excel.limit.cellChars",
                                List.of(Long.toString(strings.length(i)), Integer.toString(maxCellChars)));
                    }
                    yield s;
                }
                case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
                default -> v; // inlineStr, str (a formula's text result), e (an error such as #N/A)
            };
        }
    }

    /** A cell value that cannot be taken: becomes a {@link BrokenCell}. */
    private static final class BrokenValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean limit;
        final String key;
        final List<String> arguments;

        BrokenValue(boolean limit, String key, List<String> arguments) {
            super(key, null, false, false);
            this.limit = limit;
            this.key = key;
            this.arguments = arguments;
        }
    }

    /** A non-negative index written in an attribute or a value; -1 when it is not one. */
    static int index(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    /** At most 20 characters of a value as written, for a message. */
    static String shorten(String text) {
        return text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    /** The letters of a 0-based column: 0 is A, 16383 is XFD. */
    static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.append((char) ('A' + (c - 1) % 26));
        }
        return b.reverse().toString();
    }

    /**
     * The shared strings, each kept as text unless longer than the cell limit (then only its length is kept).
     */
    static final class SharedStrings {
        private final List<String> strings = new ArrayList<>();
        private final java.util.Map<Integer, Long> tooLong = new java.util.HashMap<>();

        void add(String text, long length) {
            if (text == null) {
                tooLong.put(strings.size(), length);
            }
            strings.add(text);
        }

        int size() {
            return strings.size();
        }

        String get(int i) {
            return strings.get(i);
        }

        long length(int i) {
            return tooLong.getOrDefault(i, 0L);
        }
    }
}
