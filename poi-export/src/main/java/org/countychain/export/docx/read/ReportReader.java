package org.countychain.export.docx.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.countychain.CountyChainIOException;
import org.countychain.InvalidInputException;
import org.countychain.division.Divisions;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.jspecify.annotations.Nullable;

/**
 * Reads a 《县域重点产业创新链调研报告》 written in Word (读取 Word 调研报告) into a
 * {@link org.countychain.report.ResearchReport} of a template edition. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult r = ReportReader.defaults().read(Path.of("晋江市调研报告.docx"));
 * ResearchReport report = r.report();                 // title → unit, subtitle → chain, items by their headings
 * r.findings().forEach(f -> log.warn(f.describe(Locale.CHINA)));   // [CC-6420] 第2页 第14段“…”: …
 * r.unplaced();                                       // what belongs to no template item, kept in order
 * r.missingRequiredItems();                           // [3.3] when the unit table is missing
 * }</pre>
 *
 * <p>Headings are recognised by their numbering (typed {@code 一、}, {@code 1.}, {@code （一）} in full or half
 * width, or Word's automatic numbering), their style (headings, title, outline level) or boldness, and their wording
 * compared with the template's within a tolerance ({@link #HEADING_TOLERANCE}); a heading matched within the
 * tolerance, content that belongs to no item, a missing item, tracked changes (read as accepted) and comments (not
 * kept) are {@link ReadFinding findings} with their {@link DocumentPosition}. A document the library wrote reads
 * back to the report it was written from: its identity (ids, year, who prepared it) is in the document's custom
 * properties.
 *
 * <p>Reading is defensive: the file, each part and the whole package once inflated are limited, XML with a DTD is
 * refused, nothing is executed; .doc and .wps, encrypted, macro-enabled and non-Word files are refused with their
 * own codes ({@code CC-6401}…{@code CC-6407}).
 *
 * @since 0.1.0
 */
public final class ReportReader {
    /** The smallest similarity at which a heading's wording still matches the template's. */
    public static final double HEADING_TOLERANCE = Headings.TOLERANCE;
    /** The default file size limit: 64 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The default limit of one part once inflated: 64 MiB. */
    public static final long DEFAULT_MAX_PART_BYTES = 64L * 1024 * 1024;
    /** The default limit of the whole package once inflated: 256 MiB. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    /** The default limit of the document's text: 10 million characters. */
    public static final long DEFAULT_MAX_TEXT_CHARS = 10_000_000;
    private static final int MAX_ENTRIES = 5_000;

    private final ReportTemplates templates;
    private final @Nullable String edition;
    private final Divisions divisions;
    private final long maxFileBytes;
    private final long maxPartBytes;
    private final long maxInflatedBytes;
    private final long maxTextChars;
    private final @Nullable String unitId;
    private final @Nullable String unitName;
    private final @Nullable String chainId;
    private final @Nullable String chainName;
    private final int year;
    private final Clock clock;

    private ReportReader(ReportTemplates templates, @Nullable String edition, Divisions divisions, long maxFileBytes,
                         long maxPartBytes, long maxInflatedBytes, long maxTextChars, @Nullable String unitId,
                         @Nullable String unitName, @Nullable String chainId, @Nullable String chainName, int year,
                         Clock clock) {
        this.templates = templates;
        this.edition = edition;
        this.divisions = divisions;
        this.maxFileBytes = maxFileBytes;
        this.maxPartBytes = maxPartBytes;
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxTextChars = maxTextChars;
        this.unitId = unitId;
        this.unitName = unitName;
        this.chainId = chainId;
        this.chainName = chainName;
        this.year = year;
        this.clock = clock;
    }

