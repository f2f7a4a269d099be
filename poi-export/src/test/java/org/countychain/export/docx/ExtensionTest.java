package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.countychain.CountyChainException;
import org.countychain.InvalidInputException;
import org.countychain.export.ReportExporters;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.export.docx.spi.BodyWriter;
import org.countychain.export.docx.spi.ContributionContext;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.spi.ParagraphFormat;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.docx.style.TextStyle;
import org.countychain.export.model.ExportRequest;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.TemplateItem;

class ExtensionTest {
    private static final ExportRequest SAMPLE = ExportRequest.of(DocxExporterTest.COUNTY, DocxExporterTest.REPORT);

    private static byte[] export(DocxExporter exporter, ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(request, out);
        return out.toByteArray();
    }

    @Test
    void theDocxExporterIsFoundThroughServiceLoader() {
        ReportExporters all = ReportExporters.discover(getClass().getClassLoader());
        assertThat(all.require("DOCX")).isInstanceOf(DocxExporter.class);
        assertThat(all.require("docx").mediaType()).isEqualTo(DocxExporter.MEDIA_TYPE);
        assertThat(all.problems()).isEmpty();
        assertThatThrownBy(() -> all.require("pdf")).isInstanceOf(CountyChainException.class)
                .hasMessageContaining("CC-5003").hasMessageContaining("docx");
        assertThat(ReportExporters.builder().add(new DocxExporter()).build().find("docx")).isPresent();
    }

    /** A letterhead above the title, a section after 3.2, its own chain map, larger tables. */
    static final class TestContributor implements DocxContributor {
        @Override
        public String id() {
            return "test";
        }

        @Override
        public StyleSheet styleSheet(StyleSheet base) {
            return base.toBuilder().table(base.table().withSize(10.5)).build();
        }

        @Override
        public void beforeTitle(ContributionContext context, BodyWriter body) {
            body.paragraph(new ParagraphFormat(TextStyle.of(StyleSheet.XIAOBIAOSONG, 26), ParagraphFormat.Alignment.CENTRE,
                    "C00000", 0, true), "晋江市科学技术局文件");
        }

        @Override
        public boolean replaceFigure(ContentBlock.Figure figure, ContributionContext context, BodyWriter body) {
            if (figure.kind() != FigureKind.CHAIN_MAP) {
                return false;
            }
            body.table("自绘图谱", List.of("环节"), List.of(List.of("化纤原料")));
            return true;
        }

        @Override
        public void afterItem(TemplateItem item, ContributionContext context, BodyWriter body) {
            if (item.id().equals("3.2")) {
                body.heading(4, "（1）本地补充");
                body.paragraph("由插件写入的段落。");
            }
        }
    }

