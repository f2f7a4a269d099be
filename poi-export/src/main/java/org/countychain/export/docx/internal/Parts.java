package org.countychain.export.docx.internal;

import org.countychain.export.docx.style.PageSetup;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.docx.style.TextStyle;
import org.jspecify.annotations.Nullable;

/** The fixed parts of the package and the style part, generated from the style sheet. */
final class Parts {
    static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    // Style ids: Word's built-in names where one exists, so a reference document's own definitions apply.
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String BODY = "Normal";
    static final String CAPTION = "Caption";
    static final String TABLE_CAPTION = "TableCaption";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADER = "TableHeader";
    static final String FIGURE = "Figure";
    static final String FIGURE_TEXT = "FigureText";
    static final String NOTE = "Note";
    static final String FOOTER = "Footer";

    private Parts() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    /** Run properties for a text style: fonts for every script (East-Asian explicitly), bold, size. */
    static String runProperties(StyleSheet sheet, TextStyle s, @Nullable String colourRgb) {
        StringBuilder sb = new StringBuilder(160).append("<w:rPr>");
        fonts(sb, sheet, s);
        if (s.bold()) {
            sb.append("<w:b/><w:bCs/>");
        }
        if (colourRgb != null) {
            sb.append("<w:color w:val=\"").append(colourRgb).append("\"/>");
        }
        int hp = Units.halfPoints(s.sizePt());
        sb.append("<w:sz w:val=\"").append(hp).append("\"/><w:szCs w:val=\"").append(hp).append("\"/></w:rPr>");
        return sb.toString();
    }

    private static void fonts(StringBuilder sb, StyleSheet sheet, TextStyle s) {
        String latin = esc(sheet.latinFontOf(s));
        String ea = esc(s.font());
        sb.append("<w:rFonts w:ascii=\"").append(latin).append("\" w:hAnsi=\"").append(latin)
                .append("\" w:eastAsia=\"").append(ea).append("\" w:cs=\"").append(latin)
                .append("\" w:hint=\"eastAsia\"/>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String styles(StyleSheet sheet) {
        int line = Units.twipsOfPoints(sheet.lineSpacingPt());
        StringBuilder sb = new StringBuilder(8192).append(DECL)
                .append("<w:styles xmlns:w=\"").append(W).append("\">");
        // Schema order of w:rPr: ... kern, sz, szCs, ..., lang.
        sb.append("<w:docDefaults><w:rPrDefault>").append(runProperties(sheet, sheet.body(), null)
                .replace("<w:sz ", "<w:kern w:val=\"2\"/><w:sz ")
                .replace("</w:rPr>", "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr>"))
                .append("</w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");
        String exact = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + line + "\" w:lineRule=\"exact\"/>";
        int indentChars = sheet.firstLineIndentChars() * 100;
        int indentTwips = Units.twipsOfPoints(sheet.body().sizePt() * sheet.firstLineIndentChars());
        String indent = "<w:ind w:firstLineChars=\"" + indentChars + "\" w:firstLine=\"" + indentTwips + "\"/>";
        String noIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
        String single = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";

        // w:overflowPunct="1" is Word's own default (punctuation may hang past the margin); said explicitly because
        // LibreOffice reads the element inverted and otherwise hangs line-final punctuation, which its justified
        // lines then drop: a 、 at the end of a line vanished from the page.
        paragraphStyle(sb, BODY, "Normal", null, true, "<w:widowControl/><w:overflowPunct w:val=\"1\"/><w:snapToGrid/>"
                + exact + indent
                + "<w:jc w:val=\"both\"/>", sheet, sheet.body());
        paragraphStyle(sb, TITLE, "Title", BODY, true, "<w:keepNext/>" + exact.replace("w:line=\"" + line + "\"",
                "w:line=\"" + Units.twipsOfPoints(Math.max(sheet.lineSpacingPt(), sheet.title().sizePt() * 1.5))
                        + "\"") + noIndent + "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"9\"/>", sheet, sheet.title());
        paragraphStyle(sb, SUBTITLE, "Subtitle", BODY, true, "<w:keepNext/>"
                + exact.replace("w:after=\"0\"", "w:after=\"" + line + "\"") + noIndent
                + "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"9\"/>", sheet, sheet.subtitle());
        TextStyle[] headings = {sheet.heading1(), sheet.heading2(), sheet.heading3(), sheet.heading4()};
        for (int i = 0; i < 4; i++) {
            paragraphStyle(sb, heading(i + 1), "heading " + (i + 1), BODY, true, "<w:keepNext/><w:keepLines/>" + exact
                    + indent + "<w:jc w:val=\"both\"/><w:outlineLvl w:val=\"" + i + "\"/>", sheet, headings[i]);
        }
        paragraphStyle(sb, CAPTION, "caption", BODY, true, "<w:snapToGrid w:val=\"0\"/>"
                + exact.replace("w:after=\"0\"", "w:after=\"120\"") + noIndent + "<w:jc w:val=\"center\"/>", sheet,
                sheet.caption());
        paragraphStyle(sb, TABLE_CAPTION, "Table Caption", CAPTION, false, "<w:keepNext/><w:snapToGrid w:val=\"0\"/>"
                + exact.replace("w:before=\"0\"", "w:before=\"120\"") + noIndent + "<w:jc w:val=\"center\"/>", sheet,
                sheet.caption());
        paragraphStyle(sb, TABLE_TEXT, "Table Text", BODY, false, "<w:snapToGrid w:val=\"0\"/>" + single + noIndent
                + "<w:jc w:val=\"left\"/>", sheet, sheet.table());
        paragraphStyle(sb, TABLE_HEADER, "Table Header", TABLE_TEXT, false, "<w:keepNext/><w:snapToGrid w:val=\"0\"/>"
                + single + noIndent + "<w:jc w:val=\"center\"/>", sheet, sheet.table().withBold(true));
        paragraphStyle(sb, FIGURE, "Figure", BODY, false, "<w:keepNext/><w:snapToGrid w:val=\"0\"/>"
                + single.replace("w:before=\"0\"", "w:before=\"120\"") + noIndent + "<w:jc w:val=\"center\"/>", sheet,
                sheet.body());
        paragraphStyle(sb, FIGURE_TEXT, "Figure Text", BODY, false, "<w:snapToGrid w:val=\"0\"/>" + single + noIndent
                + "<w:jc w:val=\"center\"/>", sheet, sheet.figureText());
        paragraphStyle(sb, NOTE, "Note", BODY, false, "<w:snapToGrid w:val=\"0\"/>" + single.replace("w:after=\"0\"",
                "w:after=\"120\"") + noIndent + "<w:jc w:val=\"left\"/>", sheet, sheet.table());
        paragraphStyle(sb, FOOTER, "footer", BODY, false, "<w:snapToGrid w:val=\"0\"/>" + single + noIndent,
                sheet, sheet.pageNumber());
        sb.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
                + "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>");
        sb.append("</w:styles>");
        return sb.toString();
    }

