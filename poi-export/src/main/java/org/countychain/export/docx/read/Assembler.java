package org.countychain.export.docx.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.countychain.CountyChainException;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ItemKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;
import org.countychain.report.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * Places a document's raw blocks under the template's chapters and items: the title (and with it the reporting
 * unit), the subtitle (the chain), chapter and item headings, each item's paragraphs, sub-headings, tables and
 * figures, the 三.3 unit table; everything else is kept as unplaced blocks. Every decision that is not exact is a
 * finding.
 */
final class Assembler {
    static final String NOT_FILLED = "（待填写）";
    private static final Pattern TABLE_CAPTION = Pattern.compile("^\\s*(续)?表\\s*[0-9０-９一二三四五六七八九十]+.*");
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^\\s*图\\s*[0-9０-９一二三四五六七八九十]+.*");
    private static final Pattern MISSING_FIGURE =
            Pattern.compile("^（(产业链图谱数据缺失|无可用的研发数据|图片缺失：(.+))）$");
    private static final Pattern COVERED = Pattern.compile("^[（(]涵盖(.+)[）)]$");

    private final ReportReader reader;
    private final ReportTemplate template;
    /** The template's placeholder ({@code ***}); the template's constructor sets one when the edition names none. */
    private final String templatePlaceholder;
    private final Divisions divisions;
    private final String source;
    private final Map<String, DocxParts.Relationship> rels;
    private final DocxParts parts;
    private final Map<String, String> properties;

    private final List<ReadFinding> findings = new ArrayList<>();
    private final List<UnplacedBlock> unplaced = new ArrayList<>();
    private final Map<String, List<ContentBlock>> content = new LinkedHashMap<>();
    private final Map<String, DocumentPosition> seen = new LinkedHashMap<>();
    private final List<AdvantageUnit> units = new ArrayList<>();
    private final Map<String, byte[]> images = new TreeMap<>();
    private final Styles styles;

    private @Nullable String unitName;
    private @Nullable String unitFrom;
    private @Nullable String chainName;
    /** The subtitle as the document writes it, before the chain's name is taken from it. */
    private @Nullable String subtitleText;
    /** The caption of item 三.3's table of advantage units, as written. */
    private @Nullable String unitTableCaption;
    private boolean unitTableSeen;
    private List<DivisionCode> covered = List.of();
    private boolean titleSeen;
    private boolean frontDone;
    private @Nullable TemplateChapter chapter;
    private @Nullable TemplateItem item;
    private String after = "";
    private @Nullable String extraHeading;
    private int cursor;
    private int charts;
    private int objects;
    /** The block list and index of a table caption just added, taken when a table follows. */
    private @Nullable List<ContentBlock> captionList;
    private @Nullable String captionText;
    private @Nullable UnplacedBlock captionUnplaced;

    Assembler(ReportReader reader, ReportTemplate template, String source, DocxParts parts,
              Map<String, DocxParts.Relationship> rels, Styles styles, Map<String, String> properties) {
        this.reader = reader;
        this.template = template;
        this.templatePlaceholder = template.placeholder();
        this.divisions = reader.divisions();
        this.source = source;
        this.parts = parts;
        this.rels = rels;
        this.styles = styles;
        this.properties = properties;
    }

    ReadResult assemble(List<Object> blocks, int insertions, int deletions, Map<String, String[]> comments) {
        return assemble(blocks, insertions, deletions, comments, Map.of(), Map.of());
    }

