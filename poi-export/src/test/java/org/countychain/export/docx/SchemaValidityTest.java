package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.NoticeAppendix;

/**
 * Every XML part of an exported report is valid against the ECMA-376 schemas (POI's full schema jar), element
 * order included: Word refuses files that LibreOffice and POI read without complaint.
 */
class SchemaValidityTest {
    private static Map<String, byte[]> parts(byte[] docx) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static List<String> errors(String name, byte[] xml) throws Exception {
        XmlObject o;
        if (name.equals("word/document.xml")) {
            o = DocumentDocument.Factory.parse(new ByteArrayInputStream(xml));
        } else if (name.equals("word/styles.xml")) {
            o = StylesDocument.Factory.parse(new ByteArrayInputStream(xml));
        } else if (name.equals("word/settings.xml")) {
            o = SettingsDocument.Factory.parse(new ByteArrayInputStream(xml));
        } else if (name.equals("word/fontTable.xml")) {
            o = FontsDocument.Factory.parse(new ByteArrayInputStream(xml));
        } else if (name.startsWith("word/footer") || name.startsWith("word/ref-footer")) {
            o = FtrDocument.Factory.parse(new ByteArrayInputStream(xml));
        } else if (name.startsWith("word/ref-header") || name.startsWith("word/header")) {
            o = org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument.Factory.parse(
                    new ByteArrayInputStream(xml));
        } else if (name.startsWith("word/charts/")) {
            o = ChartSpaceDocument.Factory.parse(new ByteArrayInputStream(xml));
        } else {
            return List.of();
        }
        List<XmlError> found = new ArrayList<>();
        o.validate(new XmlOptions().setErrorListener(found));
        return found.stream().map(e -> name + ": " + e.getMessage()).toList();
    }

    private static void assertValid(byte[] docx) throws Exception {
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, byte[]> p : parts(docx).entrySet()) {
            errors.addAll(errors(p.getKey(), p.getValue()));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theSampleReportWithEveryAppendixIsSchemaValid() throws Exception {
        ExportRequest request = ExportRequest.builder(DocxExporterTest.REPORT).dataset(DocxExporterTest.COUNTY)
                .noticeAppendices(NoticeAppendix.values()).build();
        assertValid(DocxExporterTest.export(request));
    }

    @Test
    void theCheckCatchesElementsOutOfOrder() throws Exception {
        String bad = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/><w:pStyle w:val=\"Normal\"/></w:pPr></w:p></w:body></w:document>";
        assertThat(errors("word/document.xml", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void aReportOnALetterheadIsSchemaValid() throws Exception {
        ReferenceDocument ref = ReferenceDocument.read(new ByteArrayInputStream(ExtensionTest.letterhead()), "l.docx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxExporter.builder().referenceDocument(ref).build()
                .write(ExportRequest.of(DocxExporterTest.COUNTY, DocxExporterTest.REPORT), out);
        assertThat(parts(out.toByteArray())).containsKey("word/ref-header1.xml");
        assertValid(out.toByteArray());
    }

    @Test
    void contributedContentIsSchemaValid() throws Exception {
        DocxContributor contributor = new ExtensionTest.TestContributor();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxExporter.builder().contributor(contributor).build()
                .write(ExportRequest.of(DocxExporterTest.COUNTY, DocxExporterTest.REPORT), out);
        assertValid(out.toByteArray());
    }

    @Test
    void contributedHeadersAndFootersAreSchemaValid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxExporter.builder().contributor(new PageMarginsTest.Margins()).build()
                .write(ExportRequest.of(DocxExporterTest.COUNTY, DocxExporterTest.REPORT), out);
        assertThat(parts(out.toByteArray())).containsKeys("word/header1.xml", "word/header2.xml", "word/footer1.xml");
        assertValid(out.toByteArray());
    }
}
