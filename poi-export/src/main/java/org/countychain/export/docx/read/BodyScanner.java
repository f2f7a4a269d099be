package org.countychain.export.docx.read;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code document.xml} into raw blocks in document order: body paragraphs with their text (inserted text
 * kept, deleted text left out, as Word shows a document with changes accepted), style, numbering label, boldness,
 * alignment and pictures; and tables with merged cells resolved. Content controls, custom XML and smart tags are
 * looked into; the fallback branch of alternate content is skipped so nothing is read twice.
 */
final class BodyScanner {
    /** A picture or chart in a paragraph. */
    record Drawing(@Nullable String name, @Nullable String description, @Nullable String imageRel, boolean chart, boolean embeddedObject) {
    }

    /**
     * A footnote or endnote reference: the note's number in the document (the text says {@code [注n]} where it
     * was), whether it is an endnote, and its id in the notes part.
     */
    record Note(int number, boolean endnote, @Nullable String id) {
    }

    /** A body paragraph. */
    static final class Para {
        int index;
        int page;
        String text = "";
        @Nullable String styleId;
        int outline = -1;
        String numLabel = "";
        boolean bold;
        boolean centred;
        final List<Drawing> drawings = new ArrayList<>();
        final List<String> comments = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        /** Whether nothing follows a page break at its end: the next block is at the top of a page. */
        boolean endsWithPageBreak;
    }

    /** A body table; rows all as wide as the widest. */
    static final class Tbl {
        int index;
        int page;
        @Nullable String caption;
        List<List<String>> rows = new ArrayList<>();
        int narrowest;
        int widest;
        /** How many rows at the top form the header: marked as repeated header rows, or merged as a two-row header. */
        int headerRows = 1;
        final List<Note> notes = new ArrayList<>();
    }

    private final XMLStreamReader r;
    private final String source;
    private final String part;
    private final Styles styles;
    private final Numbering numbering;
    private final long maxTextChars;
    final List<Object> blocks = new ArrayList<>();
    int insertions;
    int deletions;
    private int paragraphs;
    private int tables;
    private int page = 1;
    private long chars;
    /**
     * Whether the document records where Word last broke its pages ({@code w:lastRenderedPageBreak}); those then
     * give the page, as every page start of the last layout is marked, explicit breaks included.
     */
    private final boolean renderedBreaks;
    /** For each section in document order, whether it starts on the same page ({@code continuous}). */
    private final List<Boolean> continuousSections;
    private int sectionBreaks;
    private boolean pageBreakPending;
    private boolean atPageTop = true;
    private int noteNumber;
    private List<Note> notes = new ArrayList<>();

    private BodyScanner(byte[] xml, XMLStreamReader r, String source, String part, Styles styles,
                        Numbering numbering, long maxTextChars) {
        this.r = r;
        this.source = source;
        this.part = part;
        this.styles = styles;
        this.numbering = numbering;
        this.maxTextChars = maxTextChars;
        String ascii = new String(xml, java.nio.charset.StandardCharsets.ISO_8859_1);
        this.renderedBreaks = ascii.contains("lastRenderedPageBreak");
        this.continuousSections = sections(ascii);
    }

