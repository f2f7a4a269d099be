package org.countychain.export.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.countychain.CountyChainIOException;
import org.countychain.export.docx.spi.ContributionContext;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.jspecify.annotations.Nullable;

/**
 * Writes a WordprocessingML package straight into a {@link ZipOutputStream}: the document part is streamed while the
 * report is walked, the other parts follow. Every entry has the same fixed time and the entries a fixed order, so
 * the same request gives the same bytes.
 */
public final class DocxPackageWriter {
    /**
     * The time of every zip entry, so output does not depend on when it was written: the project's reproducible-build
     * timestamp. Not the DOS epoch 1980-01-01 00:00: {@code ZipEntry} takes that as "before 1980" and adds an
     * extended timestamp computed in the JVM's time zone, so the bytes would differ between zones.
     */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final String CT = "application/vnd.openxmlformats-officedocument.";

    private final StyleSheet sheet;
    private final List<DocxContributor> contributors;
    private final @Nullable ReferenceParts reference;

    /**
     * A writer.
     *
     * @param sheet        the style sheet (after the contributors' changes)
     * @param contributors the contributors, in order
     * @param reference    parts taken from a reference document, or {@code null}
     */
    public DocxPackageWriter(StyleSheet sheet, List<DocxContributor> contributors, @Nullable ReferenceParts reference) {
        this.sheet = sheet;
        this.contributors = List.copyOf(contributors);
        this.reference = reference;
    }

