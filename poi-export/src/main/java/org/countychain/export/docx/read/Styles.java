package org.countychain.export.docx.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * What the reader needs of a document's paragraph styles: heading level (by outline level or by name, inherited
 * through {@code w:basedOn}, so Chinese Word's {@code 标题 1} with the id {@code 1} counts), title, subtitle and
 * caption styles, bold, and numbering attached to a style.
 */
final class Styles {
    static final int NONE = -1;
    static final int TITLE = 0;

    private final Map<String, Style> styles;
    private final @Nullable String defaultStyle;

    private Styles(Map<String, Style> styles, @Nullable String defaultStyle) {
        this.styles = styles;
        this.defaultStyle = defaultStyle;
    }

    static final class Style {
        String name = "";
        @Nullable String basedOn;
        @Nullable Integer outline;
        @Nullable Boolean bold;
        @Nullable Boolean pageBreakBefore;
        @Nullable String numId;
        int ilvl;
    }

    static Styles read(byte @Nullable [] xml, String source) throws XMLStreamException {
        Map<String, Style> styles = new HashMap<>();
        String defaultStyle = null;
        if (xml == null) {
            return new Styles(styles, null);
        }
        XMLStreamReader r = SafeXml.reader(xml, source, "styles.xml");
        Style current = null;
        boolean inRunProps = false;
        int depth = 0;
        int styleDepth = -1;
        while (r.hasNext()) {
            int event = SafeXml.next(r, source, "styles.xml");
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == styleDepth) {
                    current = null;
                    styleDepth = -1;
                }
                if (r.getLocalName().equals("rPr")) {
                    inRunProps = false;
                }
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = r.getLocalName();
            if (name.equals("style")) {
                if ("paragraph".equals(Docx.attr(r, "type"))) {
                    current = new Style();
                    styleDepth = depth;
                    String id = Docx.attr(r, "styleId");
                    styles.put(id == null ? "" : id, current);
                    if (Docx.isOn(Docx.attr(r, "default"), false)) {
                        defaultStyle = id;
                    }
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            switch (name) {
                case "name" -> current.name = String.valueOf(Docx.attr(r, "val")).toLowerCase(Locale.ROOT);
                case "basedOn" -> current.basedOn = Docx.attr(r, "val");
                case "outlineLvl" -> current.outline = Docx.intAttr(r, "val", 9);
                case "rPr" -> inRunProps = true;
                case "b" -> {
                    if (inRunProps) {
                        current.bold = Docx.isOn(Docx.attr(r, "val"), true);
                    }
                }
                case "numId" -> current.numId = Docx.attr(r, "val");
                case "ilvl" -> current.ilvl = Docx.intAttr(r, "val", 0);
                case "pageBreakBefore" -> current.pageBreakBefore = Docx.isOn(Docx.attr(r, "val"), true);
                default -> {
                    // Not needed.
                }
            }
        }
        return new Styles(styles, defaultStyle);
    }

    /** 0 for a title, 1–9 for a heading, {@link #NONE} otherwise. */
    int level(@Nullable String id) {
        String s = id == null ? defaultStyle : id;
        for (int depth = 0; s != null && depth < 20; depth++) {
            Style style = styles.get(s);
            if (style == null) {
                return byId(s);
            }
            if (style.name.equals("title") || style.name.equals("标题")) {
                return TITLE;
            }
            if (style.name.matches("(heading|标题) ?[1-9]")) {
                return style.name.charAt(style.name.length() - 1) - '0';
            }
            if (style.outline != null) {
                return style.outline >= 0 && style.outline <= 8 ? style.outline + 1 : NONE;
            }
            s = style.basedOn;
        }
        return NONE;
    }

    private static int byId(String id) {
        if (id.equalsIgnoreCase("Title")) {
            return TITLE;
        }
        if (id.matches("(?i)heading[1-9]")) {
            return id.charAt(id.length() - 1) - '0';
        }
        return NONE;
    }

    boolean isSubtitle(@Nullable String id) {
        return named(id, "subtitle", "副标题");
    }

    boolean isCaption(@Nullable String id) {
        return named(id, "caption", "题注", "table caption");
    }

    boolean isTableCaption(@Nullable String id) {
        return named(id, "table caption");
    }

    private boolean named(@Nullable String id, String... names) {
        String s = id == null ? defaultStyle : id;
        for (int depth = 0; s != null && depth < 20; depth++) {
            Style style = styles.get(s);
            String n = style == null ? s.toLowerCase(Locale.ROOT) : style.name;
            for (String name : names) {
                if (n.equals(name) || n.replace(" ", "").equals(name.replace(" ", ""))) {
                    return true;
                }
            }
            s = style == null ? null : style.basedOn;
        }
        return false;
    }

    /** A table-of-contents entry's style ({@code toc 1}, {@code TOC 1}, {@code 目录 1}). */
    boolean isToc(@Nullable String id) {
        if (id == null) {
            return false;
        }
        Style style = styles.get(id);
        String n = style == null ? id.toLowerCase(Locale.ROOT) : style.name;
        return n.matches("(toc|目录) ?[1-9]") || id.matches("(?i)toc ?[1-9]");
    }

    boolean bold(@Nullable String id) {
        String s = id == null ? defaultStyle : id;
        for (int depth = 0; s != null && depth < 20; depth++) {
            Style style = styles.get(s);
            if (style == null) {
                return false;
            }
            if (style.bold != null) {
                return style.bold;
            }
            s = style.basedOn;
        }
        return false;
    }

    /** Whether a paragraph of the style starts a page ({@code w:pageBreakBefore} in the style or one it is based on). */
    boolean pageBreakBefore(@Nullable String id) {
        String s = id == null ? defaultStyle : id;
        for (int depth = 0; s != null && depth < 20; depth++) {
            Style style = styles.get(s);
            if (style == null) {
                return false;
            }
            if (style.pageBreakBefore != null) {
                return style.pageBreakBefore;
            }
            s = style.basedOn;
        }
        return false;
    }

    /** The numbering a style carries, as {numId, ilvl}, or null. */
    String @Nullable [] numbering(@Nullable String id) {
        String s = id == null ? defaultStyle : id;
        for (int depth = 0; s != null && depth < 20; depth++) {
            Style style = styles.get(s);
            if (style == null) {
                return null;
            }
            if (style.numId != null) {
                return new String[] {style.numId, Integer.toString(style.ilvl)};
            }
            s = style.basedOn;
        }
        return null;
    }
}
