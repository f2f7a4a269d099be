package org.countychain.test.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads a .docx back (文档检查器): its outline, tables, figures, page setup and fonts, for tests — the library's own,
 * and integrators' tests of what their application exports. Any .docx can be inspected, not only the library's.
 * Reading is defensive: zip entries and inflated size are limited, XML is read without DTDs or external entities.
 *
 * <pre>{@code
 * InspectedDocument doc = DocxInspector.inspect(Path.of("report.docx"));
 * assertThat(doc.outline()).startsWith("晋江市县域重点产业创新链调研报告", "一、晋江市县域重点产业发展现状");
 * assertThat(doc.tables()).allMatch(InspectedDocument.Table::headerRepeated);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocxInspector {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final long MAX_INFLATED = 512L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final java.util.regex.Pattern HEADER_OR_FOOTER =
            java.util.regex.Pattern.compile("word/(header|footer)[0-9]*\\.xml");

    private DocxInspector() {
    }

    /**
     * Inspects a file.
     *
     * @param file the .docx
     * @return what it holds
     * @throws InvalidInputException  {@link ErrorCode#MALFORMED} when it is not a readable .docx
     * @throws CountyChainIOException when it cannot be read
     */
    public static InspectedDocument inspect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return inspect(in, file.toString());
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
    }

    /**
     * Inspects bytes.
     *
     * @param docx the .docx
     * @return what it holds
     * @throws InvalidInputException {@link ErrorCode#MALFORMED} when it is not a readable .docx
     */
    public static InspectedDocument inspect(byte[] docx) {
        return inspect(new ByteArrayInputStream(docx), "docx");
    }

    /**
     * Inspects a stream.
     *
     * @param in     the .docx; not closed
     * @param source a name for messages
     * @return what it holds
     * @throws InvalidInputException  {@link ErrorCode#MALFORMED} when it is not a readable .docx
     * @throws CountyChainIOException when it cannot be read
     */
    public static InspectedDocument inspect(InputStream in, String source) {
        Map<String, byte[]> parts = new HashMap<>();
        try {
            ZipInputStream zip = new ZipInputStream(in);
            long total = 0;
            int entries = 0;
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw malformed(source, "more than " + MAX_ENTRIES + " zip entries");
                }
                String name = e.getName();
                if (name.equals("word/document.xml") || name.equals("word/styles.xml")
                        || name.equals("word/settings.xml") || HEADER_OR_FOOTER.matcher(name).matches()) {
                    byte[] b = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED - total + 1));
                    total += b.length;
                    parts.put(name, b);
                } else {
                    total += zip.transferTo(OutputStreamSink.INSTANCE);
                }
                if (total > MAX_INFLATED) {
                    throw malformed(source, "inflates to more than " + MAX_INFLATED + " bytes");
                }
            }
        } catch (IOException ex) {
            throw new CountyChainIOException(source, ex);
        }
        byte[] document = parts.get("word/document.xml");
        if (document == null) {
            throw malformed(source, "no word/document.xml");
        }
        try {
            Set<String> fonts = new TreeSet<>();
            boolean evenAndOdd = parts.containsKey("word/settings.xml")
                    && new String(parts.get("word/settings.xml"), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("evenAndOddHeaders");
            Map<String, Integer> levels = new HashMap<>();
            if (parts.containsKey("word/styles.xml")) {
                collectFonts(parts.get("word/styles.xml"), fonts);
                levels = headingLevels(parts.get("word/styles.xml"));
            }
            InspectedDocument body = new Walker(fonts, evenAndOdd, levels).walk(document);
            return new InspectedDocument(body.headings(), body.tables(), body.figures(), body.page(), body.fonts(),
                    body.paragraphs(), texts(parts, "header"), texts(parts, "footer"));
        } catch (XMLStreamException ex) {
            throw malformed(source, String.valueOf(ex.getMessage()));
        }
    }

    /** The text of every header (or footer) part, in part name order, paragraphs joined by a line break. */
    private static List<String> texts(Map<String, byte[]> parts, String kind) throws XMLStreamException {
        List<String> names = parts.keySet().stream().filter(n -> n.startsWith("word/" + kind)).sorted(
                java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            StringBuilder text = new StringBuilder();
            XMLStreamReader r = reader(Objects.requireNonNull(parts.get(name), name));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    if (r.getLocalName().equals("t")) {
                        text.append(r.getElementText());
                    } else if (r.getLocalName().equals("noBreakHyphen")) {
                        text.append('-');
                    } else if (r.getLocalName().equals("p") && text.length() > 0) {
                        text.append('\n');
                    }
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static InvalidInputException malformed(String source, String why) {
        return new InvalidInputException(ErrorCode.MALFORMED, new Location(source, 0, 0, ""),
                java.util.List.of(source, why), null);
    }

    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /**
     * The heading level of each paragraph style: 0 for a title, 1–9 for a heading, found by its outline level
     * (inherited through {@code w:basedOn}) or its name ({@code heading 1}, {@code Title}), so documents whose style
     * ids are not English (Chinese Word names {@code 标题 1} with the id {@code 1}) are read too.
     */
    static Map<String, Integer> headingLevels(byte[] xml) throws XMLStreamException {
        Map<String, String> basedOn = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        XMLStreamReader r = reader(xml);
        String id = null;
        boolean paragraphStyle = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event != XMLStreamConstants.START_ELEMENT || !W.equals(r.getNamespaceURI())) {
                continue;
            }
            switch (r.getLocalName()) {
                case "style" -> {
                    id = r.getAttributeValue(W, "styleId");
                    paragraphStyle = "paragraph".equals(r.getAttributeValue(W, "type"));
                }
                case "name" -> {
                    String name = String.valueOf(r.getAttributeValue(W, "val")).toLowerCase(java.util.Locale.ROOT);
                    if (paragraphStyle && id != null) {
                        if (name.equals("title")) {
                            own.put(id, 0);
                        } else if (name.matches("heading [1-9]")) {
                            own.put(id, name.charAt(name.length() - 1) - '0');
                        }
                    }
                }
                case "basedOn" -> {
                    if (id != null) {
                        basedOn.put(id, r.getAttributeValue(W, "val"));
                    }
                }
                case "outlineLvl" -> {
                    String v = r.getAttributeValue(W, "val");
                    if (paragraphStyle && id != null && v != null && v.matches("[0-8]") && !own.containsKey(id)) {
                        own.put(id, Integer.parseInt(v) + 1);
                    }
                }
                default -> {
                    // Not needed.
                }
            }
        }
        Map<String, Integer> levels = new HashMap<>();
        for (String style : basedOn.keySet()) {
            String s = style;
            for (int depth = 0; s != null && depth < 20; depth++, s = basedOn.get(s)) {
                if (own.containsKey(s)) {
                    levels.put(style, own.get(s));
                    break;
                }
            }
        }
        levels.putAll(own);
        return levels;
    }

    private static void collectFonts(byte[] xml, Set<String> fonts) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && "rFonts".equals(r.getLocalName())) {
                addFonts(r, fonts);
            }
        }
    }

    private static void addFonts(XMLStreamReader r, Set<String> fonts) {
        for (String a : new String[] {"ascii", "hAnsi", "eastAsia", "cs"}) {
            String v = r.getAttributeValue(W, a);
            if (v != null && !v.isEmpty()) {
                fonts.add(v);
            }
        }
    }

    /** Walks document.xml once. */
    private static final class Walker {
        private final Set<String> fonts;
        private final boolean evenAndOdd;
        private final List<InspectedDocument.Heading> headings = new ArrayList<>();
        private final List<InspectedDocument.Table> tables = new ArrayList<>();
        private final List<InspectedDocument.Figure> figures = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private InspectedDocument.Page page = new InspectedDocument.Page(0, 0, 0, 0, 0, 0, 0, 0, false);
        private int tableDepth;
        private @Nullable StringBuilder text;
        private @Nullable String style;
        private InspectedDocument.@Nullable FigureType drawing;
        private InspectedDocument.@Nullable FigureType candidate;
        private @Nullable String pendingCaption;
        // The current (outermost) table.
        private @Nullable List<List<String>> rows;
        private @Nullable List<String> row;
        private @Nullable StringBuilder cell;
        private boolean headerRepeated;
        private boolean allRowsKept;
        private boolean rowKept;
        private int rowIndex;
        private int tableWidth;
        private @Nullable String tableCaption;

        private final Map<String, Integer> levels;
        private int outlineLevel = -1;

        Walker(Set<String> fonts, boolean evenAndOdd, Map<String, Integer> levels) {
            this.fonts = fonts;
            this.evenAndOdd = evenAndOdd;
            this.levels = levels;
        }

        InspectedDocument walk(byte[] xml) throws XMLStreamException {
            XMLStreamReader r = reader(xml);
            int footers = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!W.equals(r.getNamespaceURI())) {
                        if ("graphicData".equals(r.getLocalName())) {
                            String uri = String.valueOf(r.getAttributeValue(null, "uri"));
                            drawing = uri.endsWith("/chart") ? InspectedDocument.FigureType.CHART
                                    : InspectedDocument.FigureType.PICTURE;
                        }
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "p" -> {
                            text = new StringBuilder();
                            style = null;
                            outlineLevel = -1;
                        }
                        case "outlineLvl" -> {
                            String v = r.getAttributeValue(W, "val");
                            if (text != null && v != null && v.matches("[0-9]")) {
                                outlineLevel = Integer.parseInt(v);
                            }
                        }
                        case "pStyle" -> style = r.getAttributeValue(W, "val");
                        case "t" -> {
                            if (text != null) {
                                text.append(r.getElementText());
                            }
                        }
                        case "tab" -> append("\t");
                        case "noBreakHyphen" -> append("-");
                        case "br" -> {
                            if (!"page".equals(r.getAttributeValue(W, "type"))) {
                                append("\n");
                            }
                        }
                        case "rFonts" -> addFonts(r, fonts);
                        case "tbl" -> startTable();
                        case "tblW" -> {
                            if (tableDepth == 1 && "dxa".equals(r.getAttributeValue(W, "type"))) {
                                tableWidth = Integer.parseInt(r.getAttributeValue(W, "w"));
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1) {
                                row = new ArrayList<>();
                                rowKept = false;
                            }
                        }
                        case "tblHeader" -> {
                            if (tableDepth == 1 && rowIndex == 0 && !"0".equals(r.getAttributeValue(W, "val"))
                                    && !"false".equals(r.getAttributeValue(W, "val"))) {
                                headerRepeated = true;
                            }
                        }
                        case "cantSplit" -> {
                            if (tableDepth == 1 && !"0".equals(r.getAttributeValue(W, "val"))) {
                                rowKept = true;
                            }
                        }
                        case "tc" -> {
                            if (tableDepth == 1) {
                                cell = new StringBuilder();
                            }
                        }
                        case "pgSz" -> page = new InspectedDocument.Page(mm(r, "w"), mm(r, "h"), page.topMm(),
                                page.bottomMm(), page.leftMm(), page.rightMm(), page.linePitchTwips(), page.footers(),
                                evenAndOdd);
                        case "pgMar" -> page = new InspectedDocument.Page(page.widthMm(), page.heightMm(),
                                mm(r, "top"), mm(r, "bottom"), mm(r, "left"), mm(r, "right"), page.linePitchTwips(),
                                page.footers(), evenAndOdd);
                        case "docGrid" -> {
                            String pitch = r.getAttributeValue(W, "linePitch");
                            page = new InspectedDocument.Page(page.widthMm(), page.heightMm(), page.topMm(),
                                    page.bottomMm(), page.leftMm(), page.rightMm(),
                                    pitch == null ? 0 : Integer.parseInt(pitch), page.footers(), evenAndOdd);
                        }
                        case "footerReference" -> footers++;
                        default -> {
                            // Not needed for the inspection.
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "p" -> endParagraph();
                        case "tc" -> {
                            if (tableDepth == 1 && cell != null && row != null) {
                                row.add(cell.toString());
                                cell = null;
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1 && rows != null && row != null) {
                                rows.add(row);
                                allRowsKept &= rowKept;
                                rowIndex++;
                            }
                        }
                        case "tbl" -> endTable();
                        default -> {
                            // Nothing to do.
                        }
                    }
                }
            }
            page = new InspectedDocument.Page(page.widthMm(), page.heightMm(), page.topMm(), page.bottomMm(),
                    page.leftMm(), page.rightMm(), page.linePitchTwips(), footers, evenAndOdd);
            return new InspectedDocument(headings, tables, figures, page, fonts, paragraphs, List.of(), List.of());
        }

        /** The paragraph's heading level: its own outline level (9 is body text), else its style's; -1 for none. */
        private int level(String s) {
            if (outlineLevel >= 0) {
                return outlineLevel >= 9 ? (levels.getOrDefault(s, -1) == 0 ? 0 : -1) : outlineLevel + 1;
            }
            return levels.getOrDefault(s, -1);
        }

        private void append(String s) {
            if (text != null) {
                text.append(s);
            }
        }

        private void startTable() {
            tableDepth++;
            if (tableDepth == 1) {
                rows = new ArrayList<>();
                headerRepeated = false;
                allRowsKept = true;
                rowIndex = 0;
                tableWidth = 0;
                tableCaption = pendingCaption;
                pendingCaption = null;
            }
        }

        private void endTable() {
            List<List<String>> tableRows = rows;
            if (tableDepth == 1 && tableRows != null) {
                tables.add(new InspectedDocument.Table(tableCaption, tableRows, headerRepeated,
                        allRowsKept && !tableRows.isEmpty(), tableWidth));
                candidate = InspectedDocument.FigureType.TABLE_DIAGRAM;
            }
            tableDepth--;
        }

        private void endParagraph() {
            String t = text == null ? "" : text.toString();
            if (tableDepth > 0) {
                if (tableDepth == 1 && cell != null) {
                    cell.append(cell.length() == 0 ? "" : "\n").append(t);
                }
                text = null;
                return;
            }
            paragraphs.add(t);
            String s = style == null ? "Normal" : style;
            if (drawing != null) {
                candidate = drawing;
                drawing = null;
            } else if (level(s) >= 0) {
                headings.add(new InspectedDocument.Heading(level(s), s, t));
                candidate = null;
            } else if ("TableCaption".equals(s)) {
                pendingCaption = t;
            } else if ("Caption".equals(s)) {
                figures.add(new InspectedDocument.Figure(candidate == null ? InspectedDocument.FigureType.PLACEHOLDER
                        : candidate, t));
                candidate = null;
            } else if (!"FigureText".equals(s) && !"Figure".equals(s)) {
                // A centred placeholder paragraph keeps no candidate: a caption after it marks a placeholder.
                candidate = null;
            }
            text = null;
        }

        private static double mm(XMLStreamReader r, String attribute) {
            String v = r.getAttributeValue(W, attribute);
            return v == null ? 0 : Math.round(Integer.parseInt(v) / TWIPS_PER_MM * 10) / 10.0;
        }
    }

    /** Discards bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // Discarded.
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // Discarded.
        }
    }
}
