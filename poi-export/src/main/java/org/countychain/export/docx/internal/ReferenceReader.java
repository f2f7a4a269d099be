package org.countychain.export.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.jspecify.annotations.Nullable;

/**
 * Reads what an export takes from a reference .docx, defensively: the zip is first scanned with limits on entries and
 * inflated size, then opened with POI (whose zip-bomb ratio check applies) and its XML parsed with POI's secure
 * parser (no DTDs, no external entities). Only styles, the section properties, and the header and footer parts with
 * their images are kept; macros, fields' results, embedded objects and everything else are left behind.
 */
public final class ReferenceReader {
    /** The largest reference file accepted. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final long MAX_INFLATED = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 2000;
    private static final int MAX_PART_BYTES = 16 * 1024 * 1024;

    private ReferenceReader() {
    }

    /** Thrown with a reason a person can act on. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String reason, @Nullable Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * Reads the parts.
     *
     * @param bytes the file, at most {@link #MAX_BYTES}
     * @return the parts
     * @throws Unusable when the file is not a usable .docx or breaks a limit
     */
    public static ReferenceParts read(byte[] bytes) throws Unusable {
        if (bytes.length > MAX_BYTES) {
            throw new Unusable("larger than " + MAX_BYTES + " bytes", null);
        }
        scan(bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            List<PackagePart> mains = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (mains.isEmpty()) {
                throw new Unusable("no main document part", null);
            }
            PackagePart main = mains.get(0);
            if (!main.getContentType().contains("wordprocessingml.document.main")) {
                throw new Unusable("not a Word document (" + main.getContentType() + ")", null);
            }
            String styles = null;
            Set<String> styleIds = new HashSet<>();
            boolean evenAndOdd = false;
            for (PackageRelationship rel : main.getRelationships()) {
                if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                    continue;
                }
                String type = rel.getRelationshipType();
                if (type.endsWith("/styles")) {
                    PackagePart p = main.getRelatedPart(rel);
                    byte[] b = bytes(p);
                    Document d = parse(b);
                    NodeList list = d.getElementsByTagNameNS(Parts.W, "style");
                    for (int i = 0; i < list.getLength(); i++) {
                        styleIds.add(((Element) list.item(i)).getAttributeNS(Parts.W, "styleId"));
                    }
                    styles = new String(b, StandardCharsets.UTF_8);
                } else if (type.endsWith("/settings")) {
                    Document d = parse(bytes(main.getRelatedPart(rel)));
                    evenAndOdd = d.getElementsByTagNameNS(Parts.W, "evenAndOddHeaders").getLength() > 0;
                }
            }
            Document doc = parse(bytes(main));
            Element sectPr = lastSectPr(doc);
            List<ReferenceParts.Part> parts = new ArrayList<>();
            String section = "";
            if (sectPr != null) {
                int n = 0;
                List<Node> drop = new ArrayList<>();
                for (Node c = sectPr.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!(c instanceof Element e)) {
                        continue;
                    }
                    String local = e.getLocalName();
                    if ("headerReference".equals(local) || "footerReference".equals(local)) {
                        String rid = e.getAttributeNS(Parts.R, "id");
                        PackageRelationship rel = main.getRelationship(rid);
                        if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL) {
                            drop.add(e);
                            continue;
                        }
                        n++;
                        String kind = local.startsWith("header") ? "header" : "footer";
                        String newId = "rIdR" + n;
                        copyHeaderOrFooter(main.getRelatedPart(rel), kind, n, newId, parts);
                        e.setAttributeNS(Parts.R, "r:id", newId);
                    } else if (e.hasAttributeNS(Parts.R, "id")) {
                        drop.add(e);
                    } else if ("pgMar".equals(local)) {
                        // Every attribute of w:pgMar is required; a reference made by a library may lack some.
                        String[][] defaults = {{"top", "1440"}, {"right", "1800"}, {"bottom", "1440"},
                            {"left", "1800"}, {"header", "851"}, {"footer", "992"}, {"gutter", "0"}};
                        for (String[] d : defaults) {
                            if (!e.hasAttributeNS(Parts.W, d[0])) {
                                e.setAttributeNS(Parts.W, "w:" + d[0], d[1]);
                            }
                        }
                    }
                }
                drop.forEach(sectPr::removeChild);
                section = serialise(sectPr);
            }
            return new ReferenceParts(styles, styleIds, section, evenAndOdd, parts);
        } catch (Unusable e) {
            throw e;
        } catch (Exception e) {
            throw new Unusable(String.valueOf(e.getMessage()), e);
        }
    }

    private static void copyHeaderOrFooter(PackagePart part, String kind, int n, String newId,
                                           List<ReferenceParts.Part> parts) throws Exception {
        String name = "word/ref-" + kind + n + ".xml";
        StringBuilder rels = new StringBuilder(Parts.DECL)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int m = 0;
        for (PackageRelationship rel : part.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL && rel.getRelationshipType().endsWith("/hyperlink")) {
                // A link in the letterhead (the bureau's web site) stays a link; nothing is fetched.
                rels.append("<Relationship Id=\"").append(Parts.esc(rel.getId())).append("\" Type=\"")
                        .append(Parts.esc(rel.getRelationshipType())).append("\" Target=\"")
                        .append(Parts.esc(rel.getTargetURI().toString())).append("\" TargetMode=\"External\"/>");
                m++;
                continue;
            }
            if (rel.getTargetMode() == TargetMode.EXTERNAL || !rel.getRelationshipType().endsWith("/image")) {
                continue;
            }
            PackagePart image = part.getRelatedPart(rel);
            String ext = image.getPartName().getExtension();
            String imageName = "word/media/ref-" + kind + n + "-" + ++m + "." + ext.replaceAll("[^A-Za-z0-9]", "");
            parts.add(new ReferenceParts.Part(imageName, bytes(image), image.getContentType(), null, null));
            rels.append("<Relationship Id=\"").append(Parts.esc(rel.getId())).append("\" Type=\"")
                    .append(Parts.esc(rel.getRelationshipType())).append("\" Target=\"")
                    .append(imageName.substring("word/".length())).append("\"/>");
        }
        rels.append("</Relationships>");
        byte[] xml = bytes(part);
        parse(xml);
        parts.add(new ReferenceParts.Part(name, xml, part.getContentType(), newId, kind));
        if (m > 0) {
            parts.add(new ReferenceParts.Part("word/_rels/ref-" + kind + n + ".xml.rels",
                    rels.toString().getBytes(StandardCharsets.UTF_8), null, null, null));
        }
    }

    /**
     * The reference's styles with ours added for every style id it lacks (our default flags dropped, so its defaults
     * stay the defaults).
     */
    static String mergeStyles(String reference, String ours) {
        try {
            Document ref = parse(reference.getBytes(StandardCharsets.UTF_8));
            Document own = parse(ours.getBytes(StandardCharsets.UTF_8));
            Set<String> ids = new HashSet<>();
            NodeList existing = ref.getElementsByTagNameNS(Parts.W, "style");
            for (int i = 0; i < existing.getLength(); i++) {
                ids.add(((Element) existing.item(i)).getAttributeNS(Parts.W, "styleId"));
            }
            NodeList mine = own.getElementsByTagNameNS(Parts.W, "style");
            for (int i = 0; i < mine.getLength(); i++) {
                Element style = (Element) mine.item(i);
                if (!ids.contains(style.getAttributeNS(Parts.W, "styleId"))) {
                    Element copy = (Element) ref.importNode(style, true);
                    copy.removeAttributeNS(Parts.W, "default");
                    ref.getDocumentElement().appendChild(copy);
                }
            }
            return Parts.DECL + serialise(ref.getDocumentElement());
        } catch (Exception e) {
            // The reference was parsed when read; should it fail now, our own styles still make a valid document.
            return ours;
        }
    }

    private static @Nullable Element lastSectPr(Document doc) {
        NodeList bodies = doc.getElementsByTagNameNS(Parts.W, "body");
        if (bodies.getLength() == 0) {
            return null;
        }
        Element sect = null;
        for (Node c = bodies.item(0).getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "sectPr".equals(e.getLocalName())) {
                sect = e;
            }
        }
        return sect;
    }

    private static void scan(byte[] bytes) throws Unusable {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new Unusable("more than " + MAX_ENTRIES + " zip entries", null);
                }
                int r;
                while ((r = zip.read(buffer)) > 0) {
                    total += r;
                    if (total > MAX_INFLATED) {
                        throw new Unusable("inflates to more than " + MAX_INFLATED + " bytes", null);
                    }
                }
            }
        } catch (IOException e) {
            throw new Unusable("not a zip file: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new Unusable("not a zip file", null);
        }
    }

    private static byte[] bytes(PackagePart part) throws IOException, Unusable {
        try (InputStream in = part.getInputStream()) {
            byte[] b = in.readNBytes(MAX_PART_BYTES + 1);
            if (b.length > MAX_PART_BYTES) {
                throw new Unusable(part.getPartName() + " is larger than " + MAX_PART_BYTES + " bytes", null);
            }
            return b;
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilder builder = XMLHelper.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static String serialise(Element e) throws Exception {
        Transformer t = XMLHelper.newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.setOutputProperty(OutputKeys.INDENT, "no");
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(e), new StreamResult(w));
        return w.toString();
    }
}
