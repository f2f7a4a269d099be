package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.InvalidInputException;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.test.docx.InspectedDocument.FigureType;
import org.countychain.export.model.ExportRequest;
import org.countychain.report.ReportTemplates;

class DocxInspectorTest {
    private static final InspectedDocument SAMPLE = DocxInspector.inspect(
            DocxExporterTest.export(ExportRequest.of(DocxExporterTest.COUNTY, DocxExporterTest.REPORT)));

    @Test
    void outlineIsTheTemplatesHeadings() {
        assertThat(SAMPLE.outline()).isEqualTo(
                DocxExporterTest.headingsInOrder(ReportTemplates.fujian2024(), DocxExporterTest.REPORT));
        assertThat(SAMPLE.headings().get(1).level()).isEqualTo(1);
        assertThat(SAMPLE.headings().get(2).level()).isEqualTo(3);
        // The sample county's own subtitle, printed instead of the chain's name.
        assertThat(SAMPLE.paragraphs().get(1)).isEqualTo("——以纺织鞋服产业链为例");
    }

    @Test
    void pageSetupIsGbt9704() {
        InspectedDocument.Page p = SAMPLE.page();
        assertThat(List.of(p.widthMm(), p.heightMm(), p.topMm(), p.bottomMm(), p.leftMm(), p.rightMm()))
                .containsExactly(210.0, 297.0, 37.0, 35.0, 28.0, 26.0);
        assertThat(p.linePitchTwips()).isEqualTo(579);
        assertThat(p.footers()).isEqualTo(2);
        assertThat(p.evenAndOddFooters()).isTrue();
    }

    @Test
    void tablesRepeatTheirHeaderNeverSplitRowsAndFitTheTextWidth() {
        List<InspectedDocument.Table> data = SAMPLE.tables().stream().filter(t -> t.caption() != null).toList();
        assertThat(data).extracting(InspectedDocument.Table::caption)
                .containsExactly("表1 部分样例企业研发投入情况（2024年，样例数据）", "表2 产业链主要断点、堵点和难点",
                        "表3 晋江市纺织鞋服产业链科技创新优势单位（团队）");
        assertThat(data).allMatch(InspectedDocument.Table::headerRepeated).allMatch(InspectedDocument.Table::rowsNeverSplit);
        // 156 mm = 8844 twips.
        assertThat(SAMPLE.tables()).allSatisfy(t -> assertThat(t.widthTwips()).isBetween(8800, 8844));
        assertThat(data.get(0).rows().get(0)).containsExactly("企业名称", "营业收入（万元）", "研发费用（万元）",
                "研发费用占营业收入比重", "研发机构");
    }

    @Test
    void figuresAreTheChartAndTheChainMapWithCaptionsUnder() {
        assertThat(SAMPLE.figures()).containsExactly(
                new InspectedDocument.Figure(FigureType.CHART, "图1 晋江市纺织鞋服产业链样例企业研发强度（2024年，样例数据）"),
                new InspectedDocument.Figure(FigureType.TABLE_DIAGRAM, "图2 晋江市纺织鞋服产业创新链图谱"));
        String map = SAMPLE.tables().stream().filter(t -> t.caption() == null).flatMap(t -> t.rows().stream())
                .flatMap(List::stream).reduce("", String::concat);
        assertThat(map).contains("上游：纤维与面料", "①化纤原料", "超临界流体物理发泡中底", "▲", "■", "◆");
    }

    @Test
    void fontsAreTheStyleSheets() {
        assertThat(SAMPLE.fonts()).contains("方正小标宋简体", "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体", "Times New Roman");
    }

    @Test
    void headingsOfOtherDocumentsAreFoundByStyleNameAndOutlineLevel() throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String styles = "<w:styles " + w + ">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"标题 二\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"a4\"><w:name w:val=\"我的二级\"/>"
                + "<w:basedOn w:val=\"a3\"/></w:style></w:styles>";
        String document = "<w:document " + w + "><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"a4\"/></w:pPr><w:r><w:t>（一）基本情况</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>1.直接设置</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/styles.xml"));
            zip.write(styles.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        InspectedDocument doc = DocxInspector.inspect(out.toByteArray());
        assertThat(doc.headings()).extracting(InspectedDocument.Heading::level, InspectedDocument.Heading::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "一、总体情况"),
                        org.assertj.core.groups.Tuple.tuple(2, "（一）基本情况"),
                        org.assertj.core.groups.Tuple.tuple(3, "1.直接设置"));
    }

    @Test
    void somethingElseIsRefusedWithACode() {
        assertThatThrownBy(() -> DocxInspector.inspect("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("CC-1004");
    }
}
