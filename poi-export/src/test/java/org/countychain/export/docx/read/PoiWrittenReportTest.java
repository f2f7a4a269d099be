package org.countychain.export.docx.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.UnitKind;

/**
 * A report written by Apache POI's XWPF ({@code fixtures/poi-xwpf.docx}, made by {@link PoiWrittenReport}): bold
 * plain headings numbered by numbering.xml, footnotes, a two-row table header, page and section breaks.
 */
class PoiWrittenReportTest {
    private static final ReadResult READ = OtherWritersTest.read("poi-xwpf.docx");

    @Test
    void boldPlainHeadingsNumberedByNumberingXmlAreTheTemplatesItems() {
        assertThat(READ.report().unitName()).isEqualTo("晋江市");
        assertThat(READ.report().chainName()).isEqualTo("纺织鞋服");
        assertThat(READ.recognised()).containsExactlyElementsOf(OtherWritersTest.ALL_ITEMS);
        assertThat(READ.missingRequiredItems()).isEmpty();
        assertThat(READ.unplaced()).isEmpty();
        assertThat(READ.report().advantageUnits()).extracting(AdvantageUnit::kind)
                .containsExactly(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE);
    }

    @Test
    void footnotesAreKeptAfterTheirParagraphWithTheirMarkerAndReported() {
        assertThat(READ.report().item("1.1").orElseThrow().blocks()).containsExactly(
                new ContentBlock.Paragraph("2024年全县纺织鞋服产业规模以上企业实现产值1200亿元[注1]，占全县规模以上工业的四成。"),
                new ContentBlock.Paragraph("[注1] 数据来源：晋江市统计局《2024年晋江统计年鉴》。"));
        assertThat(READ.report().item("3.2").orElseThrow().blocks()).containsExactly(
                new ContentBlock.Paragraph("建议组织功能面料、无水染色和智能缝制装备技术攻关[注3]。"),
                new ContentBlock.Paragraph("[注3] 攻关方向由县科技局会同行业协会提出。"));
        List<ReadFinding> notes = READ.findings().stream().filter(f -> f.code() == WordErrorCode.WORD_NOTE).toList();
        assertThat(notes).hasSize(3);
        assertThat(notes.get(0).describe(Locale.CHINA)).startsWith("[CC-6431] 第1页")
                .contains("[注1]").contains("数据来源：晋江市统计局");
        assertThat(notes.get(0).describe(Locale.ENGLISH)).contains("note [注1]");
    }

    @Test
    void aTwoRowHeaderGivesEachColumnItsHeadingsFromTheTop() {
        ContentBlock.Table table = READ.report().item("1.2").orElseThrow().blocks().stream()
                .filter(ContentBlock.Table.class::isInstance).map(ContentBlock.Table.class::cast).findFirst()
                .orElseThrow();
        assertThat(table.header()).containsExactly("序号", "企业名称", "研发投入（万元）/2023年", "研发投入（万元）/2024年", "联系电话");
        assertThat(table.rows()).containsExactly(
                List.of("1", "晋江市样例鞋业有限公司", "1200", "1350", "0595-85671234"),
                List.of("2", "晋江市样例面料科技有限公司", "860", "990", "0595-85675678"));
        assertThat(READ.findings()).anySatisfy(f -> assertThat(f.describe(Locale.CHINA))
                .startsWith("[CC-6432]").contains("表头有 2 行"));
    }

    private static final List<String> PAGE_STARTS = List.of("晋江市县域重点产业发展现状", "晋江市重点产业国内产业发展现状",
            "晋江市县域重点产业发展对策建议", "产业科技创新对策建议及技术攻关方向");

