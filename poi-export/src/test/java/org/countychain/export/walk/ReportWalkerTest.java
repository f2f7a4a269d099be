package org.countychain.export.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.privacy.PersonalData;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;
import org.countychain.sample.SampleCounty;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;

/** The walker hands over what the Word export writes: compared with the exported document read back. */
class ReportWalkerTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();
    private static final ResearchReport REPORT = COUNTY.reports().get(0);

    /** Records every part as text, and the tables as the Word export lays them out. */
    static final class Recorder implements ReportVisitor {
        final List<String> headings = new ArrayList<>();
        final List<List<List<String>>> tables = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final List<WalkedFigure> figures = new ArrayList<>();
        final List<String> empty = new ArrayList<>();
        final List<String> ends = new ArrayList<>();

        @Override
        public void title(String text) {
            headings.add(text);
        }

        @Override
        public void subtitle(String text) {
            paragraphs.add(text);
        }

        @Override
        public void chapter(TemplateChapter chapter, String heading) {
            headings.add(heading);
        }

        @Override
        public void item(TemplateItem item, String heading) {
            headings.add(heading);
        }

        @Override
        public void emptyItem(TemplateItem item) {
            empty.add(item.id());
        }

        @Override
        public void endItem(TemplateItem item) {
            ends.add(item.id());
        }

        @Override
        public void paragraph(String text) {
            paragraphs.add(text);
        }

        @Override
        public void subheading(String text) {
            headings.add(text);
        }

        @Override
        public void table(String caption, List<String> header, List<List<String>> rows) {
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            tables.add(all);
            captions.add(caption);
        }

        @Override
        public void figure(WalkedFigure figure) {
            figures.add(figure);
        }

        @Override
        public void appendix(AppendixTable a) {
            headings.add(a.title());
            table(a.caption(), a.header(), a.rows());
        }
    }

    private static Recorder walk(ExportRequest request) {
        Recorder r = new Recorder();
        ReportWalker.walk(request, r);
        return r;
    }

    private static InspectedDocument docx(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(request, out);
        return DocxInspector.inspect(out.toByteArray());
    }

    @Test
    void headingsAndTablesAreThoseOfTheWordExport() {
        ExportRequest request = ExportRequest.builder(REPORT).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.values()).build();
        Recorder walked = walk(request);
        InspectedDocument doc = docx(request);
        // Word breaks a long appendix title into lines for layout (after its 附件N label, or evenly); the walker hands
        // over the title itself: the words compare, not where a line ends.
        assertThat(walked.headings.stream().map(h -> h.replaceAll("\\s", "")).toList())
                .containsExactlyElementsOf(doc.outline().stream().map(h -> h.replaceAll("\\s", "")).toList());
        // Word draws the chain map as a table (the walker hands it over as a figure with its data) and the R&D
        // intensity chart as a chart part: only the report's tables compare.
        List<InspectedDocument.Table> tables = doc.tables().stream()
                .filter(t -> !"产业链".equals(t.rows().get(0).get(0))).toList();
        assertThat(doc.tables().size()).isGreaterThan(tables.size());
        assertThat(walked.tables).containsExactlyElementsOf(tables.stream().map(InspectedDocument.Table::rows).toList());
        assertThat(walked.captions.stream().map(c -> c == null ? "" : c).toList()).containsExactlyElementsOf(
                tables.stream().map(t -> t.caption() == null ? "" : t.caption()).toList());
        assertThat(walked.ends).hasSize((int) request.template().chapters().stream()
                .mapToLong(c -> c.items().size()).sum());
        assertThat(doc.paragraphs()).containsSubsequence(walked.paragraphs);
    }

    @Test
    void contactsAreMaskedUnlessTheRequestAsksForThemInFull() {
        ExportRequest masked = ExportRequest.of(COUNTY, REPORT);
        String all = String.valueOf(walk(masked).tables);
        assertThat(all).contains("刘振宇（样例） 138****0106").doesNotContain("13800000106");
        String full = String.valueOf(walk(masked.toBuilder().personalData(PersonalData.FULL).build()).tables);
        assertThat(full).contains("刘振宇（样例） 13800000106");
        // The same as the Word export shows.
        assertThat(String.valueOf(docx(masked).tables())).contains("138****0106").doesNotContain("13800000106");
    }

    @Test
    void figuresComeWithTheirDataOrWhyItIsMissing() {
        Recorder walked = walk(ExportRequest.of(COUNTY, REPORT));
        assertThat(walked.figures).isNotEmpty();
        for (WalkedFigure f : walked.figures) {
            if (f.block().kind() == FigureKind.CHAIN_MAP) {
                assertThat(f.chainMap()).hasValueSatisfying(m -> assertThat(m.stages()).isNotEmpty());
                assertThat(f.missing()).isNull();
            } else if (f.block().kind() == FigureKind.RD_INTENSITY_CHART) {
                assertThat(f.rdIntensity()).isNotEmpty().hasSizeLessThanOrEqualTo(ReportWalker.MAX_INTENSITY_BARS);
                assertThat(f.rdIntensity()).isSortedAccordingTo((a, b) -> b.percent().compareTo(a.percent()));
            }
        }
        // Without the data set there is no chain map and no enterprise: said as the Word export says it.
        Recorder bare = walk(ExportRequest.builder(REPORT).build());
        assertThat(bare.figures).extracting(WalkedFigure::missing).contains("产业链图谱数据缺失", "无可用的研发数据");
    }

    @Test
    void anEmptyItemIsSaidOnceAndHasNoBlocks() {
        List<ReportItem> items = new ArrayList<>(REPORT.items());
        String first = items.get(0).itemId();
        items.set(0, new ReportItem(first, List.of()));
        ResearchReport report = new ResearchReport(REPORT.id(), REPORT.unitId(), REPORT.unitName(), REPORT.chainId(),
                REPORT.chainName(), REPORT.templateEdition(), REPORT.year(), REPORT.coveredCounties(), items,
                REPORT.advantageUnits(), REPORT.preparedBy(), REPORT.preparedOn());
        Recorder walked = walk(ExportRequest.builder(report).dataset(COUNTY).build());
        assertThat(walked.empty).containsExactly(first);
    }
}
