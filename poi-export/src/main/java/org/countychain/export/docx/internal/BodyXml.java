package org.countychain.export.docx.internal;

import java.util.ArrayList;
import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.export.docx.spi.BodyWriter;
import org.countychain.export.docx.spi.ParagraphFormat;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.docx.style.TextStyle;
import org.jspecify.annotations.Nullable;

/**
 * Writes the body of {@code word/document.xml} as it goes: paragraphs, tables and drawings are streamed to the
 * {@link XmlWriter}, never held. Pictures and charts are registered with the package, which writes their parts
 * after the document.
 */
final class BodyXml implements BodyWriter {
    private final XmlWriter x;
    private final StyleSheet sheet;
    private final PackageParts parts;
    private final boolean directFonts;
    private final String bodyRun;
    private final String tableRun;
    private final String headerRun;
    private final String captionRun;
    private final String figureRun;
    private final String[] headingRuns = new String[4];
    /** A table line's height in its font size: single spacing of a CJK font, with room for the renderer's. */
    private static final double ROW_LINE_HEIGHT = 1.4;
    private final int textWidth;
    private final int textHeight;
    private int drawingId;

    BodyXml(XmlWriter x, StyleSheet sheet, PackageParts parts, boolean directFonts) {
        this.x = x;
        this.sheet = sheet;
        this.parts = parts;
        this.directFonts = directFonts;
        this.bodyRun = run(sheet.body());
        this.tableRun = run(sheet.table());
        this.headerRun = run(sheet.table().withBold(true));
        this.captionRun = run(sheet.caption());
        this.figureRun = run(sheet.figureText());
        TextStyle[] h = {sheet.heading1(), sheet.heading2(), sheet.heading3(), sheet.heading4()};
        for (int i = 0; i < 4; i++) {
            headingRuns[i] = run(h[i]);
        }
        this.textWidth = Units.twips(sheet.page().textWidthMm());
        this.textHeight = Units.twips(sheet.page().textHeightMm());
    }

    /** The run start for a text style: direct fonts on every run unless a reference document's styles rule. */
    private String run(TextStyle s) {
        return directFonts ? "<w:r>" + Parts.runProperties(sheet, s, null) : "<w:r>";
    }

    /** A run start that sets its size even when a reference document's styles rule the fonts. */
    private String sizedRun(TextStyle s) {
        if (directFonts) {
            return run(s);
        }
        int hp = Units.halfPoints(s.sizePt());
        return "<w:r><w:rPr><w:sz w:val=\"" + hp + "\"/><w:szCs w:val=\"" + hp + "\"/></w:rPr>";
    }

    int textWidthTwips() {
        return textWidth;
    }

    // --- paragraphs ---

    void styled(String styleId, String runStart, String text) {
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(styleId).raw("\"/></w:pPr>");
        runs(runStart, text);
        x.raw("</w:p>");
    }