    ReadResult assemble(List<Object> blocks, int insertions, int deletions, Map<String, String[]> comments,
                        Map<String, String> footnotes, Map<String, String> endnotes) {
        if (insertions + deletions > 0) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_TRACKED_CHANGES, DocumentPosition.DOCUMENT, insertions,
                    deletions));
        }
        for (int i = 0; i < blocks.size(); i++) {
            Object b = blocks.get(i);
            int first = i;
            if (b instanceof BodyScanner.Tbl t) {
                i += table(t, blocks, i);
            } else {
                BodyScanner.Para p = (BodyScanner.Para) b;
                for (String id : p.comments) {
                    String[] c = comments.getOrDefault(id, new String[] {"?", ""});
                    findings.add(ReadFinding.of(WordErrorCode.WORD_COMMENT, position(p), c[0], c[1]));
                }
                i += paragraph(p, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
            }
            for (int k = first; k <= i && k < blocks.size(); k++) {
                notes(blocks.get(k), footnotes, endnotes);
            }
        }
        if (seen.isEmpty()) {
            throw DocxParts.refused(WordErrorCode.WORD_NOT_A_REPORT, source, "", template.edition());
        }
        for (TemplateItem t : template.items()) {
            if (!seen.containsKey(t.id())) {
                findings.add(ReadFinding.of(WordErrorCode.WORD_ITEM_MISSING, DocumentPosition.DOCUMENT, t.id(),
                        t.number() + "." + t.title()));
            }
        }
        return new ReadResult(source, report(), template, List.copyOf(seen.keySet()), unplaced, findings, images);
    }

    /**
     * The footnotes and endnotes a block refers to, each kept as the paragraph after it ({@code [注1] 数据来源：…})
     * where its marker {@code [注1]} stands in the text, and reported.
     */
    private void notes(Object block, Map<String, String> footnotes, Map<String, String> endnotes) {
        List<BodyScanner.Note> refs;
        DocumentPosition at;
        if (block instanceof BodyScanner.Para p) {
            refs = p.notes;
            at = position(p);
        } else {
            BodyScanner.Tbl t = (BodyScanner.Tbl) block;
            refs = t.notes;
            at = DocumentPosition.ofTable(t.page, t.index, 0, 0, "");
        }
        for (BodyScanner.Note n : refs) {
            String text = (n.endnote() ? endnotes : footnotes).getOrDefault(n.id(), "").strip();
            String marker = "[注" + n.number() + "]";
            if (!text.isEmpty()) {
                String saved = captionText;
                place(at, new ContentBlock.Paragraph(marker + " " + text));
                captionText = saved;
            }
            findings.add(ReadFinding.of(WordErrorCode.WORD_NOTE, at, marker, text.isEmpty() ? "—" : text));
        }
    }

    // ---- paragraphs

    /** Handles a paragraph; returns how many following blocks it consumed (a caption, a title's second line). */
    private int paragraph(BodyScanner.Para p, @Nullable Object next) {
        String text = (p.numLabel + p.text).strip();
        if (!p.drawings.isEmpty()) {
            return figure(p, text, next);
        }
        if (text.isEmpty()) {
            return 0;
        }
        if (styles.isToc(p.styleId)) {
            unplace(position(p), new ContentBlock.Paragraph(text));
            return 0;
        }
        if (!frontDone || !titleSeen) {
            int consumed = front(p, text, next);
            if (consumed >= 0) {
                return consumed;
            }
        }
        if (heading(p, text)) {
            frontDone = true;
            return 0;
        }
        Matcher missing = MISSING_FIGURE.matcher(text);
        if (missing.matches() && next instanceof BodyScanner.Para n && isCaption(n, FIGURE_CAPTION)) {
            FigureKind kind = missing.group(2) != null ? FigureKind.IMAGE
                    : missing.group(1).startsWith("产业链") ? FigureKind.CHAIN_MAP : FigureKind.RD_INTENSITY_CHART;
            place(position(p), new ContentBlock.Figure(kind, n.text.strip(), missing.group(2)));
            return 1;
        }
        if (text.equals(NOT_FILLED) && item != null) {
            return 0;
        }
        ContentBlock block = subheading(p, text);
        place(position(p), block);
        if (block instanceof ContentBlock.Paragraph && isCaption(p, TABLE_CAPTION)) {
            captionText = text;
        }
        return 0;
    }

    /**
     * The front matter before the first chapter: the title (possibly over two lines), the subtitle (the chain),
     * the line of covered counties. Returns -1 when the paragraph is none of these.
     */
    private int front(BodyScanner.Para p, String text, @Nullable Object next) {
        if (!titleSeen) {
            String unit = titleUnit(text);
            int consumed = 0;
            if (unit == null && next instanceof BodyScanner.Para n && !n.text.isBlank() && text.length() <= 20) {
                unit = titleUnit(text + (n.numLabel + n.text).strip());
                consumed = 1;
            }
            if (unit != null) {
                titleSeen = true;
                unitName = unit;
                unitFrom = "title";
                return consumed;
            }
            if (styles.level(p.styleId) == Styles.TITLE && !isHeadingLike(text)) {
                // A title in the Title style that is not the template's: kept, and the unit found elsewhere.
                titleSeen = true;
                unplace(position(p), new ContentBlock.Paragraph(text));
                findings.add(ReadFinding.of(WordErrorCode.WORD_TITLE, position(p), "—"));
                return 0;
            }
            return -1;
        }
        if (frontDone || chapter != null) {
            return -1;
        }
        Matcher m = COVERED.matcher(text);
        if (m.matches()) {
            covered = counties(m.group(1), position(p));
            return 0;
        }
        if (chainName == null && (text.length() <= 40 || styles.isSubtitle(p.styleId)) && !isHeadingLike(text)) {
            subtitleText = text;
            chainName = text.replaceAll("^[—–\\-\\s]+", "").replaceAll("^[《“\"]|[》”\"]$", "").strip();
            return 0;
        }
        return -1;
    }

    private boolean isHeadingLike(String text) {
        Headings.Numbered n = Headings.split(text);
        return n.kind() == Headings.Kind.CHAPTER && matchChapter(n.words()) != null;
    }

    /** The unit's name when the text is the template's title, exactly or within the tolerance. */
    private @Nullable String titleUnit(String text) {
        String key = Headings.key(text);
        String title = Headings.key(template.title());
        String placeholder = Headings.key(templatePlaceholder);
        int at = title.indexOf(placeholder);
        if (at < 0) {
            return null;
        }
        String prefix = title.substring(0, at);
        String suffix = title.substring(at + placeholder.length());
        if (key.startsWith(prefix) && key.endsWith(suffix) && key.length() > prefix.length() + suffix.length()) {
            return key.substring(prefix.length(), key.length() - suffix.length());
        }
        // Within the tolerance: the unit is the division name the title starts with.
        Matcher m = Pattern.compile("^(.{1,12}?(?:市|县|区))").matcher(key.substring(Math.min(prefix.length(),
                key.length())));
        if (m.find()) {
            String unit = m.group(1);
            String rest = key.substring(prefix.length() + unit.length());
            if (Headings.matches(rest, suffix) && rest.length() >= suffix.length() - 3) {
                findings.add(ReadFinding.of(WordErrorCode.WORD_HEADING_WORDING, DocumentPosition.DOCUMENT, text,
                        template.titleFor(unit)));
                return unit;
            }
        }
        return null;
    }

    /** Recognises a chapter or item heading, or an extra section's heading; false for content. */
    private boolean heading(BodyScanner.Para p, String text) {
        Headings.Numbered n = Headings.split(text);
        int level = p.outline >= 0 ? (p.outline <= 8 ? p.outline + 1 : Styles.NONE) : styles.level(p.styleId);
        boolean shortLine = n.words().length() <= 60 && !n.words().strip().matches(".*[。；;]$")
                && !n.words().contains("。");
        if (!shortLine) {
            return false;
        }
        boolean emphasised = (level >= 1 && level <= 3) || p.bold;
        if (n.kind() == Headings.Kind.CHAPTER || (n.kind() == Headings.Kind.NONE && emphasised)) {
            Match c = matchChapter(n.words());
            if (c != null) {
                enterChapter(c.chapter(), p, text, c);
                return true;
            }
        }
        if (n.kind() == Headings.Kind.ITEM || (n.kind() == Headings.Kind.PAREN && emphasised)
                || (n.kind() == Headings.Kind.NONE && emphasised)) {
            ItemMatch m = matchItem(n);
            if (m != null) {
                enterItem(m, p, text);
                return true;
            }
        }
        if ((n.kind() == Headings.Kind.CHAPTER && (level == 1 || p.bold || n.words().length() <= 30))
                || (n.kind() == Headings.Kind.NONE && level == 1)
                || (n.kind() == Headings.Kind.ITEM && item == null && chapter != null && emphasised)) {
            // A heading the template does not have: what follows is an extra section, kept unplaced.
            extraHeading = text;
            item = null;
            after = text;
            unplace(position(p), new ContentBlock.Paragraph(text));
            findings.add(ReadFinding.of(WordErrorCode.WORD_UNPLACED, position(p), text));
            return true;
        }
        return false;
    }

    record Match(TemplateChapter chapter, boolean exact, @Nullable String unit) {
    }

    record ItemMatch(TemplateItem item, TemplateChapter chapter, boolean exact) {
    }

    private @Nullable Match matchChapter(String words) {
        String key = Headings.key(words);
        Match fuzzy = null;
        for (TemplateChapter c : template.chapters()) {
            String title = Headings.key(c.title());
            String placeholder = Headings.key(templatePlaceholder);
            int at = title.indexOf(placeholder);
            if (at < 0) {
                if (key.equals(title)) {
                    return new Match(c, true, null);
                }
                if (fuzzy == null && Headings.matches(key, title)) {
                    fuzzy = new Match(c, false, null);
                }
                continue;
            }
            String prefix = title.substring(0, at);
            String suffix = title.substring(at + placeholder.length());
            if (key.startsWith(prefix) && key.endsWith(suffix) && key.length() > prefix.length() + suffix.length()) {
                return new Match(c, true, key.substring(prefix.length(), key.length() - suffix.length()));
            }
            if (fuzzy == null) {
                String known = unitName != null && key.startsWith(prefix + unitName)
                        ? key.substring(prefix.length() + unitName.length()) : null;
                String words2 = known != null ? known : key.replaceFirst("^.{0,12}?(市|县|区)", "");
                if (Headings.matches(words2, prefix + suffix) && !words2.isEmpty()) {
                    fuzzy = new Match(c, false, null);
                }
            }
        }
        return fuzzy;
    }

    private @Nullable ItemMatch matchItem(Headings.Numbered n) {
        String key = Headings.key(n.words());
        List<TemplateItem> all = template.items();
        List<TemplateChapter> scope = new ArrayList<>();
        if (n.chapter() > 0 && n.chapter() <= template.chapters().size()) {
            scope.add(template.chapters().get(n.chapter() - 1));
        } else if (chapter != null) {
            scope.add(chapter);
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean exact = pass == 0;
            if (!scope.isEmpty()) {
                for (TemplateChapter c : scope) {
                    for (TemplateItem t : c.items()) {
                        if (itemMatches(key, t, exact)) {
                            return new ItemMatch(t, c, exact);
                        }
                    }
                }
                continue;
            }
            // No chapter known: the first matching item after the last one placed, then any.
            for (int k = 0; k < all.size(); k++) {
                TemplateItem t = all.get((cursor + k) % all.size());
                if (itemMatches(key, t, exact)) {
                    return new ItemMatch(t, chapterOf(t), exact);
                }
            }
        }
        return null;
    }

    private boolean itemMatches(String key, TemplateItem t, boolean exact) {
        String title = Headings.key(template.fill(t.title(), unitName == null ? templatePlaceholder : unitName));
        if (exact) {
            if (key.equals(title)) {
                return true;
            }
            String bare = Headings.key(t.title());
            String placeholder = Headings.key(templatePlaceholder);
            int at = bare.indexOf(placeholder);
            return at >= 0 && key.startsWith(bare.substring(0, at))
                    && key.endsWith(bare.substring(at + placeholder.length()))
                    && key.length() > bare.length() - placeholder.length();
        }
        String withoutPlaceholder = Headings.key(t.title().replace(templatePlaceholder, ""));
        String keyWithoutUnit = unitName != null ? key.replace(Headings.key(unitName), "") : key;
        return Headings.matches(key, title) || Headings.matches(keyWithoutUnit, withoutPlaceholder);
    }

    private TemplateChapter chapterOf(TemplateItem t) {
        return template.chapters().stream().filter(c -> c.items().contains(t)).findFirst().orElseThrow();
    }

    private void enterChapter(TemplateChapter c, BodyScanner.Para p, String text, Match m) {
        chapter = c;
        item = null;
        extraHeading = null;
        after = text;
        titleSeen = true;
        if (m.unit() != null && unitName == null) {
            unitName = m.unit();
            unitFrom = "chapter";
        }
        if (!m.exact()) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_HEADING_WORDING, position(p), text,
                    c.number() + "、" + template.fill(c.title(), unitName == null ? templatePlaceholder : unitName)));
        }
    }

    private void enterItem(ItemMatch m, BodyScanner.Para p, String text) {
        chapter = m.chapter();
        item = m.item();
        extraHeading = null;
        after = text;
        titleSeen = true;
        cursor = template.items().indexOf(item) + 1;
        if (!m.exact()) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_HEADING_WORDING, position(p), text,
                    item.number() + "." + template.fill(item.title(),
                            unitName == null ? templatePlaceholder : unitName)));
        }
        if (seen.containsKey(item.id())) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_DUPLICATE_ITEM, position(p), item.id()));
        } else {
            seen.put(item.id(), position(p));
        }
    }

    private ContentBlock subheading(BodyScanner.Para p, String text) {
        Headings.Numbered n = Headings.split(text);
        int level = p.outline >= 0 ? (p.outline <= 8 ? p.outline + 1 : Styles.NONE) : styles.level(p.styleId);
        boolean shortLine = n.words().length() <= 30 && !text.contains("。");
        boolean styled = level >= 2 && level <= 9;
        boolean numbered = n.kind() == Headings.Kind.PAREN && (p.bold || n.words().length() <= 12);
        if (item != null && ((styled && text.length() <= 100)
                || (shortLine && (numbered || (p.bold && n.kind() != Headings.Kind.NONE))))) {
            DivisionCode county = divisions.byName(n.words().strip()).map(Division::code).orElse(null);
            return new ContentBlock.Subheading(text, county);
        }
        return new ContentBlock.Paragraph(text);
    }

    // ---- figures and tables

    private int figure(BodyScanner.Para p, String text, @Nullable Object next) {
        int consumed = 0;
        String caption = null;
        String ownText = text;
        if (!text.isEmpty() && FIGURE_CAPTION.matcher(text).matches()) {
            caption = text;
            ownText = "";
        } else if (next instanceof BodyScanner.Para n && n.drawings.isEmpty() && isCaption(n, FIGURE_CAPTION)) {
            caption = (n.numLabel + n.text).strip();
            consumed = 1;
        }
        if (!ownText.isEmpty()) {
            place(position(p), subheading(p, ownText));
        }
        for (int d = 0; d < p.drawings.size(); d++) {
            BodyScanner.Drawing drawing = p.drawings.get(d);
            String c = caption != null && d == p.drawings.size() - 1 ? caption
                    : drawing.description() != null && !drawing.description().isBlank()
                    ? drawing.description().strip() : null;
            if (c == null) {
                c = "图（无题注）";
                findings.add(ReadFinding.of(WordErrorCode.WORD_FIGURE, position(p), c, "no caption / 无题注"));
            }
            if (drawing.chart()) {
                charts++;
                if (c.contains("研发")) {
                    place(position(p), new ContentBlock.Figure(FigureKind.RD_INTENSITY_CHART, c, null));
                } else {
                    findings.add(ReadFinding.of(WordErrorCode.WORD_FIGURE, position(p), c,
                            "a chart; its data is not read / 图表数据未读取"));
                    place(position(p), new ContentBlock.Figure(FigureKind.IMAGE, c, "chart" + charts));
                }
                continue;
            }
            DocxParts.Relationship rel = drawing.imageRel() == null ? null : rels.get(drawing.imageRel());
            byte[] bytes = rel == null || rel.external() ? null : parts.part(rel.target());
            if (rel == null || bytes == null) {
                objects++;
                String name = "object" + objects;
                findings.add(ReadFinding.of(WordErrorCode.WORD_FIGURE, position(p), c,
                        (drawing.embeddedObject() ? "an embedded object" : "a picture") + " that cannot be read "
                                + "/ 无法读取的对象或图片"));
                place(position(p), new ContentBlock.Figure(FigureKind.IMAGE, c, name));
                continue;
            }
            String name = imageName(drawing, rel.target(), bytes);
            images.put(name, bytes);
            place(position(p), new ContentBlock.Figure(FigureKind.IMAGE, c, name));
        }
        return consumed;
    }

    /** The library names a picture after the image the report's figure names; otherwise the media file's name. */
    private String imageName(BodyScanner.Drawing d, String target, byte[] bytes) {
        String name = d.name();
        if (!properties.isEmpty() && name != null && name.matches("[^/\\\\:*?\"<>|]{1,200}")
                && (!images.containsKey(name) || java.util.Arrays.equals(images.get(name), bytes))) {
            return name;
        }
        String file = target.substring(target.lastIndexOf('/') + 1);
        return images.containsKey(file) ? images.size() + "-" + file : file;
    }

    /**
     * Handles a table; returns how many following blocks it consumed: for a figure drawn as tables (the library's
     * chain map: one table per band of links, each carrying the figure's caption as its description, a legend,
     * the caption under it), the other bands, the legend and the caption.
     */
    private int table(BodyScanner.Tbl t, List<Object> blocks, int index) {
        DocumentPosition at = DocumentPosition.ofTable(t.page, t.index, 0, 0,
                t.rows.isEmpty() ? "" : String.join(" ", t.rows.get(0)));
        if (t.rows.isEmpty()) {
            captionText = null;
            return 0;
        }
        titleSeen = true;
        frontDone = true;
        // A figure drawn as tables whatever its caption's wording (图1 …, or the county's own unnumbered one): the
        // bands carry the caption as their description and the caption paragraph under them repeats it.
        if (t.caption != null && !t.caption.isBlank()) {
            String figure = t.caption.strip();
            int k = index + 1;
            while (k < blocks.size() && ((blocks.get(k) instanceof BodyScanner.Tbl band
                    && figure.equals(band.caption == null ? null : band.caption.strip()))
                    || (blocks.get(k) instanceof BodyScanner.Para legend && legend.text.strip().startsWith("图例")))) {
                k++;
            }
            if (k < blocks.size() && blocks.get(k) instanceof BodyScanner.Para n && styles.isCaption(n.styleId)
                    && !styles.isTableCaption(n.styleId) && n.text.strip().equals(figure)) {
                captionText = null;
                place(at, new ContentBlock.Figure(FigureKind.CHAIN_MAP, figure, null));
                return k - index;
            }
        }
        if (t.narrowest != t.widest) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_TABLE_SHAPE, at, t.narrowest, t.widest));
        }
        List<List<String>> rows = new ArrayList<>(t.rows);
        int headerRows = t.headerRows;
        String caption = takeCaption();
        if (rows.size() > 1 && rows.get(0).size() > 1 && rows.get(0).stream().distinct().count() == 1) {
            // A first row merged across the table is its title.
            if (caption == null) {
                caption = rows.get(0).get(0);
            } else {
                unplaceOrPlace(at, new ContentBlock.Paragraph(rows.get(0).get(0)));
            }
            rows.remove(0);
            headerRows--;
        }
        headerRows = Math.max(1, Math.min(headerRows, rows.size()));
        List<String> header = headerRows == 1 ? rows.get(0) : header(rows.subList(0, headerRows));
        if (headerRows > 1) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_HEADER_ROWS, at, headerRows, String.join("｜", header)));
        }
        List<List<String>> body = rows.subList(headerRows, rows.size());
        int[] unitColumns = unitColumns(header);
        if (item != null && item.kind() == ItemKind.UNIT_TABLE && extraHeading == null && unitColumns != null) {
            units(header, unitColumns, body, t);
            if (!unitTableSeen) {
                unitTableSeen = true;
                unitTableCaption = caption;
            }
            return 0;
        }
        place(at, new ContentBlock.Table(caption, header, List.copyOf(body)));
        return 0;
    }

    /**
     * The column names of a header of several rows: each column's headings from the top down, a heading merged
     * down or across counted once, joined by {@code /} ({@code 研发投入（万元）/2023年}).
     */
    static List<String> header(List<List<String>> headerRows) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < headerRows.get(0).size(); c++) {
            List<String> parts = new ArrayList<>();
            for (List<String> row : headerRows) {
                String h = row.get(c).strip();
                if (!h.isEmpty() && !parts.contains(h)) {
                    parts.add(h);
                }
            }
            names.add(String.join("/", parts));
        }
        return names;
    }

    private void unplaceOrPlace(DocumentPosition at, ContentBlock block) {
        place(at, block);
    }

    /** The caption paragraph just placed before a table, taken off the content it was added to. */
    private @Nullable String takeCaption() {
        String c = captionText;
        captionText = null;
        if (c == null) {
            return null;
        }
        if (captionList != null && !captionList.isEmpty()
                && captionList.get(captionList.size() - 1) instanceof ContentBlock.Paragraph para
                && para.text().equals(c)) {
            captionList.remove(captionList.size() - 1);
            return c;
        }
        if (captionUnplaced != null && !unplaced.isEmpty() && unplaced.get(unplaced.size() - 1) == captionUnplaced) {
            unplaced.remove(unplaced.size() - 1);
            return c;
        }
        return null;
    }

    private boolean isCaption(BodyScanner.Para p, Pattern pattern) {
        String text = (p.numLabel + p.text).strip();
        return !text.isEmpty() && text.length() <= 100
                && (pattern.matcher(text).matches() || (styles.isCaption(p.styleId)
                && (pattern == TABLE_CAPTION) == styles.isTableCaption(p.styleId)));
    }

    private static int @Nullable [] unitColumns(List<String> header) {
        int[] col = {-1, -1, -1, -1, -1, -1};
        for (int i = 0; i < header.size(); i++) {
            String h = Headings.key(header.get(i));
            if (col[0] < 0 && h.contains("名称")) {
                col[0] = i;
            } else if (col[1] < 0 && (h.contains("类型") || h.contains("类别"))) {
                col[1] = i;
            } else if (col[2] < 0 && (h.contains("领域") || h.contains("方向"))) {
                col[2] = i;
            } else if (col[3] < 0 && (h.contains("优势") || h.contains("特色"))) {
                col[3] = i;
            } else if (col[4] < 0 && h.contains("联系")) {
                col[4] = i;
            } else if (col[5] < 0 && h.contains("县")) {
                col[5] = i;
            }
        }
        return col[0] >= 0 ? col : null;
    }

    private void units(List<String> header, int[] col, List<List<String>> rows, BodyScanner.Tbl t) {
        List<List<String>> refused = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            DocumentPosition at = DocumentPosition.ofTable(t.page, t.index, r + 2, 0, String.join(" ", row));
            String name = cell(row, col[0]);
            if (name == null) {
                if (row.stream().anyMatch(c -> !c.isBlank() && !c.strip().matches("\\d+|—|-"))) {
                    findings.add(ReadFinding.of(WordErrorCode.WORD_UNIT_ROW, at, "no name / 无名称"));
                    refused.add(row);
                }
                continue;
            }
            String kindText = cell(row, col[1]);
            UnitKind kind = unitKind(kindText, name);
            if (kind == null) {
                findings.add(ReadFinding.of(WordErrorCode.WORD_UNIT_ROW, at, "type “" + kindText + "” / 类型不明"));
                refused.add(row);
                continue;
            }
            String countiesText = col[5] < 0 ? null : cell(row, col[5]);
            List<DivisionCode> counties = countiesText == null ? List.of() : counties(countiesText, at);
            try {
                units.add(new AdvantageUnit(name, kind, cell(row, col[2]), cell(row, col[3]), cell(row, col[4]),
                        counties));
            } catch (CountyChainException e) {
                findings.add(ReadFinding.of(WordErrorCode.WORD_UNIT_ROW, at, e.reason(Locale.ENGLISH)));
                refused.add(row);
            }
        }
        if (!refused.isEmpty()) {
            unplace(DocumentPosition.ofTable(t.page, t.index, 0, 0, ""),
                    new ContentBlock.Table(null, header, refused));
        }
    }

    private static @Nullable String cell(List<String> row, int column) {
        if (column < 0 || column >= row.size()) {
            return null;
        }
        String v = row.get(column).strip();
        return v.isEmpty() || v.equals("—") || v.equals("-") || v.equals("/") ? null : v;
    }

    static @Nullable UnitKind unitKind(@Nullable String text, String name) {
        for (String s : new String[] {text, name}) {
            if (s == null) {
                continue;
            }
            // A remark in brackets at the end (（样例）, （筹）) says nothing of the kind.
            String k = Headings.key(s).replace("/", "").replaceAll("(\\([^()]*\\))+$", "");
            for (UnitKind u : UnitKind.values()) {
                if (k.equals(u.label())) {
                    return u;
                }
            }
            if (s == text) {
                if (k.contains("院所") || k.contains("研究院") || k.contains("研究所") || k.contains("科研")) {
                    return UnitKind.RESEARCH_INSTITUTE;
                }
                if (k.contains("高校") || k.contains("大学") || k.contains("学院") || k.contains("高等")) {
                    return UnitKind.UNIVERSITY;
                }
                if (k.contains("平台") || k.contains("中心") || k.contains("实验室")) {
                    return UnitKind.PLATFORM;
                }
                if (k.contains("团队")) {
                    return UnitKind.TEAM;
                }
                if (k.contains("企业") || k.contains("公司")) {
                    return UnitKind.ENTERPRISE;
                }
            } else if (text == null || text.isBlank()) {
                if (k.endsWith("团队")) {
                    return UnitKind.TEAM;
                }
                if (k.endsWith("大学") || k.endsWith("学院")) {
                    return UnitKind.UNIVERSITY;
                }
                if (k.endsWith("研究院") || k.endsWith("研究所")) {
                    return UnitKind.RESEARCH_INSTITUTE;
                }
                if (k.endsWith("公司")) {
                    return UnitKind.ENTERPRISE;
                }
                if (k.endsWith("中心") || k.endsWith("实验室") || k.endsWith("平台")) {
                    return UnitKind.PLATFORM;
                }
            }
        }
        return null;
    }

    private List<DivisionCode> counties(String text, DocumentPosition at) {
        Set<DivisionCode> out = new LinkedHashSet<>();
        for (String name : text.split("[、,，;；\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<Division> d = divisions.byName(name.strip());
            if (d.isPresent()) {
                out.add(d.get().code());
            } else {
                findings.add(ReadFinding.of(WordErrorCode.WORD_UNKNOWN_UNIT, at, name.strip()));
            }
        }
        return List.copyOf(out);
    }

    // ---- placing

    private void place(DocumentPosition at, ContentBlock block) {
        if (block instanceof ContentBlock.Paragraph) {
            captionText = null;
        }
        if (item != null && extraHeading == null) {
            List<ContentBlock> list = content.computeIfAbsent(item.id(), k -> new ArrayList<>());
            list.add(block);
            captionList = list;
            captionUnplaced = null;
        } else {
            unplace(at, block);
        }
    }

    private void unplace(DocumentPosition at, ContentBlock block) {
        boolean first = unplaced.isEmpty() || !unplaced.get(unplaced.size() - 1).after().equals(after);
        UnplacedBlock u = new UnplacedBlock(at, after, block);
        unplaced.add(u);
        captionUnplaced = u;
        captionList = null;
        if (first && extraHeading == null) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_UNPLACED, at, after.isEmpty() ? "—" : after));
        }
    }

    private DocumentPosition position(BodyScanner.Para p) {
        return DocumentPosition.ofParagraph(p.page, p.index, (p.numLabel + p.text).strip());
    }

    // ---- the report

    private ResearchReport report() {
        // The identity the library wrote is trusted while the document is still the same unit's report.
        Map<String, String> props = unitName == null || unitName.equals(properties.get("unitName"))
                ? properties : Map.of();
        String name = unitName;
        if (name == null) {
            name = props.getOrDefault("unitName", reader.unitName() != null ? reader.unitName() : "未识别");
            findings.add(ReadFinding.of(WordErrorCode.WORD_TITLE, DocumentPosition.DOCUMENT,
                    props.containsKey("unitName") ? "document properties / 文档属性" : "—"));
        } else if (!"title".equals(unitFrom)) {
            findings.add(ReadFinding.of(WordErrorCode.WORD_TITLE, DocumentPosition.DOCUMENT,
                    "the chapter headings / 章标题"));
        }
        String unitId = reader.unitId() != null ? reader.unitId() : props.get("unitId");
        if (unitId == null) {
            Optional<Division> d = divisions.byName(name);
            unitId = d.map(x -> x.code().value()).orElse(null);
            if (unitId == null) {
                unitId = divisions.reportingUnits().stream().filter(u -> u.name().equals(unitName))
                        .map(u -> u.id()).findFirst().orElse(null);
            }
            if (unitId == null) {
                findings.add(ReadFinding.of(WordErrorCode.WORD_UNKNOWN_UNIT, DocumentPosition.DOCUMENT, name));
                unitId = name;
            }
        }
        // The library's own document names the chain in its properties: the subtitle may be the county's wording.
        String chain = reader.chainName() != null ? reader.chainName()
                : props.containsKey("chainName") ? props.get("chainName")
                : chainName != null ? chainName : "未注明产业链";
        String chainId = reader.chainId() != null ? reader.chainId() : props.getOrDefault("chainId",
                unitId + "-" + chain);
        int year = reader.year() > 0 ? reader.year() : parseInt(props.get("year"), 0);
        LocalDate preparedOn = parseDate(props.get("preparedOn"));
        if (year == 0) {
            year = preparedOn != null ? preparedOn.getYear() : editionYear();
        }
        String id = props.getOrDefault("reportId", chainId + "-" + year);
        List<DivisionCode> counties = covered;
        if (counties.isEmpty() && props.containsKey("coveredCounties")) {
            counties = java.util.Arrays.stream(props.get("coveredCounties").split(","))
                    .filter(DivisionCode::isWellFormed).map(DivisionCode::of).distinct().toList();
        }
        if (counties.isEmpty() && DivisionCode.isWellFormed(unitId)) {
            DivisionCode code = DivisionCode.of(unitId);
            if (code.isCountyLevel()) {
                counties = List.of(code);
            }
        }
        List<ReportItem> items = new ArrayList<>();
        for (TemplateItem t : template.items()) {
            List<ContentBlock> blocks = content.get(t.id());
            if (blocks != null && !blocks.isEmpty()) {
                items.add(new ReportItem(t.id(), blocks));
            }
        }
        return new ResearchReport(id, unitId, name, chainId, chain, template.edition(), year, counties, items,
                units, props.get("preparedBy"), preparedOn, subtitleText, ownUnitTableCaption(items, name));
    }

    /**
     * The 三.3 table's caption when it is not the one the exporter numbers itself ({@code 表N} and the item's
     * title, N counting every table before it): the county's wording, kept.
     */
    private @Nullable String ownUnitTableCaption(List<ReportItem> items, String unit) {
        if (unitTableCaption == null) {
            return null;
        }
        int number = 1;
        for (TemplateItem t : template.items()) {
            number += (int) items.stream().filter(i -> i.itemId().equals(t.id()))
                    .flatMap(i -> i.blocks().stream()).filter(b -> b instanceof ContentBlock.Table).count();
            if (t.kind() == ItemKind.UNIT_TABLE) {
                String numbered = "表" + number + " " + template.fill(t.title(), unit);
                return unitTableCaption.strip().equals(numbered) ? null : unitTableCaption.strip();
            }
        }
        return unitTableCaption.strip();
    }

    private int editionYear() {
        Matcher m = Pattern.compile("(20\\d\\d)").matcher(template.edition());
        // The reader's clock (China's time zone unless the caller gave another): the last resort, after the caller,
        // the document's properties and preparation date, and the edition's id.
        return m.find() ? Integer.parseInt(m.group(1)) : LocalDate.now(reader.clock()).getYear();
    }

    private static int parseInt(@Nullable String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static @Nullable LocalDate parseDate(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
