package org.countychain.export.docx.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.model.ExportRequest;
import org.countychain.json.CountyChainJson;
import org.countychain.privacy.PersonalData;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;

/**
 * The county's presentation choices survive JSON → Word → {@link ReportReader} and JSON → JSON: the subtitle as the
 * county writes it, its own table captions (numbered its way, or not at all), its caption of 三.3's table, and where
 * the chain map sits (moved to another item, after a table, with an unnumbered caption).
 */
class CountyPresentationRoundTripTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();

    /** The sample's report as another county would present it. */
    static ResearchReport presented(String subtitle, String unitTableCaption) {
        ResearchReport sample = COUNTY.reports().get(0);
        List<ReportItem> items = new ArrayList<>();
        for (ReportItem item : sample.items()) {
            List<ContentBlock> blocks = new ArrayList<>();
            for (ContentBlock b : item.blocks()) {
                if (b instanceof ContentBlock.Figure f && f.kind() == FigureKind.CHAIN_MAP) {
                    continue;  // moved to 2.1 below
                }
                if (b instanceof ContentBlock.Table t && t.caption() != null && t.caption().startsWith("表1 ")) {
                    b = new ContentBlock.Table("表1-1 部分样例企业研发投入情况（单位：元）", t.header(), t.rows());
                } else if (b instanceof ContentBlock.Table t && t.caption() != null) {
                    b = new ContentBlock.Table("产业链主要断点、堵点和难点一览", t.header(), t.rows());
                }
                blocks.add(b);
            }
            if (item.itemId().equals("2.1")) {
                // After a table of the county's own, with an unnumbered caption, at the end of the item.
                blocks.add(new ContentBlock.Table(null, List.of("环节", "说明"), List.of(List.of("化纤原料", "本地配套不足"))));
                blocks.add(new ContentBlock.Figure(FigureKind.CHAIN_MAP, "晋江市纺织鞋服产业创新链图谱（县域绘制）", null));
            }
            items.add(new ReportItem(item.itemId(), blocks));
        }
        ResearchReport r = new ResearchReport(sample.id(), sample.unitId(), sample.unitName(), sample.chainId(),
                sample.chainName(), sample.templateEdition(), sample.year(), sample.coveredCounties(), items,
                sample.advantageUnits(), sample.preparedBy(), sample.preparedOn(), subtitle, unitTableCaption);
        return r;
    }

    private static ReadResult wordRoundTrip(ResearchReport report) {
        CountyDataset dataset = COUNTY.toBuilder().reports(List.of(report)).build();
        byte[] docx = RoundTripTest.export(ExportRequest.builder(report).dataset(dataset)
                .personalData(PersonalData.FULL).build());
        return ReportReader.defaults().read(docx, "presented.docx");
    }

    @Test
    void theCountysSubtitleCaptionsAndFigurePlaceReadBackFromWord() {
        ResearchReport report = presented("——以晋江市纺织鞋服产业链为例", "附表 晋江市纺织鞋服产业科技创新优势单位（团队）");
        ReadResult read = wordRoundTrip(report);
        RoundTripPropertiesTest.assertSameReport(read.report(), report);
        assertThat(read.report().subtitle()).isEqualTo("——以晋江市纺织鞋服产业链为例");
        assertThat(read.report().chainName()).isEqualTo("纺织鞋服");
        assertThat(read.report().unitTableCaption()).isEqualTo("附表 晋江市纺织鞋服产业科技创新优势单位（团队）");
        assertThat(read.report().item("2.1").orElseThrow().blocks()).last()
                .isEqualTo(new ContentBlock.Figure(FigureKind.CHAIN_MAP, "晋江市纺织鞋服产业创新链图谱（县域绘制）", null));
        assertThat(read.report().item("1.2").orElseThrow().blocks())
                .noneMatch(b -> b instanceof ContentBlock.Figure);
        assertThat(read.unplaced()).isEmpty();
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void withoutChoicesTheChainNameIsTheSubtitleAndTheUnitTableIsNumbered() {
        ResearchReport report = presented(null, null);
        ReadResult read = wordRoundTrip(report);
        RoundTripPropertiesTest.assertSameReport(read.report(), report);
        assertThat(read.report().subtitle()).isNull();
        assertThat(read.report().unitTableCaption()).isNull();
        assertThat(read.report().displaySubtitle()).isEqualTo("纺织鞋服");
    }

    @Test
    void aUnitTableCaptionWrittenAsTheNumberedOneReadsAsNone() {
        // The exporter numbers 三.3's table 表4 here (three tables before it) after the item's title; written out
        // by the county, that caption is no choice. Another number is one.
        org.countychain.report.ReportTemplate template = org.countychain.report.ReportTemplates.fujian2024();
        org.countychain.report.TemplateItem unitItem = template.items().stream()
                .filter(i -> i.kind() == org.countychain.report.ItemKind.UNIT_TABLE).findFirst().orElseThrow();
        String title = template.fill(unitItem.title(), "晋江市");
        assertThat(wordRoundTrip(presented(null, "表4 " + title)).report().unitTableCaption()).isNull();
        assertThat(wordRoundTrip(presented(null, "表3 " + title)).report().unitTableCaption())
                .isEqualTo("表3 " + title);
    }

    /** The 晋江 sample's own subtitle and caption are printed in its Word report (the demo's) and read back. */
    @Test
    void theSamplesSubtitleAndCaptionArePrintedAndReadBack() throws Exception {
        ResearchReport sample = COUNTY.reports().get(0);
        assertThat(sample.subtitle()).isEqualTo("——以纺织鞋服产业链为例");
        assertThat(sample.unitTableCaption()).isEqualTo("表3 晋江市纺织鞋服产业链科技创新优势单位（团队）");
        byte[] docx = RoundTripTest.export(ExportRequest.builder(sample).dataset(COUNTY).build());
        List<String> paragraphs = new ArrayList<>();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            doc.getParagraphs().forEach(p -> paragraphs.add(p.getText().strip()));
        }
        // The subtitle right under the title, instead of the chain's name; the caption above 三.3's table.
        int subtitle = paragraphs.indexOf("——以纺织鞋服产业链为例");
        assertThat(subtitle).isBetween(1, 5);
        assertThat(paragraphs.subList(0, subtitle)).doesNotContain("纺织鞋服");
        assertThat(org.countychain.test.docx.DocxInspector.inspect(docx).tables())
                .extracting(org.countychain.test.docx.InspectedDocument.Table::caption)
                .contains("表3 晋江市纺织鞋服产业链科技创新优势单位（团队）");
        ReadResult read = ReportReader.defaults().read(docx, "sample.docx");
        assertThat(read.report().subtitle()).isEqualTo(sample.subtitle());
        assertThat(read.report().unitTableCaption()).isEqualTo(sample.unitTableCaption());
    }

    @Test
    void aSubtitleEqualToTheChainNameIsNoChoice() {
        assertThat(presented("纺织鞋服", null).subtitle()).isNull();
        assertThat(presented("  ", null).subtitle()).isNull();
    }

    @Test
    void theChoicesSurviveJsonByteForByte() {
        CountyChainJson json = CountyChainJson.defaults();
        ResearchReport report = presented("——以晋江市纺织鞋服产业链为例", "附表 优势单位");
        CountyDataset dataset = COUNTY.toBuilder().reports(List.of(report)).build();
        String written = json.writeToString(dataset);
        assertThat(written).contains("\"subtitle\" : \"——以晋江市纺织鞋服产业链为例\"", "\"unitTableCaption\" : \"附表 优势单位\"");
        CountyDataset back = json.read(written, CountyDataset.class);
        assertThat(back.reports().get(0)).isEqualTo(report);
        assertThat(json.writeToString(back)).isEqualTo(written);
        // The sample writes its own subtitle and caption; a report without choices writes neither field.
        assertThat(json.writeToString(COUNTY)).contains("\"subtitle\" : \"——以纺织鞋服产业链为例\"",
                "\"unitTableCaption\" : \"表3 晋江市纺织鞋服产业链科技创新优势单位（团队）\"");
        assertThat(json.writeToString(COUNTY.toBuilder().reports(List.of(presented(null, null))).build()))
                .doesNotContain("\"subtitle\"", "\"unitTableCaption\"");
    }
}
