package org.countychain.export.excel.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.jspecify.annotations.Nullable;
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
 * Excel, LibreOffice and POI write) are read by {@link SheetScanner}, which looks at the
 * few elements and attributes that matter and steps over the rest, rather than by an XML parser.
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
        // Transient, as CountyChainException's arguments are: a List is not Serializable, and this exception is
        // turned into the library's own before it leaves the importer.
        private final transient List<String> arguments;

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
        @Nullable RowSink begin(SheetInfo sheet);

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
        return readSheets(pkg, maxCellChars, visitor, true, RowPipe.worthwhile());
    }

    /** As {@link #readSheets(OPCPackage, int, SheetVisitor)}; {@code scanner} false reads sheets with the JDK's parser. */
    static List<SheetInfo> readSheets(OPCPackage pkg, int maxCellChars, SheetVisitor visitor, boolean scanner)
            throws IOException, OpenXML4JException, SAXException {
        return readSheets(pkg, maxCellChars, visitor, scanner, RowPipe.worthwhile());
    }

    /**
     * As {@link #readSheets(OPCPackage, int, SheetVisitor, boolean)}; {@code pipelined} true scans a sheet on a
     * second thread ({@link RowPipe}) while this one takes its rows, and inflates the sheet and the shared strings
     * on a third ({@link ReadAhead}) (only with the scanner).
     */
    static List<SheetInfo> readSheets(OPCPackage pkg, int maxCellChars, SheetVisitor visitor, boolean scanner,
                                      boolean pipelined)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        try (SharedStringTable strings = new SharedStringTable()) {
            readSharedStrings(pkg, maxCellChars, strings, pipelined);
            return readSheets(reader, strings, maxCellChars, visitor, scanner, pipelined);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the shared strings' temporary file
        }
    }

    private static List<SheetInfo> readSheets(XSSFReader reader, SharedStringTable strings, int maxCellChars,
                                              SheetVisitor visitor, boolean scanner, boolean pipelined)
            throws IOException, OpenXML4JException, SAXException {
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
                BufferedInputStream in = new BufferedInputStream(sheet, 1 << 16);
                try {
                    if (scanner && SheetScanner.isUtf8(in)) {
                        if (pipelined) {
                            // three threads: inflating (ReadAhead), scanning, and the caller's checking the rows
                            RowPipe.read(rows -> {
                                try (ReadAhead inflated = new ReadAhead(in)) {
                                    SheetScanner.scan(inflated, new SheetHandler(name, rows, strings, dateStyle,
                                            workbook.date1904(), maxCellChars));
                                }
                            }, sink);
                        } else {
                            SheetScanner.scan(in, new SheetHandler(name, sink, strings, dateStyle,
                                    workbook.date1904(), maxCellChars));
                        }
                    } else {
                        SheetHandler handler = new SheetHandler(name, sink, strings, dateStyle, workbook.date1904(),
                                maxCellChars);
                        XMLReader parser = parser();
                        parser.setContentHandler(SheetScanner.handler(handler));
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
    private static void readSharedStrings(OPCPackage pkg, int maxChars, SharedStringTable out, boolean readAhead)
            throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (parts.isEmpty()) {
            return;
        }
        try (BufferedInputStream in = new BufferedInputStream(parts.get(0).getInputStream(), 1 << 16)) {
            SheetScanner.Receiver handler = new SheetScanner.Receiver() {
                private final StringBuilder text = new StringBuilder();
                private long length;
                private boolean inT;
                private int phonetic;

                @Override
                public void start(int kind, SheetScanner.CellAttributes attributes) {
                    switch (kind) {
                        case SheetScanner.STRING_ITEM -> {
                            text.setLength(0);
                            length = 0;
                        }
                        case SheetScanner.PHONETIC -> phonetic++;
                        case SheetScanner.TEXT -> inT = phonetic == 0;
                        default -> {
                        }
                    }
                }

                @Override
                public void end(int kind) {
                    switch (kind) {
                        case SheetScanner.STRING_ITEM -> out.add(length > maxChars ? null : text.toString(), length);
                        case SheetScanner.PHONETIC -> phonetic--;
                        case SheetScanner.TEXT -> inT = false;
                        default -> {
                        }
                    }
                }

                @Override
                public boolean collecting() {
                    return inT;
                }

                @Override
                public void text(char[] ch, int start, int n) {
                    length += n;
                    if (length <= maxChars) {
                        text.append(ch, start, n);
                    }
                }
            };
            if (SheetScanner.isUtf8(in)) {
                if (readAhead) {
                    try (ReadAhead inflated = new ReadAhead(in)) { // inflated on another thread while scanned here
                        SheetScanner.scan(inflated, handler);
                    }
                } else {
                    SheetScanner.scan(in, handler);
                }
            } else {
                XMLReader p = parser();
                p.setContentHandler(SheetScanner.handler(handler));
                p.parse(new InputSource(in));
            }
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

    /**
     * Column index of a cell reference such as {@code AB12}: 27; -1 when the reference has no letters, more than
     * three, or anything but digits after them.
     */
    static int column(String ref) {
        return column(ref.toCharArray(), 0, ref.length());
    }

    static int column(char[] ref, int start, int length) {
        int col = 0;
        int letters = 0;
        int i = start;
        int end = start + length;
        for (; i < end; i++) {
            char c = ref[i];
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
        for (int j = i; j < end; j++) {
            char c = ref[j];
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return letters == 0 ? -1 : col - 1;
    }

    private static final int NUMBER = 0;
    private static final int SHARED = 1;
    private static final int BOOL = 2;
    private static final int INLINE = 3;
    private static final int OTHER = 4;
    private static final int R = SheetScanner.CellAttributes.R;
    private static final int T = SheetScanner.CellAttributes.T;
    private static final int S = SheetScanner.CellAttributes.S;
    /** Excel's serial day 25569 is 1970-01-01 in the 1900 date system (from day 61 on, past its 29 Feb 1900). */
    private static final int EPOCH_1900 = 25_569;
    /** Serial day 0 is 1904-01-01 in the 1904 date system. */
    private static final long EPOCH_1904 = -24_107;
    /** Serial day 2958465 is 9999-12-31, the last day Excel shows. */
    private static final long LAST_SERIAL_DAY = 2_958_465;

    /** Collects one row's cells and hands the row on. */
    private static final class SheetHandler implements SheetScanner.Receiver {
        private final String sheet;
        private final RowSink sink;
        private final SharedStringTable strings;
        private final boolean[] dateStyle;
        private final boolean date1904;
        private final int maxCellChars;
        private final long maxRowChars;
        private @Nullable String[] cells = new String[32];
        private int cellCount;
        private final List<BrokenCell> broken = new ArrayList<>();
        private char[] value = new char[64];
        private int valueUsed;
        private long valueLength;
        private long rowChars;
        private int row;
        private int nextRow = 1;
        private int column;
        private int nextColumn;
        /** The cell's own reference when it has one and no column could be read from it. */
        private @Nullable String reference;
        private int type;
        private int style;
        private boolean collecting;
        private boolean inInline;

        SheetHandler(String sheet, RowSink sink, SharedStringTable strings, boolean[] dateStyle, boolean date1904,
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
        public void start(int kind, SheetScanner.CellAttributes atts) {
            switch (kind) {
                case SheetScanner.ROW -> {
                    row = atts.has(R) ? rowNumber(atts.chars(R), atts.length(R)) : nextRow;
                    if (row > BrokenCell.MAX_ROW) {
                        throw new BrokenSheet("excel.refused.rowNumber", List.of(sheet, String.valueOf(row)));
                    }
                    nextRow = row + 1;
                    Arrays.fill(cells, 0, cellCount, null);
                    cellCount = 0;
                    broken.clear();
                    rowChars = 0;
                    nextColumn = 0;
                }
                case SheetScanner.CELL -> {
                    boolean r = atts.has(R);
                    column = r ? column(atts.chars(R), 0, atts.length(R)) : nextColumn;
                    reference = !r || column >= 0 ? null : atts.value(R);
                    nextColumn = column < 0 ? nextColumn : column + 1;
                    type = atts.has(T) ? typeOf(atts) : NUMBER;
                    style = atts.has(S) ? index(atts.chars(S), 0, atts.length(S)) : 0;
                    valueUsed = 0;
                    valueLength = 0;
                }
                // A cell holds its value in <v>, or an inline string in <is>; a cell with both (as POI leaves one
                // whose inline string was overwritten) is read by its type, as Excel reads it.
                case SheetScanner.VALUE -> collecting = type != INLINE;
                case SheetScanner.INLINE_STRING -> inInline = type == INLINE;
                case SheetScanner.TEXT -> collecting = inInline;
                default -> {
                }
            }
        }

        private static int typeOf(SheetScanner.CellAttributes atts) {
            if (atts.is(T, "s")) {
                return SHARED;
            } else if (atts.is(T, "n")) {
                return NUMBER;
            } else if (atts.is(T, "inlineStr")) {
                return INLINE;
            } else if (atts.is(T, "b")) {
                return BOOL;
            }
            return OTHER; // str (a formula's text result), e (an error such as #N/A), anything else: as written
        }

        /** The row number; a refusal when it is not one. */
        private int rowNumber(char[] r, int length) {
            if (length > 0 && length <= 9) {
                int v = 0;
                int i = 0;
                for (; i < length && r[i] >= '0' && r[i] <= '9'; i++) {
                    v = v * 10 + (r[i] - '0');
                }
                if (i == length && v >= 1) {
                    return v; // digits only: the usual case
                }
            }
            return rowNumber(new String(r, 0, length));
        }

        /** The row number; a refusal when it is not one. */
        private int rowNumber(String r) {
            String digits = r.strip();
            if (digits.isEmpty() || digits.length() > 9 || !allDigits(digits) || Integer.parseInt(digits) < 1) {
                String shown = digits.length() > 20 ? digits.substring(0, 20) + "…" : digits;
                throw new BrokenSheet("excel.refused.rowNumber", List.of(sheet, shown));
            }
            return Integer.parseInt(digits);
        }

        private static boolean allDigits(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void end(int kind) {
            switch (kind) {
                case SheetScanner.VALUE, SheetScanner.TEXT -> collecting = false;
                case SheetScanner.INLINE_STRING -> inInline = false;
                case SheetScanner.CELL -> cell();
                case SheetScanner.ROW -> {
                    boolean any = !broken.isEmpty();
                    for (int i = 0; i < cellCount && !any; i++) {
                        String c = cells[i];
                        any = c != null && !c.isBlank();
                    }
                    if (any) {
                        sink.row(row, Arrays.copyOf(cells, cellCount), List.copyOf(broken));
                    }
                }
                default -> {
                }
            }
        }

        private String ref() {
            return column >= 0 ? columnName(column) + row : shorten(reference);
        }

        private void cell() {
            if (column < 0 || column > BrokenCell.MAX_COLUMN) {
                String ref = ref();
                broken.add(new BrokenCell(ref, -1, false, "excel.broken.column", List.of(ref)));
                return;
            }
            if (style < 0) {
                broken.add(new BrokenCell(ref(), column, false, "excel.broken.style", List.of()));
                return;
            }
            if (valueLength > maxCellChars) {
                broken.add(new BrokenCell(ref(), column, true, "excel.limit.cellChars",
                        List.of(Long.toString(valueLength), Integer.toString(maxCellChars))));
                return;
            }
            String text;
            try {
                text = text();
            } catch (BrokenValue e) {
                broken.add(new BrokenCell(ref(), column, e.limit, e.key, e.arguments));
                return;
            }
            if (text == null) {
                return;
            }
            rowChars += text.length();
            if (rowChars > maxRowChars) {
                broken.add(new BrokenCell(ref(), column, true, "excel.limit.rowChars",
                        List.of(Long.toString(maxRowChars), Integer.toString(maxCellChars))));
                return;
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = text;
            cellCount = Math.max(cellCount, column + 1);
        }

        @Override
        public boolean collecting() {
            return collecting;
        }

        @Override
        public void text(char[] ch, int start, int length) {
            valueLength += length;
            if (valueLength <= maxCellChars) {
                if (valueUsed + length > value.length) {
                    value = Arrays.copyOf(value, Math.max(valueUsed + length, value.length * 2));
                }
                System.arraycopy(ch, start, value, valueUsed, length);
                valueUsed += length;
            }
        }

        private @Nullable String text() {
            if (valueUsed == 0) {
                return null;
            }
            return switch (type) {
                case NUMBER -> number();
                case SHARED -> {
                    int i = index(value, 0, valueUsed);
                    if (i < 0 || i >= strings.size()) {
                        String shown = shorten(new String(value, 0, valueUsed).strip());
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
                case BOOL -> valueUsed == 1 && value[0] == '1' ? "TRUE" : "FALSE";
                default -> new String(value, 0, valueUsed); // inlineStr, str, e
            };
        }

        /**
         * A number cell: plain decimal text, or an ISO date under a date format. Whole numbers as Excel and POI
         * write them ({@code 2023.0}, {@code 3.4347E7}) are read from their digits; anything else goes the way of
         * a double.
         */
        private String number() {
            boolean date = style < dateStyle.length && dateStyle[style];
            long whole = wholeNumber(value, valueUsed);
            if (whole >= 0) {
                if (!date) {
                    return Long.toString(whole);
                }
                LocalDate day = serialDay(whole, date1904);
                if (day != null) {
                    return day.toString();
                }
            }
            String v = new String(value, 0, valueUsed);
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return v;
            }
            if (!Double.isFinite(d)) {
                return v.strip(); // NaN, 1e999: the text as written, which no number column accepts
            }
            if (date && DateUtil.isValidExcelDate(d)) {
                return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
            }
            return plain(d);
        }
    }

    /**
     * The day of a whole serial date number, or {@code null} for days left to POI (before 1 March 1900 in the
     * 1900 system, where Excel counts a 29 February, and after 9999).
     */
    static @Nullable LocalDate serialDay(long whole, boolean date1904) {
        if (whole < 0 || whole > LAST_SERIAL_DAY || (!date1904 && whole < 61)) {
            return null;
        }
        return LocalDate.ofEpochDay(whole + (date1904 ? EPOCH_1904 : -EPOCH_1900));
    }

    /**
     * The value of a number written as ASCII digits with an optional fraction and exponent ({@code 2023},
     * {@code 30.0}, {@code 3.4347E7}) when it is a whole number below 10^15 of at most 15 significant digits;
     * -1 for anything else (a sign, a fraction left over, blanks, more digits), which is then read as a double.
     * Such a number is a double exactly, so both ways give the same text.
     */
    static long wholeNumber(char[] c, int n) {
        int i = 0;
        long m = 0;
        int digits = 0;
        int scale = 0;
        boolean any = false;
        while (i < n && c[i] >= '0' && c[i] <= '9') {
            int d = c[i++] - '0';
            if ((m != 0 || d != 0) && ++digits > 15) {
                return -1;
            }
            m = m * 10 + d;
            any = true;
        }
        if (i < n && c[i] == '.') {
            i++;
            while (i < n && c[i] >= '0' && c[i] <= '9') {
                int d = c[i++] - '0';
                if ((m != 0 || d != 0) && ++digits > 15) {
                    return -1;
                }
                m = m * 10 + d;
                scale++;
                any = true;
            }
        }
        if (!any) {
            return -1;
        }
        int exponent = 0;
        if (i < n && (c[i] == 'E' || c[i] == 'e')) {
            i++;
            boolean negative = i < n && c[i] == '-';
            if (i < n && (c[i] == '+' || c[i] == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && c[i] >= '0' && c[i] <= '9') {
                exponent = exponent * 10 + c[i++] - '0';
                if (++exponentDigits > 3) {
                    return -1;
                }
            }
            if (exponentDigits == 0) {
                return -1;
            }
            exponent = negative ? -exponent : exponent;
        }
        if (i != n) {
            return -1;
        }
        if (m == 0) {
            return 0;
        }
        for (int e = exponent - scale; e != 0; e += e < 0 ? 1 : -1) {
            if (e < 0) {
                if (m % 10 != 0) {
                    return -1;
                }
                m /= 10;
            } else {
                m *= 10;
                if (m >= 1_000_000_000_000_000L) {
                    return -1;
                }
            }
        }
        return m < 1_000_000_000_000_000L ? m : -1;
    }

    /** A cell value that cannot be taken: becomes a {@link BrokenCell}. */
    private static final class BrokenValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean limit;
        final String key;
        final transient List<String> arguments;

        BrokenValue(boolean limit, String key, List<String> arguments) {
            super(key, null, false, false);
            this.limit = limit;
            this.key = key;
            this.arguments = arguments;
        }
    }

    /** A non-negative index written in an attribute or a value; -1 when it is not one. */
    static int index(String text) {
        return index(text.toCharArray(), 0, text.length());
    }

    /** As {@link #index(String)}, on characters: blanks around the digits are allowed (as {@code strip()} does). */
    static int index(char[] text, int start, int length) {
        if (length > 0 && length <= 9) {
            int v = 0;
            int i = start;
            for (; i < start + length; i++) {
                char c = text[i];
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (i == start + length) {
                return v; // digits only: the usual case
            }
        }
        int from = start;
        int to = start + length;
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        if (from == to || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** At most 20 characters of a value as written, for a message. */
    static String shorten(@Nullable String text) {
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
}