    @Test
    void contributorsAddAndReplaceContent() throws Exception {
        DocxExporter exporter = DocxExporter.builder().contributor(new TestContributor()).build();
        assertThat(exporter.styleSheet().table().sizePt()).isEqualTo(10.5);
        byte[] docx = export(exporter, SAMPLE);
        InspectedDocument doc = DocxInspector.inspect(docx);
        assertThat(doc.paragraphs().get(0)).isEqualTo("晋江市科学技术局文件");
        assertThat(doc.outline()).containsSubsequence("2.产业科技创新对策建议及技术攻关方向", "（1）本地补充",
                "3.晋江市重点产业科技创新优势单位（团队）");
        assertThat(doc.tables()).anyMatch(t -> "自绘图谱".equals(t.caption()));
        assertThat(doc.figures()).extracting(InspectedDocument.Figure::kind)
                .containsExactly(InspectedDocument.FigureType.CHART);
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(poi.getParagraphs().get(0).getRuns().get(0).getColor()).isEqualTo("C00000");
        }
    }

    @Test
    void aFailingContributorIsNamed() {
        DocxContributor broken = new DocxContributor() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public void afterChapters(ContributionContext context, BodyWriter body) {
                throw new IllegalStateException("boom");
            }
        };
        DocxExporter exporter = DocxExporter.builder().contributor(broken).build();
        assertThatThrownBy(() -> export(exporter, SAMPLE)).isInstanceOf(CountyChainException.class)
                .hasMessageContaining("CC-5003").hasMessageContaining("broken").hasMessageContaining("boom");
    }

    static byte[] letterhead() throws Exception {
        try (XWPFDocument ref = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ref.createParagraph().createRun().setText("模板正文");
            XWPFHeader header = ref.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("某某市科学技术局");
            CTSectPr sect = ref.getDocument().getBody().isSetSectPr() ? ref.getDocument().getBody().getSectPr()
                    : ref.getDocument().getBody().addNewSectPr();
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(1701));
            mar.setBottom(BigInteger.valueOf(1701));
            mar.setLeft(BigInteger.valueOf(1701));
            mar.setRight(BigInteger.valueOf(1701));
            ref.createStyles();
            ref.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aReferenceDocumentGivesItsPageSetupAndHeader() throws Exception {
        ReferenceDocument ref = ReferenceDocument.read(new ByteArrayInputStream(letterhead()), "letterhead.docx");
        byte[] docx = export(DocxExporter.builder().referenceDocument(ref).build(), SAMPLE);
        InspectedDocument doc = DocxInspector.inspect(docx);
        assertThat(doc.page().topMm()).isEqualTo(30.0);
        assertThat(doc.page().leftMm()).isEqualTo(30.0);
        assertThat(doc.outline().get(0)).isEqualTo("晋江市县域重点产业创新链调研报告");
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(poi.getHeaderList()).hasSize(1);
            assertThat(poi.getHeaderList().get(0).getText()).contains("某某市科学技术局");
            assertThat(poi.getStyles().getStyle("Heading1")).isNotNull();
            assertThat(poi.getParagraphs().get(0).getStyle()).isEqualTo("Title");
        }
    }

    @Test
    void aReferenceDocumentWithoutASectionKeepsOurPageSetupAndFooters() throws Exception {
        byte[] bytes;
        try (XWPFDocument ref = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ref.createParagraph().createRun().setText("只有样式");
            if (ref.getDocument().getBody().isSetSectPr()) {
                ref.getDocument().getBody().unsetSectPr();
            }
            ref.write(out);
            bytes = out.toByteArray();
        }
        ReferenceDocument ref = ReferenceDocument.read(new ByteArrayInputStream(bytes), "styles-only.docx");
        InspectedDocument doc = DocxInspector.inspect(export(DocxExporter.builder().referenceDocument(ref).build(),
                SAMPLE));
        assertThat(doc.page().topMm()).isEqualTo(37.0);
        assertThat(doc.page().footers()).isEqualTo(2);
        assertThat(doc.page().evenAndOddFooters()).isTrue();
    }

    @Test
    void unusableReferenceDocumentsAreRefused() throws Exception {
        assertThatThrownBy(() -> ReferenceDocument.read(new ByteArrayInputStream("no zip".getBytes(
                StandardCharsets.UTF_8)), "x.docx")).hasMessageContaining("CC-5002").hasMessageContaining("x.docx");
        // A zip bomb: a small file that inflates far beyond the limit.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> ReferenceDocument.read(new ByteArrayInputStream(bomb.toByteArray()), "bomb.docx"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("CC-5002").contains("inflates to more than");
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("参考文档不可用：解压后超过");
                });
        // A DOCTYPE (entity expansion) in a part is refused by the secure parser.
        ByteArrayOutputStream doctype = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(doctype)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY a \"aaaa\">]><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\">&a;</Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        // The reason is the library's, in the reader's language, never the parser's English.
        assertThatThrownBy(() -> ReferenceDocument.read(new ByteArrayInputStream(doctype.toByteArray()), "dtd.docx"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("CC-5002")
                            .contains("参考文档不可用：文件中的 XML 含有 DOCTYPE 声明").doesNotContain("disallowed");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("its XML holds a DOCTYPE declaration")
                            .doesNotContain("disallowed");
                });
    }
}