    /**
     * A reader with the built-in template editions (the document's own edition, or the default), Fujian's
     * divisions and the default limits.
     *
     * @return the reader
     */
    public static ReportReader defaults() {
        return new ReportReader(ReportTemplates.builtIn(), null, Divisions.fujian(), DEFAULT_MAX_FILE_BYTES,
                DEFAULT_MAX_PART_BYTES, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_TEXT_CHARS, null, null, null, null,
                0, Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    private ReportReader copy(ReportTemplates t, @Nullable String e, Divisions d, long f, long p, long i, long c,
                              @Nullable String ui, @Nullable String un, @Nullable String ci, @Nullable String cn,
                              int y) {
        return new ReportReader(t, e, d, f, p, i, c, ui, un, ci, cn, y, clock);
    }

    /**
     * This reader with other template editions.
     *
     * @param v the editions
     * @return a new reader
     */
    public ReportReader withTemplates(ReportTemplates v) {
        return copy(Objects.requireNonNull(v), edition, divisions, maxFileBytes, maxPartBytes, maxInflatedBytes,
                maxTextChars, unitId, unitName, chainId, chainName, year);
    }

    /**
     * This reader reading every document against one edition, whatever the document says.
     *
     * @param v the edition's id, for example {@code fujian-2024}
     * @return a new reader
     * @throws org.countychain.ReferenceDataException {@code CC-3002} for an unknown edition
     */
    public ReportReader withEdition(String v) {
        templates.require(v);
        return copy(templates, v, divisions, maxFileBytes, maxPartBytes, maxInflatedBytes, maxTextChars, unitId,
                unitName, chainId, chainName, year);
    }

    /**
     * This reader with other divisions, to tell the reporting unit's and sub-headings' counties by name.
     *
     * @param v the divisions
     * @return a new reader
     */
    public ReportReader withDivisions(Divisions v) {
        return copy(templates, edition, Objects.requireNonNull(v), maxFileBytes, maxPartBytes, maxInflatedBytes,
                maxTextChars, unitId, unitName, chainId, chainName, year);
    }

    /**
     * This reader with other size limits.
     *
     * @param fileBytes     the file, at least 1
     * @param partBytes     one part once inflated, at least 1
     * @param inflatedBytes the whole package once inflated, at least 1
     * @param textChars     the document's text, at least 1
     * @return a new reader
     */
    public ReportReader withLimits(long fileBytes, long partBytes, long inflatedBytes, long textChars) {
        if (fileBytes < 1 || partBytes < 1 || inflatedBytes < 1 || textChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        return copy(templates, edition, divisions, fileBytes, partBytes, inflatedBytes, textChars, unitId, unitName,
                chainId, chainName, year);
    }

    /**
     * This reader giving every report read the identity the caller knows, in place of what the document says or
     * what is derived from it: the reporting unit, the chain and the year. {@code null} or 0 keeps the document's.
     *
     * @param unitId    the reporting unit's id, for example {@code 350582}
     * @param chainId   the chain's id
     * @param chainName the chain's name
     * @param year      the reporting year, or 0
     * @return a new reader
     */
    public ReportReader withIdentity(String unitId, String chainId, String chainName, int year) {
        return copy(templates, edition, divisions, maxFileBytes, maxPartBytes, maxInflatedBytes, maxTextChars,
                unitId, unitName, chainId, chainName, year);
    }

    /**
     * This reader taking the reporting year from {@code clock} when nothing else names it: not the caller
     * ({@link #withIdentity}), the document's properties, its preparation date, nor the edition's id (a custom
     * edition such as {@code city-own}). By default the system clock in China's time zone (Asia/Shanghai), so the
     * same document reads the same on any server; a test or a batch re-run passes a fixed clock to read the same
     * year on any day.
     *
     * @param v the clock
     * @return a new reader
     */
    public ReportReader withClock(Clock v) {
        return new ReportReader(templates, edition, divisions, maxFileBytes, maxPartBytes, maxInflatedBytes,
                maxTextChars, unitId, unitName, chainId, chainName, year, Objects.requireNonNull(v, "clock"));
    }

    /**
     * Reads a file.
     *
     * @param file the .docx
     * @return the report and what was noticed
     * @throws InvalidInputException  {@code CC-6401}…{@code CC-6407} when the file is refused
     * @throws CountyChainIOException when the file cannot be read
     */
    public ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw DocxParts.refused(WordErrorCode.WORD_TOO_LARGE, name, "", size + " bytes > " + maxFileBytes);
            }
            return read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new CountyChainIOException(name, e);
        }
    }