    /** The pages the scanner gives the first paragraph of each page and the last table. */
    private static List<Integer> pages(byte[] docx) {
        try {
            DocxParts parts = DocxParts.open(docx, "poi-xwpf.docx", ReportReader.defaults());
            BodyScanner body = BodyScanner.scan(parts.part("word/document.xml"), "x", "word/document.xml",
                    Styles.read(parts.part("word/styles.xml"), "x"), Numbering.read(parts.part("word/numbering.xml"),
                            "x"), 1_000_000);
            List<Integer> pages = new java.util.ArrayList<>();
            for (String heading : PAGE_STARTS) {
                pages.add(body.blocks.stream().filter(b -> b instanceof BodyScanner.Para p && p.text.equals(heading))
                        .map(b -> ((BodyScanner.Para) b).page).findFirst().orElseThrow());
            }
            pages.add(((BodyScanner.Tbl) body.blocks.get(body.blocks.size() - 1)).page);
            return pages;
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fixture() throws java.io.IOException {
        try (java.io.InputStream in = OtherWritersTest.class.getResourceAsStream("fixtures/poi-xwpf.docx")) {
            return in.readAllBytes();
        }
    }

    /**
     * A page break ends chapter 一, a section break (next page) chapter 二, and item 三.2 has pageBreakBefore: the
     * chapters start pages 1, 2, 3, item 三.2 page 4, and findings say so.
     */
    @Test
    void pagesFollowPageBreaksSectionBreaksAndPageBreakBefore() throws Exception {
        assertThat(pages(fixture())).containsExactly(1, 2, 3, 4, 4);
        List<ReadFinding> notes = READ.findings().stream().filter(f -> f.code() == WordErrorCode.WORD_NOTE).toList();
        assertThat(notes).extracting(f -> f.position().page()).containsExactly(1, 3, 4);
    }

    /** {@code w:pageBreakBefore} in the paragraph's style starts a page as it does on the paragraph. */
    @Test
    void aStyleWithPageBreakBeforeStartsAPage() throws Exception {
        Map<String, byte[]> parts = HostileDocumentsTest.unzip(fixture());
        String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("<w:pageBreakBefore w:val=\"on\"/>");
        xml = xml.replace("<w:pageBreakBefore w:val=\"on\"/>", "<w:pStyle w:val=\"ItemOnNewPage\"/>");
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        parts.put("word/styles.xml", ("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"PageStart\"><w:name w:val=\"Page start\"/>"
                + "<w:pPr><w:pageBreakBefore/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ItemOnNewPage\"><w:name w:val=\"Item on new page\"/>"
                + "<w:basedOn w:val=\"PageStart\"/></w:style></w:styles>").getBytes(StandardCharsets.UTF_8));
        assertThat(pages(HostileDocumentsTest.rezip(parts))).containsExactly(1, 2, 3, 4, 4);
    }

    /** A section break whose next section is continuous starts no page. */
    @Test
    void aContinuousSectionStartsNoPage() throws Exception {
        Map<String, byte[]> parts = HostileDocumentsTest.unzip(fixture());
        String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        // The body's own section properties are the last section's: a continuous one.
        xml = xml.replace("</w:body>", "<w:sectPr><w:type w:val=\"continuous\"/></w:sectPr></w:body>");
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(pages(HostileDocumentsTest.rezip(parts))).containsExactly(1, 2, 2, 3, 3);
    }

    /**
     * Once Word has saved the document, it marks where each page began ({@code w:lastRenderedPageBreak}), the
     * pages of explicit breaks included: those marks alone give the page, so no break is counted twice.
     */
    @Test
    void pagesWordLaidOutAreNotCountedTwice() throws Exception {
        Map<String, byte[]> parts = HostileDocumentsTest.unzip(fixture());
        String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        // Word's marks at the starts of pages 2, 3 and 4: in the first run of each page's first paragraph.
        for (String first : PAGE_STARTS.subList(1, PAGE_STARTS.size())) {
            int t = xml.lastIndexOf("<w:t", xml.indexOf(first));
            xml = xml.substring(0, t) + "<w:lastRenderedPageBreak/>" + xml.substring(t);
        }
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        byte[] saved = HostileDocumentsTest.rezip(parts);
        assertThat(pages(saved)).containsExactly(1, 2, 3, 4, 4);
        ReadResult r = ReportReader.defaults().read(saved, "saved-by-word.docx");
        assertThat(r.findings().stream().filter(f -> f.code() == WordErrorCode.WORD_NOTE))
                .extracting(f -> f.position().page()).containsExactly(1, 3, 4);
    }
}
