package org.countychain.export.docx.internal;

import java.util.Objects;

import org.countychain.export.docx.spi.PageMarginWriter;
import org.countychain.export.docx.spi.ParagraphFormat;
import org.countychain.export.docx.style.StyleSheet;

/**
 * Collects the header and footer paragraphs contributors write, as WordprocessingML, with {@code {page}} and
 * {@code {pages}} turned into {@code PAGE} and {@code NUMPAGES} fields. Small: a few paragraphs at most.
 */
final class PageMargins implements PageMarginWriter {
    private final StyleSheet sheet;
    private final StringBuilder header = new StringBuilder();
    private final StringBuilder footer = new StringBuilder();

    PageMargins(StyleSheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public void header(ParagraphFormat format, String text) {
        paragraph(header, format, text);
    }

    @Override
    public void footer(ParagraphFormat format, String text) {
        paragraph(footer, format, text);
    }

    boolean hasHeader() {
        return header.length() > 0;
    }

    boolean hasFooter() {
        return footer.length() > 0;
    }

    String headerPart() {
        return Parts.DECL + "<w:hdr xmlns:w=\"" + Parts.W + "\" xmlns:r=\"" + Parts.R + "\">" + header + "</w:hdr>";
    }

    String footerPart() {
        return Parts.DECL + "<w:ftr xmlns:w=\"" + Parts.W + "\" xmlns:r=\"" + Parts.R + "\">" + footer + "</w:ftr>";
    }

    private void paragraph(StringBuilder sb, ParagraphFormat f, String text) {
        Objects.requireNonNull(f, "format");
        Objects.requireNonNull(text, "text");
        sb.append("<w:p><w:pPr><w:pStyle w:val=\"").append(Parts.FOOTER).append("\"/>");
        if (f.ruleBelow()) {
            sb.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"")
                    .append(f.colourRgb() == null ? "auto" : f.colourRgb()).append("\"/></w:pBdr>");
        }
        int indentTwips = Units.twipsOfPoints(f.style().sizePt() * f.firstLineIndentChars());
        sb.append("<w:ind w:firstLineChars=\"").append(f.firstLineIndentChars() * 100).append("\" w:firstLine=\"")
                .append(indentTwips).append("\"/><w:jc w:val=\"").append(switch (f.alignment()) {
                    case LEFT -> "left";
                    case CENTRE -> "center";
                    case RIGHT -> "right";
                    case JUSTIFIED -> "both";
                }).append("\"/></w:pPr>");
        String rPr = Parts.runProperties(sheet, f.style(), f.colourRgb());
        String clean = XmlText.clean(text);
        int start = 0;
        int i = 0;
        while (i < clean.length()) {
            char c = clean.charAt(i);
            if (clean.startsWith(PAGE, i) || clean.startsWith(PAGES, i)) {
                text(sb, rPr, clean.substring(start, i));
                boolean page = clean.startsWith(PAGE, i);
                field(sb, rPr, page ? "PAGE" : "NUMPAGES");
                i += page ? PAGE.length() : PAGES.length();
                start = i;
            } else if (c == '\n' || c == '\r' || c == '\t') {
                text(sb, rPr, clean.substring(start, i));
                if (c != '\r') {
                    sb.append("<w:r>").append(rPr).append(c == '\n' ? "<w:br/>" : "<w:tab/>").append("</w:r>");
                }
                start = ++i;
            } else {
                i++;
            }
        }
        text(sb, rPr, clean.substring(start));
        sb.append("</w:p>");
    }

    private static void text(StringBuilder sb, String rPr, String s) {
        if (!s.isEmpty()) {
            sb.append("<w:r>").append(rPr).append("<w:t xml:space=\"preserve\">").append(Parts.esc(s))
                    .append("</w:t></w:r>");
        }
    }

    private static void field(StringBuilder sb, String rPr, String instruction) {
        sb.append("<w:r>").append(rPr).append("<w:fldChar w:fldCharType=\"begin\"/></w:r>")
                .append("<w:r>").append(rPr).append("<w:instrText xml:space=\"preserve\"> ").append(instruction)
                .append(" </w:instrText></w:r>")
                .append("<w:r>").append(rPr).append("<w:fldChar w:fldCharType=\"separate\"/></w:r>")
                .append("<w:r>").append(rPr).append("<w:t>1</w:t></w:r>")
                .append("<w:r>").append(rPr).append("<w:fldChar w:fldCharType=\"end\"/></w:r>");
    }
}