    /**
     * Reads a stream, up to the file size limit.
     *
     * @param in     the .docx; not closed
     * @param source the document's name for messages
     * @return the report and what was noticed
     * @throws InvalidInputException  when the document is refused
     * @throws CountyChainIOException when the stream cannot be read
     */
    public ReadResult read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            return read(bytes, source);
        } catch (IOException e) {
            throw new CountyChainIOException(source, e);
        }
    }

    /**
     * Reads bytes.
     *
     * @param docx   the .docx
     * @param source the document's name for messages
     * @return the report and what was noticed
     * @throws InvalidInputException when the document is refused
     */
    public ReadResult read(byte[] docx, String source) {
        Objects.requireNonNull(docx, "docx");
        DocxParts parts = DocxParts.open(docx, source, this);
        String part = parts.mainPart;
        try {
            Map<String, DocxParts.Relationship> rels = parts.relationships(parts.mainPart, source);
            part = "styles.xml";
            Styles styles = Styles.read(related(parts, rels, "styles"), source);
            part = "numbering.xml";
            Numbering numbering = Numbering.read(related(parts, rels, "numbering"), source);
            part = "comments.xml";
            Map<String, String[]> comments = comments(related(parts, rels, "comments"), source);
            part = "footnotes.xml";
            Map<String, String> footnotes = notes(related(parts, rels, "footnotes"), source, part, "footnote");
            part = "endnotes.xml";
            Map<String, String> endnotes = notes(related(parts, rels, "endnotes"), source, part, "endnote");
            part = "docProps/custom.xml";
            Map<String, String> properties = customProperties(parts, source);
            ReportTemplate template = template(properties.get("templateEdition"));
            part = parts.mainPart;
            BodyScanner body = BodyScanner.scan(parts.mainDocument, source, parts.mainPart, styles, numbering,
                    maxTextChars);
            return new Assembler(this, template, source, parts, rels, styles, properties)
                    .assemble(body.blocks, body.insertions, body.deletions, comments, footnotes, endnotes);
        } catch (XMLStreamException e) {
            throw DocxParts.refused(WordErrorCode.WORD_NOT_DOCX, source, part,
                    part + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    private ReportTemplate template(@Nullable String documentEdition) {
        if (edition != null) {
            return templates.require(edition);
        }
        Optional<ReportTemplate> named = documentEdition == null ? Optional.empty() : templates.edition(documentEdition);
        if (named.isPresent()) {
            return named.get();
        }
        ReportTemplate fallback = templates.defaultEdition();
        // Templates always hold a default edition (the first one added); without one the document's must be known.
        return fallback != null ? fallback : templates.require(String.valueOf(documentEdition));
    }

    private static byte @Nullable [] related(DocxParts parts, Map<String, DocxParts.Relationship> rels, String type) {
        return rels.values().stream().filter(r -> r.type().equals(type) && !r.external())
                .map(r -> parts.part(r.target())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Map<String, String[]> comments(byte @Nullable [] xml, String source) throws XMLStreamException {
        Map<String, String[]> out = new HashMap<>();
        if (xml == null) {
            return out;
        }
        XMLStreamReader r = SafeXml.reader(xml, source, "comments.xml");
        String id = null;
        String author = null;
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = SafeXml.next(r, source, "comments.xml");
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("comment")) {
                    id = Docx.attr(r, "id");
                    author = Docx.attr(r, "author");
                    text.setLength(0);
                } else if (r.getLocalName().equals("t") && id != null) {
                    text.append(r.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("comment") && id != null) {
                out.put(id, new String[] {author == null ? "?" : author, text.toString()});
                id = null;
            }
        }
        return out;
    }

    /**
     * The text of each footnote (or endnote) by id, its paragraphs joined by a space; the separators Word keeps
     * among the notes are left out.
     */
    private static Map<String, String> notes(byte @Nullable [] xml, String source, String part, String element)
            throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        if (xml == null) {
            return out;
        }
        XMLStreamReader r = SafeXml.reader(xml, source, part);
        String id = null;
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = SafeXml.next(r, source, part);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals(element)) {
                    String type = Docx.attr(r, "type");
                    id = type == null || type.equals("normal") ? Docx.attr(r, "id") : null;
                    text.setLength(0);
                } else if (id != null && name.equals("t")) {
                    text.append(r.getElementText());
                } else if (id != null && name.equals("p") && text.length() > 0) {
                    text.append(' ');
                } else if (id != null && name.equals("noBreakHyphen")) {
                    text.append('-');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(element) && id != null) {
                out.put(id, text.toString().strip());
                id = null;
            }
        }
        return out;
    }

    /** The document's custom properties named {@code CountyChain.*}, without the prefix. */
    private static Map<String, String> customProperties(DocxParts parts, String source) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        byte[] xml = parts.part("docProps/custom.xml");
        if (xml == null) {
            return out;
        }
        XMLStreamReader r = SafeXml.reader(xml, source, "docProps/custom.xml");
        String name = null;
        while (r.hasNext()) {
            int event = SafeXml.next(r, source, "docProps/custom.xml");
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("property")) {
                String n = r.getAttributeValue(null, "name");
                name = n != null && n.startsWith(CUSTOM_PREFIX) ? n.substring(CUSTOM_PREFIX.length()) : null;
            } else if (name != null && (r.getLocalName().equals("lpwstr") || r.getLocalName().equals("i4"))) {
                out.put(name, r.getElementText());
                name = null;
            }
        }
        return out;
    }

    /** The prefix of the custom document properties the library writes and reads back. */
    public static final String CUSTOM_PREFIX = "CountyChain.";

    Divisions divisions() {
        return divisions;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    long maxPartBytes() {
        return maxPartBytes;
    }

    long maxInflatedBytes() {
        return maxInflatedBytes;
    }

    int maxEntries() {
        return MAX_ENTRIES;
    }

    @Nullable String unitId() {
        return unitId;
    }

    @Nullable String unitName() {
        return unitName;
    }

    @Nullable String chainId() {
        return chainId;
    }

    @Nullable String chainName() {
        return chainName;
    }

    int year() {
        return year;
    }

    Clock clock() {
        return clock;
    }
}
