package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.countychain.export.JavaSerialization.roundTrip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.model.ExportMode;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.model.IncompleteReportException;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;
import org.countychain.sample.SampleCounty;

class DocxExporterTest {
    static final CountyDataset COUNTY = SampleCounty.jinjiang();
    static final ResearchReport REPORT = COUNTY.reports().get(0);

    static byte[] export(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(request, out);
        return out.toByteArray();
    }

    static List<String> headingsInOrder(ReportTemplate t, ResearchReport r) {
        List<String> expected = new ArrayList<>();
        expected.add(t.titleFor(r.unitName()));
        for (TemplateChapter c : t.chapters()) {
            expected.add(c.number() + "、" + t.fill(c.title(), r.unitName()));
            for (TemplateItem i : c.items()) {
                expected.add(i.number() + "." + t.fill(i.title(), r.unitName()));
            }
        }
        return expected;
    }

    @Test
    void sampleReportOpensInPoiWithEveryTemplateHeadingInOrder() throws Exception {
        byte[] docx = export(ExportRequest.of(COUNTY, REPORT));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<String> expected = headingsInOrder(ReportTemplates.fujian2024(), REPORT);
            assertThat(texts).containsSubsequence(expected);
            assertThat(texts.get(0)).isEqualTo("晋江市县域重点产业创新链调研报告");
            assertThat(texts.get(1)).isEqualTo("——以纺织鞋服产业链为例");
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            // Tables: 表1, the chain map, 表2, the 三.3 table.
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSizeGreaterThanOrEqualTo(4);
            XWPFTable units = tables.get(tables.size() - 1);
            assertThat(units.getRow(0).getCell(1).getText()).isEqualTo("单位（团队）名称");
            assertThat(units.getRows()).hasSize(1 + REPORT.advantageUnits().size());
            assertThat(units.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
            assertThat(units.getRow(1).getCtRow().getTrPr().sizeOfCantSplitArray()).isEqualTo(1);
            assertThat(doc.getCharts()).hasSize(1);
            assertThat(texts).contains("图1 晋江市纺织鞋服产业链样例企业研发强度（2024年，样例数据）",
                    "图2 晋江市纺织鞋服产业创新链图谱");
            assertThat(texts).noneMatch(t -> t.contains("（待填写）"));
            // Every run names an East-Asian font.
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.text().isEmpty()).toList())
                    .hasSizeGreaterThan(20)
                    .allMatch(r -> r.getCTR().getRPr() != null && r.getCTR().getRPr().sizeOfRFontsArray() == 1
                            && r.getCTR().getRPr().getRFontsArray(0).getEastAsia() != null);
        }
    }

    @Test
    void sameInputGivesTheSameBytesInAnyTimeZone() {
        ExportRequest request = ExportRequest.of(COUNTY, REPORT);
        byte[] first = export(request);
        assertThat(export(request)).isEqualTo(first);
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(java.util.Arrays.equals(export(request), first)).as("same bytes in Pacific/Auckland").isTrue();
        } finally {
            java.util.TimeZone.setDefault(before);
        }
        // The zip entries carry one fixed DOS time and no extended timestamp (which would depend on the zone).
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(first))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
                assertThat(e.getExtra()).as("extra fields of %s", e.getName()).isNull();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void charactersXmlForbidsAreRemovedAndCounted() throws Exception {
        ResearchReport dirty = withItem(REPORT, ReportItem.ofParagraphs("2.1",
                "控制\u0001字符\u000B与\uFFFE和孤立代理\uD800项", "保留😀emoji"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new DocxExporter().write(ExportRequest.of(COUNTY, dirty), out);
        assertThat(result.removedCharacters()).isEqualTo(4);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(all).contains("控制字符与和孤立代理项", "保留😀emoji");
        }
    }

    @Test
    void draftShowsAPlaceholderForEmptyItemsAndSubmissionRefusesThem() throws Exception {
        ResearchReport incomplete = withItem(REPORT, new ReportItem("2.3", List.of(new ContentBlock.Paragraph(""))));
        byte[] docx = export(ExportRequest.of(COUNTY, incomplete));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int at = texts.indexOf("3.产业技术发展趋势（方向）");
            assertThat(texts.get(at + 1)).isEqualTo("（待填写）");
        }
        ExportRequest submit = ExportRequest.builder(incomplete).dataset(COUNTY).mode(ExportMode.SUBMISSION).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new DocxExporter().write(submit, out))
                .isInstanceOfSatisfying(IncompleteReportException.class, e -> {
                    assertThat(e.missingItems()).containsExactly("2.3");
                    assertThat(e.getMessage()).contains("CC-5001", "2.3");
                    assertThat(e.validationResult().isValid()).isFalse();
                    assertThat(e.validationResult().errors()).anySatisfy(v -> assertThat(v.code()).startsWith("CV-081"));
                    assertThat(e.problems()).isNotEmpty();
                });
        assertThat(out.size()).isZero();
        ExportRequest complete = ExportRequest.builder(REPORT).dataset(COUNTY).mode(ExportMode.SUBMISSION).build();
        assertThat(export(complete)).isNotEmpty();
    }

    @Test
    void theRefusalKeepsWhatIsMissingThroughJavaSerialization() throws Exception {
        ResearchReport incomplete = withItem(REPORT, new ReportItem("2.3", List.of(new ContentBlock.Paragraph(""))));
        ExportRequest submit = ExportRequest.builder(incomplete).dataset(COUNTY).mode(ExportMode.SUBMISSION).build();
        IncompleteReportException thrown = catchThrowableOfType(IncompleteReportException.class,
                () -> new DocxExporter().write(submit, new ByteArrayOutputStream()));
        assertThat(thrown.validationResult().errors()).as("the case has errors").isNotEmpty();

        IncompleteReportException read = roundTrip(thrown);
        for (IncompleteReportException copy : List.of(read, roundTrip(read))) {
            assertThat(copy.missingItems()).containsExactly("2.3");
            assertThat(copy.problems()).isEqualTo(thrown.problems());
            assertThat(copy.validationResult()).isEqualTo(thrown.validationResult());
            assertThat(copy.validationResult().errorCount()).isEqualTo(thrown.validationResult().errorCount());
            assertThat(copy.getMessage(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo(thrown.getMessage(Locale.SIMPLIFIED_CHINESE));
        }
    }

    static ResearchReport withItem(ResearchReport r, ReportItem replacement) {
        List<ReportItem> items = new ArrayList<>(r.items().stream()
                .filter(i -> !i.itemId().equals(replacement.itemId())).toList());
        items.add(replacement);
        return new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(), r.templateEdition(),
                r.year(), r.coveredCounties(), items, r.advantageUnits(), r.preparedBy(), r.preparedOn());
    }
}
