package org.countychain.export.docx.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.countychain.division.DivisionCode;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.report.UnitKind;

/**
 * Reports the library did not write: documents LibreOffice made from hand-written HTML and flat ODT (see the
 * fixtures' README), each with the heading habits, tables and figures of a county's own report.
 */
class OtherWritersTest {
    static final List<String> ALL_ITEMS = ReportTemplates.fujian2024().items().stream().map(i -> i.id()).toList();
    static final String FIRST = "石狮市纺织服装产业起步于上世纪八十年代，现已形成从化纤、织造、印染到服装制造的完整链条。";

    static ReadResult read(String fixture) {
        try (InputStream in = OtherWritersTest.class.getResourceAsStream("fixtures/" + fixture)) {
            return ReportReader.defaults().read(in, fixture);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertShishi(ReadResult r) {
        ResearchReport report = r.report();
        assertThat(report.unitName()).isEqualTo("石狮市");
        assertThat(report.unitId()).isEqualTo("350581");
        assertThat(report.chainName()).isEqualTo("纺织服装");
        assertThat(report.coveredCounties()).containsExactly(DivisionCode.of("350581"));
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.item("1.1").orElseThrow().blocks().get(0)).isEqualTo(new ContentBlock.Paragraph(FIRST));
        assertThat(report.item("3.2").orElseThrow().blocks())
                .containsExactly(new ContentBlock.Paragraph("建议组织功能面料、无水染色和智能缝制装备技术攻关。"));
    }

    @Test
    void headingsTypedAsBoldParagraphsWithFullWidthNumbers() {
        ReadResult r = read("typed-headings.docx");
        assertShishi(r);
        assertThat(r.recognised()).containsExactlyElementsOf(ALL_ITEMS);
        assertThat(r.isClean()).isTrue();
        assertThat(r.report().advantageUnits()).extracting(AdvantageUnit::name, AdvantageUnit::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("华侨大学", UnitKind.UNIVERSITY),
                org.assertj.core.groups.Tuple.tuple("石狮市纺织面料检测中心（样例）", UnitKind.PLATFORM));
        assertThat(r.missingRequiredItems()).isEmpty();
    }

    @Test
    void headingStylesAutomaticNumberingAndSplitRunsReadTheSame() {
        ResearchReport typed = read("typed-headings.docx").report();
        for (String fixture : List.of("styled-headings.docx", "split-runs.docx")) {
            ReadResult r = read(fixture);
            assertThat(r.isClean()).as(fixture).isTrue();
            assertThat(r.report()).as(fixture).isEqualTo(typed);
        }
        ReadResult numbered = read("auto-numbering.docx");
        assertShishi(numbered);
        assertThat(numbered.recognised()).containsExactlyElementsOf(ALL_ITEMS);
        assertThat(numbered.isClean()).isTrue();
        assertThat(numbered.report().items()).isEqualTo(typed.items());
    }

    @Test
    void wordsOfWordsNumberingAreComputedAsWordShowsThem() throws Exception {
        byte[] docx;
        try (InputStream in = getClass().getResourceAsStream("fixtures/auto-numbering.docx")) {
            docx = in.readAllBytes();
        }
        DocxParts parts = DocxParts.open(docx, "auto-numbering.docx", ReportReader.defaults());
        Styles styles = Styles.read(parts.part("word/styles.xml"), "x");
        Numbering numbering = Numbering.read(parts.part("word/numbering.xml"), "x");
        BodyScanner body = BodyScanner.scan(parts.part("word/document.xml"), "x", "word/document.xml", styles,
                numbering, 1_000_000);
        List<String> headings = body.blocks.stream().map(b -> (BodyScanner.Para) b)
                .filter(p -> !p.numLabel.isEmpty()).map(p -> p.numLabel + p.text).toList();
        assertThat(headings).containsExactly("一、石狮市县域重点产业发展现状", "1.产业现状", "2.产业技术发展现状、技术瓶颈",
                "二、石狮市重点产业国内产业发展现状", "1.产业现状", "2.产业技术发展现状、技术瓶颈", "3.产业技术发展趋势（方向）",
                "三、石狮市县域重点产业发展对策建议", "1.产业对策建议", "2.产业科技创新对策建议及技术攻关方向",
                "3.石狮市重点产业科技创新优势单位（团队）");
    }

    @Test
    void differentWordingIsMatchedWithinTheToleranceAndReported() {
        ReadResult r = read("wording.docx");
        assertShishi(r);
        assertThat(r.recognised()).containsExactlyElementsOf(ALL_ITEMS);
        assertThat(r.findings()).extracting(ReadFinding::code).containsOnly(WordErrorCode.WORD_HEADING_WORDING);
        assertThat(r.findings()).hasSize(4);
        assertThat(r.findings().get(0).describe(Locale.CHINA))
                .isEqualTo("[CC-6420] 第1页 第4段“1、 产业发展现状”: 标题“1、 产业发展现状”按“1.产业现状”识别（措辞不同）");
        assertThat(r.findings().get(1).position().paragraph()).isEqualTo(6);
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void mergedCellsAreResolvedAndTheCaptionAboveIsTheTables() {
        ContentBlock.Table t = (ContentBlock.Table) read("merged-table.docx").report().item("1.1").orElseThrow()
                .blocks().get(1);
        assertThat(t.caption()).isEqualTo("表1 石狮市纺织服装重点企业研发投入（2024年）");
        // Two header rows: 企业名称 merged down, 研发投入 across its two columns; each column named from the top.
        assertThat(t.header()).containsExactly("企业名称", "研发投入/研发费用（万元）", "研发投入/占营业收入比重");
        assertThat(t.rows()).containsExactly(
                List.of("石狮市甲纺织有限公司（样例）", "1200", "3.1%"),
                List.of("石狮市乙服装有限公司（样例）", "未填报", "未填报"));
    }

    @Test
    void aPictureIsAFigureWithItsCaptionAndItsBytes() {
        ReadResult r = read("image.docx");
        assertThat(r.report().item("1.2").orElseThrow().blocks()).endsWith(
                new ContentBlock.Figure(FigureKind.IMAGE, "图1 石狮市纺织服装产业链示意", "image1.png"));
        assertThat(r.images()).containsOnlyKeys("image1.png");
        assertThat(r.images().get("image1.png")).startsWith(0x89, 'P', 'N', 'G');
        assertThat(r.isClean()).isTrue();
    }

    @Test
    void anExtraSectionIsKeptUnplacedInOrder() {
        ReadResult r = read("extra-section.docx");
        assertShishi(r);
        assertThat(r.unplaced()).extracting(u -> ((ContentBlock.Paragraph) u.block()).text())
                .containsExactly("四、保障措施", "建立产业链链长制，定期会商解决重大问题。", "落实科技特派员制度，服务企业技术需求。");
        assertThat(r.unplaced()).allSatisfy(u -> assertThat(u.after()).isEqualTo("四、保障措施"));
        assertThat(r.unplaced().get(0).position().paragraph()).isEqualTo(22);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(WordErrorCode.WORD_UNPLACED);
            assertThat(f.position().paragraph()).isEqualTo(22);
        });
        assertThat(r.report().item("3.3").orElseThrow().blocks()).hasSize(1);
        assertThat(r.report().advantageUnits()).hasSize(2);
    }

