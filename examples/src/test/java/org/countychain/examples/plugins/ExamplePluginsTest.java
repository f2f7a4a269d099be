package org.countychain.examples.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.ReportExporters;
import org.countychain.export.docx.DocxExporter;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.export.spi.ReportExporter;
import org.countychain.sample.SampleCounty;

/** Loads the example plug-ins through ServiceLoader, as an application would, and uses them. */
class ExamplePluginsTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();
    private static final ExportRequest REQUEST = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
            .noticeAppendices(NoticeAppendix.PRIORITY).build();

    @Test
    void theMarkdownExporterIsDiscoveredBesideTheDocxExporter() {
        ReportExporters exporters = ReportExporters.discover(getClass().getClassLoader());
        assertThat(exporters.all()).extracting(ReportExporter::formatId).containsExactly("docx", "markdown");
        ReportExporter markdown = exporters.require("markdown");
        assertThat(markdown).isInstanceOf(MarkdownReportExporter.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        markdown.write(REQUEST, out);
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md).startsWith("# 晋江市县域重点产业创新链调研报告\n\n——以纺织鞋服产业链为例\n\n## 一、晋江市县域重点产业发展现状\n\n### 1.产业现状")
                .contains("|东华大学|高校|", "## 附件1 纺织鞋服产业链优先推荐申报省级科技计划项目企业清单");
    }

    @Test
    void theLetterheadIsDiscoveredAndPrintedAboveTheTitle() {
        DocxExporter exporter = DocxExporter.builder().discoverContributors(getClass().getClassLoader()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(REQUEST, out);
        InspectedDocument doc = DocxInspector.inspect(out.toByteArray());
        assertThat(doc.paragraphs().subList(0, 3)).containsExactly("晋江市科学技术局", "晋江市县域重点产业创新链调研报告",
                "——以纺织鞋服产业链为例");
        assertThat(doc.outline()).last().isEqualTo("附件1 纺织鞋服产业链优先推荐申报省级科技计划项目企业清单");
        // POI reads it too, with the letterhead's colour on its run.
        try (org.apache.poi.xwpf.usermodel.XWPFDocument poi = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(poi.getParagraphs().get(0).getRuns().get(0).getColor()).isEqualTo(LetterheadContributor.RED);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
