package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.countychain.CountyChainException;
import org.countychain.export.docx.spi.ContributionContext;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.spi.PageMarginWriter;
import org.countychain.export.docx.spi.ParagraphFormat;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.docx.style.TextStyle;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;

/** A contributor writes page headers and footers; the document is read back with the test kit, POI and LibreOffice. */
class PageMarginsTest {
    private static final ExportRequest SAMPLE = ExportRequest.of(DocxExporterTest.COUNTY, DocxExporterTest.REPORT);

    /** The issuing authority in a red header with a rule, 第 n 页 共 m 页 in the footer. */
    static final class Margins implements DocxContributor {
        @Override
        public String id() {
            return "margins";
        }

        @Override
        public void pageMargins(ContributionContext context, PageMarginWriter pages) {
            pages.header(new ParagraphFormat(TextStyle.of(StyleSheet.SONGTI, 10.5), ParagraphFormat.Alignment.CENTRE,
                    "C00000", 0, true), context.request().report().unitName() + "科学技术局 <内部> & 报送");
            pages.footer(ParagraphFormat.centred(TextStyle.of(StyleSheet.SONGTI, 10.5)),
                    "第" + PageMarginWriter.PAGE + "页 共" + PageMarginWriter.PAGES + "页");
        }
    }

    private static byte[] export(DocxExporter exporter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(SAMPLE, out);
        return out.toByteArray();
    }

    @Test
    void aContributorWritesHeaderAndFooterWithPageFields() throws Exception {
        byte[] docx = export(DocxExporter.builder().contributor(new Margins()).build());
        InspectedDocument doc = DocxInspector.inspect(docx);
        String authority = SAMPLE.report().unitName() + "科学技术局 <内部> & 报送";
        assertThat(doc.headers()).containsExactly(authority, authority);
        // Field results read "1" until the reader's program updates them.
        assertThat(doc.footers()).containsExactly("第1页 共1页", "第1页 共1页");
        assertThat(doc.page().evenAndOddFooters()).isTrue();
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var policy = poi.getHeaderFooterPolicy();
            XWPFHeader odd = policy.getDefaultHeader();
            XWPFHeader even = policy.getEvenPageHeader();
            assertThat(odd.getText().trim()).isEqualTo(authority);
            assertThat(even.getText().trim()).isEqualTo(authority);
            XWPFParagraph rule = odd.getParagraphs().get(0);
            assertThat(rule.getCTP().getPPr().getPBdr().getBottom()).isNotNull();
            assertThat(rule.getRuns().get(0).getColor()).isEqualTo("C00000");
            XWPFFooter footer = policy.getDefaultFooter();
            String instructions = footer.getParagraphs().get(0).getCTP().getRList().stream()
                    .flatMap(r -> r.getInstrTextList().stream()).map(t -> t.getStringValue().trim())
                    .collect(Collectors.joining(","));
            assertThat(instructions).isEqualTo("PAGE,NUMPAGES");
            assertThat(policy.getEvenPageFooter().getText()).isEqualTo(footer.getText());
        }
    }

    @Test
    void withoutAContributorTheDefaultPageNumberFooterStaysAndNoHeaderIsWritten() throws Exception {
        InspectedDocument doc = DocxInspector.inspect(export(DocxExporter.builder().build()));
        assertThat(doc.headers()).isEmpty();
        assertThat(doc.footers()).containsExactly("— 1 —", "— 1 —");
    }

    @Test
    void aHeaderAloneKeepsThePageNumbers() throws Exception {
        DocxContributor headerOnly = new DocxContributor() {
            @Override
            public String id() {
                return "header-only";
            }

            @Override
            public void pageMargins(ContributionContext context, PageMarginWriter pages) {
                pages.header(ParagraphFormat.centred(TextStyle.of(StyleSheet.SONGTI, 9)), "内部资料\n注意保存");
            }
        };
        InspectedDocument doc = DocxInspector.inspect(export(DocxExporter.builder().contributor(headerOnly).build()));
        assertThat(doc.headers()).containsExactly("内部资料注意保存", "内部资料注意保存");
        assertThat(doc.footers()).containsExactly("— 1 —", "— 1 —");
    }

    @Test
    void aReferenceDocumentsOwnHeadersWinWithAWarning() throws Exception {
        ReferenceDocument ref = ReferenceDocument.read(new ByteArrayInputStream(ExtensionTest.letterhead()),
                "letterhead.docx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = DocxExporter.builder().referenceDocument(ref).contributor(new Margins()).build()
                .write(SAMPLE, out);
        assertThat(result.warnings()).anyMatch(w -> w.contains("页眉页脚"));
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(poi.getHeaderList()).hasSize(1);
            assertThat(poi.getHeaderList().get(0).getText()).contains("某某市科学技术局").doesNotContain("<内部>");
            assertThat(poi.getFooterList()).noneMatch(f -> f.getText().contains("共"));
        }
    }

    @Test
    void aFailingMarginWriterIsNamed() {
        DocxContributor broken = new DocxContributor() {
            @Override
            public String id() {
                return "broken-margins";
            }

            @Override
            public void pageMargins(ContributionContext context, PageMarginWriter pages) {
                pages.footer(null, "x");
            }
        };
        assertThatThrownBy(() -> export(DocxExporter.builder().contributor(broken).build()))
                .isInstanceOf(CountyChainException.class).hasMessageContaining("broken-margins");
    }

    @Test
    @Tag("libreoffice")
    void libreOfficeNumbersEveryPage() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "libreoffice"));
        Path docx = dir.resolve("page-margins.docx");
        Files.write(docx, export(DocxExporter.builder().contributor(new Margins()).build()));
        Path pdf = LibreOffice.toPdf(docx);
        int pages = LibreOffice.pages(pdf);
        String flat = LibreOffice.text(pdf).replaceAll("\\s+", "");
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(flat).contains("第" + page + "页共" + pages + "页");
        }
        assertThat(flat).doesNotContain("—1—");
        assertThat(List.of(flat.split("科学技术局<内部>&报送", -1))).hasSize(pages + 1);
    }
}
