package org.countychain.export.docx.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a .docx package the reader needs, read from its bytes with limits: the file is told apart from
 * legacy, encrypted and other files by its first bytes; entries are inflated one by one, counted, and only XML,
 * relationship and media parts are kept; the package's content types refuse macro-enabled documents and
 * non-Word packages.
 */
final class DocxParts {
    static final String MAIN_DOCUMENT =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String MAIN_TEMPLATE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT =
            "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private final Map<String, byte[]> parts;
    final String mainPart;
    /** The main document part's bytes. */
    final byte[] mainDocument;

    private DocxParts(Map<String, byte[]> parts, String mainPart, byte[] mainDocument) {
        this.parts = parts;
        this.mainPart = mainPart;
        this.mainDocument = mainDocument;
    }

    byte @Nullable [] part(String name) {
        return parts.get(name);
    }

    static DocxParts open(byte[] bytes, String source, ReportReader limits) {
        if (bytes.length == 0) {
            throw refused(WordErrorCode.WORD_NOT_DOCX, source, "", "empty file / 空文件");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw refused(WordErrorCode.WORD_TOO_LARGE, source, "",
                    bytes.length + " bytes > " + limits.maxFileBytes());
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ole2(bytes, source);
        }
        if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            throw refused(WordErrorCode.WORD_LEGACY_FORMAT, source, "", "RTF");
        }
        if (!startsWith(bytes, 'P', 'K', 3, 4)) {
            throw refused(WordErrorCode.WORD_NOT_DOCX, source, "", kindOf(bytes));
        }
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buffer = new byte[8192];
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw refused(WordErrorCode.WORD_TOO_LARGE, source, "",
                            "more than " + limits.maxEntries() + " zip entries");
                }
                String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
                boolean keep = !e.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels")
                        || name.startsWith("word/media/"));
                java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
                long entrySize = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entrySize += n;
                    total += n;
                    if (entrySize > limits.maxPartBytes()) {
                        throw refused(WordErrorCode.WORD_TOO_LARGE, source, name,
                                name + " inflates to more than " + limits.maxPartBytes() + " bytes");
                    }
                    if (total > limits.maxInflatedBytes()) {
                        throw refused(WordErrorCode.WORD_TOO_LARGE, source, name,
                                "the package inflates to more than " + limits.maxInflatedBytes() + " bytes");
                    }
                    if (total > 16L * 1024 * 1024 && total > 200L * bytes.length) {
                        // A ratio no real document has: a zip bomb, stopped before it fills memory or time.
                        throw refused(WordErrorCode.WORD_TOO_LARGE, source, name,
                                "the package inflates more than 200 times its size (a zip bomb)");
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null) {
                    parts.put(name, kept.toByteArray());
                }
            }
        } catch (ZipException | EOFException ex) {
            if (!parts.containsKey("[Content_Types].xml")) {
                throw refused(WordErrorCode.WORD_NOT_DOCX, source, "", "truncated or corrupt zip: " + ex.getMessage());
            }
            // A truncated package whose parts so far are complete is read as far as it goes; a part cut off in the
            // middle is missing and reported below when it is the document itself.
        } catch (IOException ex) {
            throw refused(WordErrorCode.WORD_NOT_DOCX, source, "", "truncated or corrupt zip: " + ex.getMessage());
        }
        byte[] types = parts.get("[Content_Types].xml");
        if (types == null) {
            throw refused(WordErrorCode.WORD_NOT_DOCX, source, "", "no [Content_Types].xml (a zip file, not a document)");
        }
        Map<String, String> contentTypes = contentTypes(types, source);
        for (String type : contentTypes.values()) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.contains("macroenabled") || t.contains("vbaproject")) {
                throw refused(WordErrorCode.WORD_MACRO_ENABLED, source, "", type);
            }
        }
        String main = mainPart(parts, source);
        String mainType = contentTypes.get(main);
        if (mainType == null) {
            String ext = main.substring(main.lastIndexOf('.') + 1);
            mainType = contentTypes.get("ext:" + ext);
        }
        if (!MAIN_DOCUMENT.equals(mainType) && !MAIN_TEMPLATE.equals(mainType)) {
            String what = mainType == null ? "no main document"
                    : mainType.contains("spreadsheetml") ? "an Excel workbook (.xlsx) / Excel 工作簿"
                    : mainType.contains("presentationml") ? "a PowerPoint presentation (.pptx) / PowerPoint 演示文稿"
                    : mainType;
            throw refused(WordErrorCode.WORD_NOT_DOCX, source, "", what);
        }
        byte[] mainDocument = parts.get(main);
        if (mainDocument == null) {
            throw refused(WordErrorCode.WORD_NOT_DOCX, source, main, main + " missing or cut off");
        }
        return new DocxParts(parts, main, mainDocument);
    }

    /** The parts a part's relationships name, by relationship id, resolved against the part's folder. */
    Map<String, Relationship> relationships(String part, String source) {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String relsName = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        byte[] rels = parts.get(relsName);
        Map<String, Relationship> out = new HashMap<>();
        if (rels == null) {
            return out;
        }
        try {
            XMLStreamReader r = SafeXml.reader(rels, source, relsName);
            while (r.hasNext()) {
                if (SafeXml.next(r, source, relsName) == XMLStreamConstants.START_ELEMENT
                        && r.getLocalName().equals("Relationship")) {
                    String id = r.getAttributeValue(null, "Id");
                    String type = String.valueOf(r.getAttributeValue(null, "Type"));
                    String target = String.valueOf(r.getAttributeValue(null, "Target"));
                    boolean external = "External".equals(r.getAttributeValue(null, "TargetMode"));
                    if (id != null) {
                        out.put(id, new Relationship(type.substring(type.lastIndexOf('/') + 1),
                                external ? target : resolve(folder, target), external));
                    }
                }
            }
        } catch (XMLStreamException e) {
            // Broken relationships leave the pictures, styles and numbering they name unread; the text stays.
            return out;
        }
        return out;
    }

    record Relationship(String type, String target, boolean external) {
    }

    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                out.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                out.addLast(s);
            }
        }
        return String.join("/", out);
    }

    private static String mainPart(Map<String, byte[]> parts, String source) {
        byte[] rels = parts.get("_rels/.rels");
        if (rels != null) {
            try {
                XMLStreamReader r = SafeXml.reader(rels, source, "_rels/.rels");
                while (r.hasNext()) {
                    if (SafeXml.next(r, source, "_rels/.rels") == XMLStreamConstants.START_ELEMENT
                            && r.getLocalName().equals("Relationship")) {
                        String type = r.getAttributeValue(null, "Type");
                        if (OFFICE_DOCUMENT.equals(type) || STRICT_OFFICE_DOCUMENT.equals(type)) {
                            return resolve("", String.valueOf(r.getAttributeValue(null, "Target")));
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw refused(WordErrorCode.WORD_NOT_DOCX, source, "_rels/.rels", "_rels/.rels: " + e.getMessage());
            }
        }
        return "word/document.xml";
    }

    private static Map<String, String> contentTypes(byte[] xml, String source) {
        Map<String, String> out = new HashMap<>();
        try {
            XMLStreamReader r = SafeXml.reader(xml, source, "[Content_Types].xml");
            while (r.hasNext()) {
                if (SafeXml.next(r, source, "[Content_Types].xml") != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String type = r.getAttributeValue(null, "ContentType");
                if (type == null) {
                    continue;
                }
                if (r.getLocalName().equals("Override")) {
                    String name = String.valueOf(r.getAttributeValue(null, "PartName"));
                    out.put(name.startsWith("/") ? name.substring(1) : name, type);
                } else if (r.getLocalName().equals("Default")) {
                    out.put("ext:" + String.valueOf(r.getAttributeValue(null, "Extension")).toLowerCase(Locale.ROOT),
                            type);
                }
            }
        } catch (XMLStreamException e) {
            throw refused(WordErrorCode.WORD_NOT_DOCX, source, "[Content_Types].xml",
                    "[Content_Types].xml: " + e.getMessage());
        }
        return out;
    }

    private static InvalidInputException ole2(byte[] bytes, String source) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return refused(WordErrorCode.WORD_ENCRYPTED, source, "");
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return refused(WordErrorCode.WORD_LEGACY_FORMAT, source, "", ".doc / .wps");
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return refused(WordErrorCode.WORD_NOT_DOCX, source, "", "an Excel 97-2003 workbook (.xls)");
            }
            return refused(WordErrorCode.WORD_LEGACY_FORMAT, source, "", "OLE2");
        } catch (IOException | RuntimeException e) {
            return refused(WordErrorCode.WORD_NOT_DOCX, source, "", "corrupt OLE2 file");
        }
    }

    private static String kindOf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("%pdf")) {
            return "a PDF file";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return "an HTML file";
        }
        if (head.startsWith("<?xml")) {
            return "an XML file (a Word 2003 XML document is not .docx)";
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return "a JSON file";
        }
        return "not a zip package";
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static InvalidInputException refused(WordErrorCode code, String source, String part, Object... arguments) {
        return new InvalidInputException(code, new Location(source, 0, 0, part), List.of(arguments), null);
    }
}