    /**
     * Writes the report.
     *
     * @param request what to export
     * @param out     where to write; not closed
     * @return what was written
     */
    public ExportResult write(ExportRequest request, OutputStream out) {
        Counting counting = new Counting(out);
        ZipOutputStream zip = new ZipOutputStream(counting, StandardCharsets.UTF_8);
        zip.setLevel(6);
        Extras extras = new Extras();
        List<String> warnings = new ArrayList<>();
        long removed;
        ContributionContext context = new Context(request, sheet);
        PageMargins margins = new PageMargins(sheet);
        for (DocxContributor c : contributors) {
            ReportBody.guard(c, () -> c.pageMargins(context, margins));
        }
        boolean ownMargins = ownSection() && (margins.hasHeader() || margins.hasFooter());
        if (!ownSection() && (margins.hasHeader() || margins.hasFooter())) {
            warnings.add("参考文档自带页眉页脚，插件写的页眉页脚未使用");
        }
        boolean header = ownMargins && margins.hasHeader();
        try {
            entry(zip, "word/document.xml");
            XmlWriter x = new XmlWriter(zip);
            x.raw(Parts.DECL).raw("<w:document xmlns:w=\"").raw(Parts.W).raw("\" xmlns:r=\"").raw(Parts.R)
                    .raw("\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                            + "<w:body>");
            BodyXml body = new BodyXml(x, sheet, extras, reference == null);
            new ReportBody(request, sheet, contributors, context, body, warnings).write();
            x.raw(reference != null && !reference.sectionProperties().isEmpty()
                    ? reference.sectionProperties()
                    : Parts.sectionProperties(sheet.page(), sheet.body().sizePt(), sheet.lineSpacingPt(),
                            header ? "rIdH1" : null, header ? "rIdH2" : null, "rId4", "rId5"));
            x.raw("</w:body></w:document>");
            x.flush();
            removed = x.removedCharacters();
            zip.closeEntry();

            if (reference == null) {
                put(zip, "word/styles.xml", Parts.styles(sheet));
                put(zip, "word/settings.xml", Parts.settings(true));
                put(zip, "word/fontTable.xml", Parts.fontTable(sheet));
                footers(zip, margins);
            } else {
                put(zip, "word/styles.xml", reference.mergedStyles(Parts.styles(sheet)));
                put(zip, "word/settings.xml", Parts.settings(ownSection() || reference.evenAndOddHeaders()));
                put(zip, "word/fontTable.xml", Parts.fontTable(sheet));
                if (ownSection()) {
                    footers(zip, margins);
                }
                for (ReferenceParts.Part p : reference.parts()) {
                    entry(zip, p.name());
                    zip.write(p.bytes());
                    zip.closeEntry();
                }
            }
            for (int i = 0; i < extras.charts.size(); i++) {
                put(zip, "word/charts/chart" + (i + 1) + ".xml", extras.charts.get(i));
            }
            for (int i = 0; i < extras.images.size(); i++) {
                entry(zip, "word/media/image" + (i + 1) + "." + extras.imageExtensions.get(i));
                zip.write(extras.images.get(i));
                zip.closeEntry();
            }
            put(zip, "word/_rels/document.xml.rels", documentRelationships(extras, header));
            put(zip, "docProps/core.xml", core(request));
            put(zip, "docProps/app.xml", Parts.appProperties());
            put(zip, "docProps/custom.xml", Parts.customProperties(identity(request)));
            put(zip, "_rels/.rels", Parts.packageRelationships());
            put(zip, "[Content_Types].xml", contentTypes(extras, header));
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new CountyChainIOException("docx", e);
        } catch (UncheckedIOException e) {
            // UncheckedIOException's constructor requires the IOException that getCause() returns.
            IOException cause = e.getCause();
            throw new CountyChainIOException("docx", cause != null ? cause : new IOException(e));
        }
        return new ExportResult("docx", counting.count, removed, warnings);
    }

    /**
     * Our footers, or the contributors' when one wrote a footer, and the contributors' headers. The same part for odd
     * and even pages (the settings ask for different ones: our page numbers sit on the outer side).
     */
    private void footers(ZipOutputStream zip, PageMargins margins) throws IOException {
        if (margins.hasFooter()) {
            put(zip, "word/footer1.xml", margins.footerPart());
            put(zip, "word/footer2.xml", margins.footerPart());
        } else {
            put(zip, "word/footer1.xml", Parts.footer(sheet, true));
            put(zip, "word/footer2.xml", Parts.footer(sheet, false));
        }
        if (margins.hasHeader()) {
            put(zip, "word/header1.xml", margins.headerPart());
            put(zip, "word/header2.xml", margins.headerPart());
        }
    }

    /** Our own page setup and footers: without a reference document, or when the reference has no section. */
    private boolean ownSection() {
        return reference == null || reference.sectionProperties().isEmpty();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        entry(zip, name);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String documentRelationships(Extras extras, boolean header) {
        StringBuilder sb = new StringBuilder(Parts.DECL)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        rel(sb, "rId1", "styles", "styles.xml");
        rel(sb, "rId2", "settings", "settings.xml");
        rel(sb, "rId3", "fontTable", "fontTable.xml");
        if (ownSection()) {
            rel(sb, "rId4", "footer", "footer1.xml");
            rel(sb, "rId5", "footer", "footer2.xml");
        }
        if (header) {
            rel(sb, "rIdH1", "header", "header1.xml");
            rel(sb, "rIdH2", "header", "header2.xml");
        }
        if (reference != null) {
            for (ReferenceParts.Part p : reference.parts()) {
                String id = p.relationshipId();
                String type = p.relationshipType();
                if (id != null && type != null) {
                    rel(sb, id, type, p.name().substring("word/".length()));
                }
            }
        }
        for (int i = 0; i < extras.charts.size(); i++) {
            rel(sb, "rIdC" + (i + 1), "chart", "charts/chart" + (i + 1) + ".xml");
        }
        for (int i = 0; i < extras.images.size(); i++) {
            rel(sb, "rIdI" + (i + 1), "image", "media/image" + (i + 1) + "." + extras.imageExtensions.get(i));
        }
        return sb.append("</Relationships>").toString();
    }

    private static void rel(StringBuilder sb, String id, String type, String target) {
        sb.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(Parts.REL).append(type)
                .append("\" Target=\"").append(target).append("\"/>");
    }

    private String contentTypes(Extras extras, boolean header) {
        StringBuilder sb = new StringBuilder(Parts.DECL)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Default Extension=\"png\" ContentType=\"image/png\"/>")
                .append("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>");
        override(sb, "/word/document.xml", CT + "wordprocessingml.document.main+xml");
        override(sb, "/word/styles.xml", CT + "wordprocessingml.styles+xml");
        override(sb, "/word/settings.xml", CT + "wordprocessingml.settings+xml");
        override(sb, "/word/fontTable.xml", CT + "wordprocessingml.fontTable+xml");
        if (ownSection()) {
            override(sb, "/word/footer1.xml", CT + "wordprocessingml.footer+xml");
            override(sb, "/word/footer2.xml", CT + "wordprocessingml.footer+xml");
        }
        if (header) {
            override(sb, "/word/header1.xml", CT + "wordprocessingml.header+xml");
            override(sb, "/word/header2.xml", CT + "wordprocessingml.header+xml");
        }
        if (reference != null) {
            for (ReferenceParts.Part p : reference.parts()) {
                if (p.contentType() != null) {
                    override(sb, "/" + p.name(), p.contentType());
                }
            }
        }
        for (int i = 0; i < extras.charts.size(); i++) {
            override(sb, "/word/charts/chart" + (i + 1) + ".xml", CT + "drawingml.chart+xml");
        }
        override(sb, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(sb, "/docProps/app.xml", CT + "extended-properties+xml");
        override(sb, "/docProps/custom.xml", CT + "custom-properties+xml");
        return sb.append("</Types>").toString();
    }

    private static void override(StringBuilder sb, String part, String type) {
        sb.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    /** The report's identity as custom properties, read back by {@code ReportReader}. */
    private static java.util.Map<String, String> identity(ExportRequest request) {
        var r = request.report();
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        String prefix = "CountyChain.";
        p.put(prefix + "reportId", r.id());
        p.put(prefix + "unitId", r.unitId());
        p.put(prefix + "unitName", r.unitName());
        p.put(prefix + "chainId", r.chainId());
        p.put(prefix + "chainName", r.chainName());
        p.put(prefix + "templateEdition", r.templateEdition());
        p.put(prefix + "year", Integer.toString(r.year()));
        p.put(prefix + "coveredCounties", String.join(",", r.coveredCounties().stream()
                .map(org.countychain.division.DivisionCode::value).toList()));
        if (r.preparedBy() != null) {
            p.put(prefix + "preparedBy", r.preparedBy());
        }
        if (r.preparedOn() != null) {
            p.put(prefix + "preparedOn", r.preparedOn().toString());
        }
        return p;
    }

    private static String core(ExportRequest request) {
        var r = request.report();
        String title = Parts.esc(XmlText.clean(request.template().titleFor(r.unitName())));
        String created = r.preparedOn() == null ? null : r.preparedOn() + "T00:00:00Z";
        return Parts.coreProperties(title, Parts.esc(XmlText.clean(r.chainName())),
                Parts.esc(XmlText.clean(r.preparedBy() == null ? r.unitName() : r.preparedBy())), created);
    }

    /** Pictures and charts met while writing the document. */
    private static final class Extras implements BodyXml.PackageParts {
        final List<String> charts = new ArrayList<>();
        final List<byte[]> images = new ArrayList<>();
        final List<String> imageExtensions = new ArrayList<>();

        @Override
        public String addImage(byte[] bytes, String extension) {
            images.add(bytes.clone());
            imageExtensions.add(extension);
            return "rIdI" + images.size();
        }

        @Override
        public String addChart(String chartXml) {
            charts.add(chartXml);
            return "rIdC" + charts.size();
        }
    }

    private record Context(ExportRequest request, StyleSheet styleSheet) implements ContributionContext {
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends OutputStream {
        private final OutputStream target;
        private long count;

        Counting(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