    /**
     * Whether each section starts on the same page, from the {@code w:type} of the section properties in document
     * order (a section's own properties say how it starts; without a type it starts a new page).
     */
    static List<Boolean> sections(String xml) {
        List<Boolean> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = xml.indexOf("sectPr", from);
            if (i < 0) {
                return out;
            }
            int tagStart = xml.lastIndexOf('<', i);
            int tagEnd = xml.indexOf('>', i);
            if (tagStart < 0 || tagEnd < 0 || xml.charAt(tagStart + 1) == '/' || !xml.startsWith("sectPr", i)
                    || (xml.charAt(i - 1) != '<' && xml.charAt(i - 1) != ':')) {
                from = i + 6;
                continue;
            }
            int end = xml.charAt(tagEnd - 1) == '/' ? tagEnd : xml.indexOf("sectPr", tagEnd);
            end = end < 0 ? xml.length() : end;
            String body = xml.substring(tagEnd, end);
            out.add(body.contains("\"continuous\"") || body.contains("'continuous'"));
            from = end + 6;
        }
    }

    /** Starts a new page: by an explicit break, or at the start of a section that starts one. */
    private void explicitPageBreak() {
        if (!renderedBreaks) {
            page++;
            atPageTop = true;
        }
    }

    static BodyScanner scan(byte[] xml, String source, String part, Styles styles, Numbering numbering,
                            long maxTextChars) throws XMLStreamException {
        BodyScanner s = new BodyScanner(xml, SafeXml.reader(xml, source, part), source, part, styles, numbering,
                maxTextChars);
        s.body();
        return s;
    }

    private int next() throws XMLStreamException {
        return SafeXml.next(r, source, part);
    }

    private void body() throws XMLStreamException {
        while (r.hasNext()) {
            int event = next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "p" -> {
                    startBlock();
                    Para p = paragraph(true);
                    p.notes.addAll(takeNotes());
                    if (!p.endsWithPageBreak && (!p.text.isBlank() || !p.drawings.isEmpty())) {
                        atPageTop = false;
                    }
                    blocks.add(p);
                }
                case "tbl" -> {
                    startBlock();
                    Tbl t = new Tbl();
                    t.index = ++tables;
                    t.page = page;
                    table(t.rows, t);
                    normalise(t);
                    t.notes.addAll(takeNotes());
                    atPageTop = false;
                    blocks.add(t);
                }
                case "sectPr", "sdtPr", "Fallback", "background" -> skip();
                default -> {
                    // body, sdt, sdtContent, customXml, ins around blocks: look inside.
                }
            }
        }
    }

    /** A block starts: after a section break that starts a new page, on the next page. */
    private void startBlock() {
        if (pageBreakPending) {
            pageBreakPending = false;
            explicitPageBreak();
        }
    }

    private List<Note> takeNotes() {
        List<Note> taken = notes;
        notes = new ArrayList<>();
        return taken;
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private Para paragraph(boolean body) throws XMLStreamException {
        Para p = new Para();
        if (body) {
            p.index = ++paragraphs;
        }
        p.page = page;
        StringBuilder text = new StringBuilder();
        String numId = null;
        int ilvl = 0;
        boolean explicitNumbering = false;
        Boolean breakBefore = null;
        int brokeAt = -1;
        boolean endsSection = false;
        int boldChars = 0;
        int plainChars = 0;
        boolean runBold = false;
        boolean inPPr = false;
        boolean inRun = false;
        boolean inRunProps = false;
        int deleted = 0;
        String drawingName = null;
        String drawingDescr = null;
        String imageRel = null;
        boolean chart = false;
        boolean object = false;
        boolean inDrawing = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                switch (r.getLocalName()) {
                    case "pPr" -> inPPr = false;
                    case "rPr" -> inRunProps = false;
                    case "r" -> inRun = false;
                    case "del", "moveFrom" -> deleted--;
                    case "drawing", "pict", "object" -> {
                        if (inDrawing && depth >= 1) {
                            p.drawings.add(new Drawing(drawingName, drawingDescr, imageRel, chart, object));
                            inDrawing = false;
                        }
                    }
                    case "p" -> {
                        if (depth > 0) {
                            text.append('\n');
                        }
                    }
                    default -> {
                        // Nothing to close.
                    }
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = r.getLocalName();
            switch (name) {
                case "pPr" -> inPPr = depth == 2;
                case "pStyle" -> {
                    if (inPPr) {
                        p.styleId = Docx.attr(r, "val");
                    }
                }
                case "sectPr" -> {
                    endsSection = inPPr;
                    skip();
                    depth--;
                }
                case "numId" -> {
                    if (inPPr) {
                        numId = Docx.attr(r, "val");
                        explicitNumbering = true;
                    }
                }
                case "ilvl" -> {
                    if (inPPr) {
                        ilvl = Docx.intAttr(r, "val", 0);
                    }
                }
                case "outlineLvl" -> {
                    if (inPPr) {
                        p.outline = Docx.intAttr(r, "val", 9);
                    }
                }
                case "jc" -> {
                    if (inPPr) {
                        p.centred = "center".equals(Docx.attr(r, "val"));
                    }
                }
                case "pageBreakBefore" -> {
                    if (inPPr) {
                        breakBefore = Docx.isOn(Docx.attr(r, "val"), true);
                    }
                }
                case "r" -> {
                    if (breakBefore == null) {
                        breakBefore = styles.pageBreakBefore(p.styleId);
                    }
                    if (breakBefore && p.index > 1 && !atPageTop) {
                        explicitPageBreak();
                        p.page = page;
                    }
                    breakBefore = false;
                    inRun = true;
                    runBold = styles.bold(p.styleId);
                }
                case "rPr" -> inRunProps = inRun;
                case "b" -> {
                    if (inRunProps) {
                        runBold = Docx.isOn(Docx.attr(r, "val"), true);
                    }
                }
                case "t" -> {
                    String t = r.getElementText();
                    depth--;
                    if (deleted > 0) {
                        break;
                    }
                    count(t.length());
                    text.append(t);
                    int visible = t.strip().length();
                    if (runBold) {
                        boldChars += visible;
                    } else {
                        plainChars += visible;
                    }
                }
                case "delText", "instrText", "delInstrText" -> {
                    r.getElementText();
                    depth--;
                }
                case "ins", "moveTo" -> insertions++;
                case "del", "moveFrom" -> {
                    deleted++;
                    deletions++;
                }
                case "tab" -> {
                    if (inRun && deleted == 0) {
                        text.append('\t');
                    }
                }
                case "br" -> {
                    if (inRun && deleted == 0) {
                        if ("page".equals(Docx.attr(r, "type"))) {
                            explicitPageBreak();
                            brokeAt = text.length();
                        } else {
                            text.append('\n');
                        }
                    }
                }
                case "cr" -> {
                    if (inRun && deleted == 0) {
                        text.append('\n');
                    }
                }
                case "noBreakHyphen" -> text.append('-');
                case "lastRenderedPageBreak" -> {
                    if (p.index != 1 || !text.isEmpty()) {
                        page++;
                        if (text.isEmpty()) {
                            // The paragraph begins the page.
                            p.page = page;
                        }
                    }
                }
                case "footnoteReference", "endnoteReference" -> {
                    if (deleted == 0) {
                        Note note = new Note(++noteNumber, name.equals("endnoteReference"), Docx.attr(r, "id"));
                        notes.add(note);
                        text.append("[注").append(note.number()).append(']');
                    }
                }
                case "drawing", "pict", "object" -> {
                    if (!inDrawing) {
                        inDrawing = true;
                        drawingName = null;
                        drawingDescr = null;
                        imageRel = null;
                        chart = false;
                        object = name.equals("object");
                    }
                }
                case "docPr" -> {
                    drawingName = r.getAttributeValue(null, "name");
                    drawingDescr = r.getAttributeValue(null, "descr");
                }
                case "blip" -> imageRel = imageRel != null ? imageRel : Docx.relAttr(r, "embed");
                case "imagedata" -> imageRel = imageRel != null ? imageRel : Docx.relAttr(r, "id");
                case "chart" -> chart = chart || Docx.relAttr(r, "id") != null;
                case "OLEObject" -> object = true;
                case "commentReference" -> p.comments.add(Docx.attr(r, "id"));
                case "Fallback", "rPrChange", "pPrChange", "tblPr" -> {
                    skip();
                    depth--;
                }
                default -> {
                    // Runs' other properties, hyperlinks, smart tags, fields' results: looked into.
                }
            }
        }
        if (breakBefore == null) {
            breakBefore = styles.pageBreakBefore(p.styleId);
        }
        if (breakBefore && p.index > 1 && !atPageTop) {
            // A paragraph without runs that starts a page.
            explicitPageBreak();
            p.page = page;
        }
        p.endsWithPageBreak = brokeAt >= 0 && text.substring(brokeAt).isBlank();
        if (endsSection) {
            // The next section starts a page unless its properties say continuous.
            int next = ++sectionBreaks;
            pageBreakPending = next >= continuousSections.size() || !continuousSections.get(next);
        }
        if (!explicitNumbering) {
            String[] styleNumbering = styles.numbering(p.styleId);
            if (styleNumbering != null) {
                numId = styleNumbering[0];
                ilvl = Integer.parseInt(styleNumbering[1]);
            }
        }
        if (numId != null) {
            p.numLabel = numbering.next(numId, ilvl);
        }
        p.text = text.toString();
        p.bold = boldChars > 0 && plainChars == 0;
        return p;
    }

    private void count(int n) {
        chars += n;
        if (chars > maxTextChars) {
            throw DocxParts.refused(WordErrorCode.WORD_TOO_LARGE, source, part,
                    "more than " + maxTextChars + " characters of text");
        }
    }

    /** Reads a table's rows, resolving merged cells; called at the table's start element. */
    private void table(List<List<String>> rows, @Nullable Tbl info) throws XMLStreamException {
        List<String> row = null;
        List<int[]> spans = new ArrayList<>();
        List<List<int[]>> rowSpans = new ArrayList<>();
        List<Boolean> markedHeader = new ArrayList<>();
        boolean headerRow = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (r.getLocalName().equals("tr") && row != null) {
                    rows.add(row);
                    rowSpans.add(spans);
                    markedHeader.add(headerRow);
                    row = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (r.getLocalName()) {
                case "tblCaption" -> {
                    if (info != null) {
                        info.caption = Docx.attr(r, "val");
                    }
                }
                case "tr" -> {
                    row = new ArrayList<>();
                    spans = new ArrayList<>();
                    headerRow = false;
                }
                case "tblHeader" -> headerRow = row != null && Docx.isOn(Docx.attr(r, "val"), true);
                case "gridBefore" -> {
                    if (row != null) {
                        int n = Math.min(Docx.intAttr(r, "val", 0), 64);
                        for (int i = 0; i < n; i++) {
                            row.add("");
                            spans.add(new int[] {1, 0});
                        }
                    }
                }
                case "tc" -> {
                    int[] span = {1, 0};
                    String text = cell(span);
                    depth--;
                    if (row != null) {
                        row.add(text);
                        spans.add(span);
                    }
                }
                case "tblGrid", "tblPrEx" -> {
                    skip();
                    depth--;
                }
                default -> {
                    // Row-level content controls and the like: looked into.
                }
            }
        }
        if (info != null) {
            info.headerRows = headerRows(rowSpans, markedHeader);
        }
        // Expand spans: a cell merged across columns repeats its text; a cell merged down repeats the one above.
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            List<int[]> sp = rowSpans.get(i);
            List<String> grid = new ArrayList<>();
            List<Boolean> continued = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                int width = Math.max(1, Math.min(sp.get(c)[0], 64));
                for (int k = 0; k < width; k++) {
                    grid.add(cells.get(c));
                    continued.add(sp.get(c)[1] == 2);
                }
            }
            for (int c = 0; c < grid.size(); c++) {
                if (continued.get(c) && i > 0 && c < rows.get(i - 1).size()) {
                    grid.set(c, rows.get(i - 1).get(c));
                }
            }
            rows.set(i, grid);
        }
    }

    /**
     * How many rows at the top are the header: the rows marked to repeat as header rows, or a header of two or three
     * rows recognised by its merges (a cell of the first row spans columns, and cells of the next row continue
     * cells merged down from it: 序号 and 名称 over two rows beside 研发投入 over 2023年 and 2024年).
     */
    private static int headerRows(List<List<int[]>> spans, List<Boolean> marked) {
        int markedRows = 0;
        while (markedRows < marked.size() && markedRows < 3 && marked.get(markedRows)) {
            markedRows++;
        }
        // A first row of one cell across the table is its title; the header is under it.
        int title = spans.size() > 1 && spans.get(0).size() == 1 && spans.get(0).get(0)[0] > 1 ? 1 : 0;
        int merged = title + 1;
        while (merged < title + 3 && merged + 1 < spans.size()
                && spans.get(merged - 1).stream().anyMatch(s -> s[0] > 1)
                && spans.get(merged).stream().anyMatch(s -> s[1] == 2)) {
            merged++;
        }
        return Math.max(markedRows, merged);
    }

    /** A cell's text, paragraphs joined by line feeds; span[0] its grid span, span[1] 2 when it continues a merge. */
    private String cell(int[] span) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (r.getLocalName()) {
                case "gridSpan" -> span[0] = Docx.intAttr(r, "val", 1);
                case "hMerge" -> {
                    if (!"restart".equals(Docx.attr(r, "val"))) {
                        span[0] = 0;
                    }
                }
                case "vMerge" -> {
                    if (!"restart".equals(Docx.attr(r, "val"))) {
                        span[1] = 2;
                    }
                }
                case "p" -> {
                    Para p = paragraph(false);
                    depth--;
                    String label = p.numLabel.isEmpty() ? "" : p.numLabel;
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(label).append(p.text);
                }
                case "tbl" -> {
                    List<List<String>> nested = new ArrayList<>();
                    table(nested, null);
                    depth--;
                    for (List<String> row : nested) {
                        if (sb.length() > 0) {
                            sb.append('\n');
                        }
                        sb.append(String.join("\t", row));
                    }
                }
                default -> {
                    // Cell properties and content controls: looked into.
                }
            }
        }
        return sb.toString().strip();
    }

    private static void normalise(Tbl t) {
        t.rows.removeIf(row -> row.isEmpty());
        int widest = t.rows.stream().mapToInt(List::size).max().orElse(0);
        int narrowest = t.rows.stream().mapToInt(List::size).min().orElse(0);
        t.widest = widest;
        t.narrowest = narrowest;
        for (List<String> row : t.rows) {
            while (row.size() < widest) {
                row.add("");
            }
        }
    }
}