    @Test
    void aMissingItemIsReportedAndCountsAsMissing() {
        ReadResult r = read("missing-item.docx");
        assertThat(r.recognised()).doesNotContain("2.3");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(WordErrorCode.WORD_ITEM_MISSING);
            assertThat(f.describe(Locale.CHINA)).isEqualTo("[CC-6422] 未找到条目 2.3“3.产业技术发展趋势（方向）”");
        });
        // 3.3 has its paragraph, and with it counts as filled even without the unit table (the library's rule).
        assertThat(r.missingRequiredItems()).containsExactly("2.3");
        assertThat(r.report().advantageUnits()).isEmpty();
    }

    @Test
    void unitTablesInOtherWordsAreReadAndRowsThatAreNoUnitKept() {
        ReadResult r = read("unit-table.docx");
        assertThat(r.report().advantageUnits()).containsExactly(
                new AdvantageUnit("福建省纺织科学研究院（样例）", UnitKind.RESEARCH_INSTITUTE, "功能纺织品", "中试能力", "张工"),
                new AdvantageUnit("泉州师范学院（样例）", UnitKind.UNIVERSITY, "纺织服装", "人才培养", null),
                new AdvantageUnit("石狮市服装产业技术创新团队（样例）", UnitKind.TEAM, "智能缝制", "装备改造", null));
        assertThat(r.findings(WordErrorCode.WORD_UNIT_ROW)).singleElement().satisfies(f -> {
            assertThat(f.position().table()).isEqualTo(1);
            assertThat(f.position().row()).isEqualTo(5);
            assertThat(f.describe(Locale.ENGLISH)).contains("孵化器");
        });
        assertThat(r.unplaced()).singleElement().satisfies(u -> assertThat(((ContentBlock.Table) u.block()).rows())
                .containsExactly(List.of("4", "石狮市创客空间（样例）", "孵化器", "创业服务", "—", "—")));
    }

    @Test
    void trackedChangesAreReadAcceptedAndCommentsReported() {
        ReadResult r = read("tracked-changes.docx");
        assertThat(r.report().item("1.1").orElseThrow().blocks())
                .containsExactly(new ContentBlock.Paragraph(FIRST + "新增的一句话。"));
        assertThat(r.findings(WordErrorCode.WORD_TRACKED_CHANGES)).singleElement()
                .satisfies(f -> assertThat(f.describe(Locale.CHINA)).isEqualTo(
                        "[CC-6423] 文档含修订（插入 1 处，删除 1 处），已按接受修订读取"));
        assertThat(r.findings(WordErrorCode.WORD_COMMENT)).singleElement().satisfies(f -> {
            assertThat(f.arguments()).containsExactly("市科技局 李", "请补充数据来源");
            assertThat(f.position().paragraph()).isEqualTo(7);
        });
        assertThat(r.report().toString()).doesNotContain("已删除的旧表述");
    }

    @Test
    void aConsolidatedReportKeepsEachCountysTextAttributed() {
        ReadResult r = read("consolidated.docx");
        ResearchReport report = r.report();
        assertThat(report.unitId()).isEqualTo("350500");
        assertThat(report.unitName()).isEqualTo("泉州市");
        assertThat(report.chainName()).isEqualTo("纺织鞋服");
        assertThat(report.coveredCounties()).containsExactly(DivisionCode.of("350582"), DivisionCode.of("350581"));
        assertThat(report.isConsolidated()).isTrue();
        assertThat(report.item("2.3").orElseThrow().blocks()).containsExactly(
                new ContentBlock.Subheading("（1）晋江市", DivisionCode.of("350582")),
                new ContentBlock.Paragraph("晋江市：绿色低碳、数字智能和功能化是产业技术发展的主要方向。"),
                new ContentBlock.Subheading("（2）石狮市", DivisionCode.of("350581")),
                new ContentBlock.Paragraph("石狮市：绿色低碳、数字智能和功能化是产业技术发展的主要方向。"));
        assertThat(report.advantageUnits()).singleElement().satisfies(u -> assertThat(u.counties())
                .containsExactly(DivisionCode.of("350582"), DivisionCode.of("350581")));
        assertThat(r.isClean()).isTrue();
    }
}