    /**
     * Writes text as runs: a line feed becomes a line break, a tab a tab, and a hyphen inside a number or code
     * (0595-12345678, 2024-10-11, GB/T 33000-2016) a non-breaking hyphen, so that a line never breaks there.
     */
    private void runs(String runStart, String text) {
        if (text.isEmpty()) {
            return;
        }
        x.raw(runStart);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                t(text.substring(start, i));
                if (c == '\n') {
                    x.raw("<w:br/>");
                } else if (c == '\t') {
                    x.raw("<w:tab/>");
                }
                start = i + 1;
            } else if (c == '-' && nonBreakingHyphen(text, i)) {
                t(text.substring(start, i));
                x.raw("<w:noBreakHyphen/>");
                start = i + 1;
            }
        }
        t(start == 0 ? text : text.substring(start));
        x.raw("</w:r>");
    }

    /** Whether the hyphen at {@code i} is inside a number or code, written as a non-breaking hyphen. */
    static boolean nonBreakingHyphen(String text, int i) {
        return i > 0 && i + 1 < text.length() && codeChar(text.charAt(i - 1)) && codeChar(text.charAt(i + 1));
    }

    /** A character of a number or code: a Latin letter, a digit, or the * of a masked digit. */
    private static boolean codeChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '*');
    }

    private void t(String s) {
        if (!s.isEmpty()) {
            x.raw("<w:t xml:space=\"preserve\">").text(s).raw("</w:t>");
        }
    }

    void title(String text) {
        styled(Parts.TITLE, run(sheet.title()), text);
    }

    void subtitle(String text) {
        styled(Parts.SUBTITLE, run(sheet.subtitle()), text);
    }

    void caption(String text) {
        styled(Parts.CAPTION, captionRun, text);
    }

    void note(String text) {
        styled(Parts.NOTE, tableRun, text);
    }

    @Override
    public void heading(int level, String text) {
        if (level < 1 || level > 4) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "level", Integer.toString(level), "1..4");
        }
        styled(Parts.heading(level), headingRuns[level - 1], text);
    }

    /**
     * An appendix's title as a level-1 heading at the top of a new page. A title longer than a line gets a right
     * indent that makes its lines about equally long, so that no line holds a character or two alone; its text is
     * unchanged.
     *
     * @param text the title
     */
    void appendixTitle(String text) {
        int right = HeadingLines.rightIndentTwips(text, textWidth, sheet.heading1().sizePt(),
                sheet.firstLineIndentChars());
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(Parts.heading(1)).raw("\"/><w:pageBreakBefore/>");
        if (right > 0) {
            // The first-line indent said again with the right one: a program may take w:ind whole.
            x.raw("<w:ind w:right=\"").num(right).raw("\" w:firstLineChars=\"").num(sheet.firstLineIndentChars() * 100L)
                    .raw("\" w:firstLine=\"").num(Units.twipsOfPoints(sheet.body().sizePt()
                            * sheet.firstLineIndentChars())).raw("\"/>");
        }
        x.raw("</w:pPr>");
        runs(headingRuns[0], text);
        x.raw("</w:p>");
    }

    @Override
    public void paragraph(String text) {
        styled(Parts.BODY, bodyRun, text);
    }

    @Override
    public void paragraph(ParagraphFormat f, String text) {
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(Parts.BODY).raw("\"/>");
        if (f.ruleBelow()) {
            x.raw("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"")
                    .raw(f.colourRgb() == null ? "auto" : f.colourRgb()).raw("\"/></w:pBdr>");
        }
        int indentTwips = Units.twipsOfPoints(f.style().sizePt() * f.firstLineIndentChars());
        x.raw("<w:ind w:firstLineChars=\"").num(f.firstLineIndentChars() * 100L).raw("\" w:firstLine=\"")
                .num(indentTwips).raw("\"/><w:jc w:val=\"").raw(switch (f.alignment()) {
                    case LEFT -> "left";
                    case CENTRE -> "center";
                    case RIGHT -> "right";
                    case JUSTIFIED -> "both";
                }).raw("\"/></w:pPr>");
        // A contributed format always carries its fonts: no style names them.
        runs("<w:r>" + Parts.runProperties(sheet, f.style(), f.colourRgb()), text);
        x.raw("</w:p>");
    }

    @Override
    public void pageBreak() {
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(Parts.BODY).raw("\"/></w:pPr><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    // --- tables ---

    @Override
    public void table(@Nullable String caption, List<String> header, List<List<String>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "rows[" + i + "]",
                        rows.get(i).size() + " cells", header.size() + " cells, as the header");
            }
        }
        if (caption != null && !caption.isBlank()) {
            styled(Parts.TABLE_CAPTION, captionRun, caption);
        }
        TableLayout.Layout layout = TableLayout.layout(header, rows, textWidth, sheet.table().sizePt());
        int[] widths = layout.widths();
        String headRun = headerRun;
        String cellRun = tableRun;
        if (layout.fontPt() != sheet.table().sizePt()) {
            // A table too wide for its codes and amounts at the table font is set a size smaller.
            TextStyle smaller = sheet.table().withSize(layout.fontPt());
            headRun = sizedRun(smaller.withBold(true));
            cellRun = sizedRun(smaller);
        }
        beginTable(widths, caption);
        beginRow(true);
        for (int c = 0; c < header.size(); c++) {
            cell(widths[c], 1, null, Parts.TABLE_HEADER, tightened(headRun, header.get(c), widths[c], layout.fontPt()),
                    List.of(header.get(c)));
        }
        endRow();
        int beforeLast = rows.size() - 2;
        double lineTwips = layout.fontPt() * 20 * ROW_LINE_HEIGHT;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                lines = Math.max(lines, TableLayout.lines(row.get(c), widths[c], layout.fontPt()));
            }
            // A row up to half a page stays whole; a taller one (a team with its members, tasks and results) may
            // cross a page: kept whole it moved to the next page and left the title alone on an empty one.
            boolean whole = lines * lineTwips <= textHeight / 2.0;
            beginRow(false, whole);
            // The row before the last keeps with it: a table never ends with its last row alone on a page.
            for (int c = 0; c < widths.length; c++) {
                // A row that may cross a page does not keep with the next (kept, it moved whole to the next page),
                // and its cells start at the top, so that its first lines stay beside each other.
                textCell(widths[c], tightened(cellRun, row.get(c), widths[c], layout.fontPt()), row.get(c),
                        whole && r == beforeLast, whole);
            }
            endRow();
        }
        endTable();
    }

    /**
     * The run start for a heading or label that would wrap leaving one character alone in its column: set a little
     * tighter (condensed character spacing) so that it stays on one line; any other text keeps the run start.
     */
    private static String tightened(String runStart, String text, int width, double fontPt) {
        int each = TableLayout.tightening(text, width, fontPt);
        if (each == 0) {
            return runStart;
        }
        String spacing = "<w:spacing w:val=\"-" + each + "\"/>";
        if (!runStart.contains("<w:rPr>")) {
            return runStart + "<w:rPr>" + spacing + "</w:rPr>";
        }
        // Schema order of w:rPr: …, color, spacing, w, kern, position, sz, szCs, ….
        for (String next : List.of("<w:w ", "<w:kern ", "<w:position ", "<w:sz ", "<w:szCs ")) {
            int at = runStart.indexOf(next);
            if (at >= 0) {
                return runStart.substring(0, at) + spacing + runStart.substring(at);
            }
        }
        return runStart.replace("</w:rPr>", spacing + "</w:rPr>");
    }

    void beginTable(int[] widths, @Nullable String description) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").num(total).raw("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
                + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
                + "w:noHBand=\"0\" w:noVBand=\"1\"/>");
        if (description != null && !description.isBlank()) {
            x.raw("<w:tblCaption w:val=\"").attr(description).raw("\"/>");
        }
        x.raw("</w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.raw("<w:gridCol w:w=\"").num(w).raw("\"/>");
        }
        x.raw("</w:tblGrid>");
    }

    void beginRow(boolean header) {
        beginRow(header, true);
    }

    private void beginRow(boolean header, boolean whole) {
        x.raw(header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                : whole ? "<w:tr><w:trPr><w:cantSplit/></w:trPr>" : "<w:tr>");
    }

    void endRow() {
        x.raw("</w:tr>");
    }

    void endTable() {
        x.raw("</w:tbl>");
    }

    private void textCell(int width, String runStart, String text, boolean keepWithNextRow, boolean centred) {
        x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/><w:vAlign w:val=\"")
                .raw(centred ? "center" : "top").raw("\"/></w:tcPr>"
                + "<w:p><w:pPr><w:pStyle w:val=\"").raw(Parts.TABLE_TEXT).raw(keepWithNextRow ? "\"/><w:keepNext/></w:pPr>"
                : "\"/></w:pPr>");
        runs(runStart, text);
        x.raw("</w:p></w:tc>");
    }

    private void cell(int width, int span, @Nullable String fillRgb, String style, String runStart, String text) {
        x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/>");
        if (span > 1) {
            x.raw("<w:gridSpan w:val=\"").num(span).raw("\"/>");
        }
        if (fillRgb != null) {
            x.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(fillRgb).raw("\"/>");
        }
        x.raw("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"").raw(style).raw("\"/></w:pPr>");
        runs(runStart, text);
        x.raw("</w:p></w:tc>");
    }

    /** A one-line cell aligned to the top, for a figure's connector beside a box whose text may wrap. */
    void topCell(int width, String style, String runStart, String text) {
        x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/><w:vAlign w:val=\"top\"/></w:tcPr>"
                + "<w:p><w:pPr><w:pStyle w:val=\"").raw(style).raw("\"/></w:pPr>");
        runs(runStart, text);
        x.raw("</w:p></w:tc>");
    }

    /** A cell of several paragraphs, for drawn figures. */
    void cell(int width, int span, @Nullable String fillRgb, String style, String runStart, List<String> paragraphs) {
        if (paragraphs.size() == 1) {
            cell(width, span, fillRgb, style, runStart, paragraphs.get(0));
            return;
        }
        x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/>");
        if (span > 1) {
            x.raw("<w:gridSpan w:val=\"").num(span).raw("\"/>");
        }
        if (fillRgb != null) {
            x.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(fillRgb).raw("\"/>");
        }
        x.raw("<w:vAlign w:val=\"top\"/></w:tcPr>");
        List<String> ps = paragraphs.isEmpty() ? List.of("") : paragraphs;
        for (String p : ps) {
            x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(style).raw("\"/></w:pPr>");
            runs(runStart, p);
            x.raw("</w:p>");
        }
        x.raw("</w:tc>");
    }

    double figureFontPt() {
        return sheet.figureText().sizePt();
    }

    String figureRun() {
        return figureRun;
    }

    String figureRunBold() {
        return run(sheet.figureText().withBold(true));
    }

    // --- drawings ---

    @Override
    public void image(byte[] bytes, double widthMm, String caption) {
        image(bytes, widthMm, caption, null);
    }

    /**
     * A picture named after the image the report's figure names, so that reading the document back gives the
     * figure its name again.
     */
    void image(byte[] bytes, double widthMm, String caption, @Nullable String imageName) {
        ImageInfo info = ImageInfo.of(bytes);
        if (info == null || info.width() <= 0 || info.height() <= 0) {
            throw new InvalidInputException(ErrorCode.MALFORMED, "image", bytes.length + " bytes", "a PNG or JPEG");
        }
        double w = Math.min(widthMm, sheet.page().textWidthMm());
        double h = w * info.height() / info.width();
        double maxH = sheet.page().textHeightMm() * 0.8;
        if (h > maxH) {
            w = w * maxH / h;
            h = maxH;
        }
        String rId = parts.addImage(bytes, info.extension());
        int id = ++drawingId;
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(Parts.FIGURE).raw("\"/></w:pPr><w:r><w:drawing>");
        inlineStart(Units.emu(w), Units.emu(h), id, caption, imageName);
        x.raw("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
                + "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\""
                + "http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"")
                .num(id).raw("\" name=\"image").num(id).raw("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
                        + "<a:blip r:embed=\"").raw(rId).raw("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                        + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").num(Units.emu(w)).raw("\" cy=\"")
                .num(Units.emu(h)).raw("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                        + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        if (caption != null && !caption.isBlank()) {
            caption(caption);
        }
    }

    /** A native chart part, drawn by the reader's program with the document's fonts. */
    void chart(String chartXml, double widthMm, double heightMm, String caption) {
        String rId = parts.addChart(chartXml);
        int id = ++drawingId;
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(Parts.FIGURE).raw("\"/></w:pPr><w:r><w:drawing>");
        inlineStart(Units.emu(widthMm), Units.emu(heightMm), id, caption, null);
        x.raw("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
                + "uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart xmlns:c=\""
                + "http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"").raw(rId)
                .raw("\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        if (caption != null && !caption.isBlank()) {
            caption(caption);
        }
    }

    private void inlineStart(long cx, long cy, int id, String description, @Nullable String name) {
        x.raw("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"").num(cx).raw("\" cy=\"")
                .num(cy).raw("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"").num(id)
                .raw("\" name=\"").attr(name == null ? "Figure " + id : name)
                .raw("\" descr=\"").attr(description == null ? "" : description)
                .raw("\"/><wp:cNvGraphicFramePr/>");
    }

    /** Collects what the package must write after the document. */
    interface PackageParts {
        String addImage(byte[] bytes, String extension);

        String addChart(String chartXml);
    }

    static List<String> lines(String... ps) {
        return new ArrayList<>(List.of(ps));
    }
}