    private static void paragraphStyle(StringBuilder sb, String id, String name, @Nullable String basedOn, boolean primary,
                                       String pPr, StyleSheet sheet, TextStyle text) {
        sb.append("<w:style w:type=\"paragraph\"");
        if (BODY.equals(id)) {
            sb.append(" w:default=\"1\"");
        }
        sb.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            sb.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (id.startsWith("Heading")) {
            sb.append("<w:next w:val=\"").append(BODY).append("\"/>");
        }
        if (primary) {
            sb.append("<w:qFormat/>");
        }
        sb.append("<w:pPr>").append(pPr).append("</w:pPr>").append(runProperties(sheet, text, null));
        if (!text.bold() && !BODY.equals(id)) {
            // Not bold even when based on a bold style.
            int at = sb.lastIndexOf("<w:sz ");
            sb.insert(at, "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
        }
        sb.append("</w:style>");
    }

    static String settings(boolean evenAndOddFooters) {
        return DECL + "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"420\"/>"
                + (evenAndOddFooters ? "<w:evenAndOddHeaders/>" : "")
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
    }

    /** A footer with the page number between em dashes, {@code — 1 —}, indented one character from its side. */
    static String footer(StyleSheet sheet, boolean odd) {
        String rPr = runProperties(sheet, sheet.pageNumber(), null);
        int oneChar = Units.twipsOfPoints(sheet.pageNumber().sizePt());
        String side = odd ? "<w:ind w:right=\"" + oneChar + "\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>"
                : "<w:ind w:left=\"" + oneChar + "\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>";
        return DECL + "<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:p><w:pPr><w:pStyle w:val=\"" + FOOTER
                + "\"/>" + side + "</w:pPr>"
                + "<w:r>" + rPr + "<w:t xml:space=\"preserve\">— </w:t></w:r>"
                + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r>" + rPr + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r>" + rPr + "<w:t>1</w:t></w:r>"
                + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r>" + rPr + "<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
    }

    static String fontTable(StyleSheet sheet) {
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        for (TextStyle s : new TextStyle[] {sheet.title(), sheet.subtitle(), sheet.heading1(), sheet.heading2(),
                sheet.heading3(), sheet.heading4(), sheet.body(), sheet.table(), sheet.caption(), sheet.figureText(),
                sheet.pageNumber()}) {
            fonts.add(s.font());
            fonts.add(sheet.latinFontOf(s));
        }
        StringBuilder sb = new StringBuilder(DECL).append("<w:fonts xmlns:w=\"").append(W).append("\">");
        for (String f : fonts) {
            boolean cjk = f.chars().anyMatch(c -> c >= 0x2E80);
            sb.append("<w:font w:name=\"").append(esc(f)).append("\">");
            if (cjk) {
                sb.append("<w:charset w:val=\"86\"/><w:family w:val=\"").append(f.contains("黑") ? "modern" : "roman")
                        .append("\"/><w:pitch w:val=\"fixed\"/>");
            } else {
                sb.append("<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/>");
            }
            sb.append("</w:font>");
        }
        return sb.append("</w:fonts>").toString();
    }

    /** The section properties: paper, margins, footers and the document grid. */
    static String sectionProperties(PageSetup page, double bodyFontPt, double lineSpacingPt, String footerOdd,
                                    String footerEven) {
        return sectionProperties(page, bodyFontPt, lineSpacingPt, null, null, footerOdd, footerEven);
    }

    /** The section properties with header references too. */
    static String sectionProperties(PageSetup page, double bodyFontPt, double lineSpacingPt,
                                    @Nullable String headerOdd, @Nullable String headerEven, String footerOdd, String footerEven) {
        StringBuilder sb = new StringBuilder("<w:sectPr>");
        if (headerOdd != null) {
            sb.append("<w:headerReference w:type=\"default\" r:id=\"").append(headerOdd).append("\"/>");
        }
        if (headerEven != null) {
            sb.append("<w:headerReference w:type=\"even\" r:id=\"").append(headerEven).append("\"/>");
        }
        if (footerOdd != null) {
            sb.append("<w:footerReference w:type=\"default\" r:id=\"").append(footerOdd).append("\"/>");
        }
        if (footerEven != null) {
            sb.append("<w:footerReference w:type=\"even\" r:id=\"").append(footerEven).append("\"/>");
        }
        sb.append("<w:pgSz w:w=\"").append(Units.twips(page.widthMm())).append("\" w:h=\"")
                .append(Units.twips(page.heightMm())).append("\"/>");
        sb.append("<w:pgMar w:top=\"").append(Units.twips(page.topMm())).append("\" w:right=\"")
                .append(Units.twips(page.rightMm())).append("\" w:bottom=\"").append(Units.twips(page.bottomMm()))
                .append("\" w:left=\"").append(Units.twips(page.leftMm())).append("\" w:header=\"851\" w:footer=\"")
                .append(Units.twips(page.footerMm())).append("\" w:gutter=\"0\"/>");
        sb.append("<w:pgNumType w:start=\"1\"/><w:cols w:space=\"425\"/>");
        if (page.gridLines() > 0) {
            sb.append("<w:docGrid w:type=\"").append(page.gridChars() > 0 ? "linesAndChars" : "lines")
                    .append("\" w:linePitch=\"").append(Units.twipsOfPoints(lineSpacingPt)).append('"');
            if (page.gridChars() > 0) {
                double pitchPt = page.textWidthMm() / Units.MM_PER_INCH * 72 / page.gridChars();
                sb.append(" w:charSpace=\"").append(Math.round((pitchPt - bodyFontPt) * 4096)).append('"');
            }
            sb.append("/>");
        }
        return sb.append("</w:sectPr>").toString();
    }

    static String coreProperties(String title, String subject, String creator, @Nullable String created) {
        return DECL + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/"
                + "terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" + title
                + "</dc:title><dc:subject>" + subject + "</dc:subject><dc:creator>" + creator + "</dc:creator>"
                + (created == null ? "" : "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created
                + "</dcterms:created>") + "</cp:coreProperties>";
    }

    /**
     * Custom document properties: the report's identity, which the document's text does not show (ids, year,
     * edition, who prepared it), so that reading the document back gives the same report. Word keeps them when the
     * document is edited and saved.
     */
    static String customProperties(java.util.Map<String, String> properties) {
        StringBuilder sb = new StringBuilder(DECL).append("<Properties xmlns=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/docPropsVTypes\">");
        int pid = 2;
        for (var e : properties.entrySet()) {
            sb.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid++)
                    .append("\" name=\"").append(esc(e.getKey())).append("\"><vt:lpwstr>")
                    .append(esc(XmlText.clean(e.getValue()))).append("</vt:lpwstr></property>");
        }
        return sb.append("</Properties>").toString();
    }

    static String appProperties() {
        return DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>CountyChain</Application></Properties>";
    }

    static String packageRelationships() {
        return DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + REL + "custom-properties\" Target=\"docProps/custom.xml\"/>"
                + "</Relationships>";
    }
}
