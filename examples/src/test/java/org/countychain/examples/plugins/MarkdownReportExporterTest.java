package org.countychain.examples.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.privacy.PersonalData;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;

/** The example Markdown exporter, written on the report walker: masking and escaping. */
class MarkdownReportExporterTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();
    private static final ResearchReport REPORT = COUNTY.reports().get(0);

    private static String markdown(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportExporter().write(request, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void contactsAreMaskedAsInTheWordExportUnlessAskedForInFull() {
        ExportRequest request = ExportRequest.builder(REPORT).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.values()).build();
        String masked = markdown(request);
        // The masking stars are escaped, so they show as stars, not emphasis.
        assertThat(masked).contains("刘振宇（样例） 138\\*\\*\\*\\*0106").doesNotContain("13800000106");
        String full = markdown(request.toBuilder().personalData(PersonalData.FULL).build());
        assertThat(full).contains("刘振宇（样例） 13800000106");
    }

    @Test
    void theReportsTextCannotInjectMarkup() {
        List<ReportItem> items = new ArrayList<>(REPORT.items());
        ReportItem first = items.get(0);
        List<ContentBlock> blocks = new ArrayList<>(first.blocks());
        blocks.add(new ContentBlock.Paragraph("<script>alert(1)</script> *加粗* [链接](http://x)\n# 不是标题\n1. 不是列表"));
        items.set(0, new ReportItem(first.itemId(), blocks));
        ResearchReport report = new ResearchReport(REPORT.id(), REPORT.unitId(), REPORT.unitName(), REPORT.chainId(),
                REPORT.chainName(), REPORT.templateEdition(), REPORT.year(), REPORT.coveredCounties(), items,
                REPORT.advantageUnits(), REPORT.preparedBy(), REPORT.preparedOn());
        String md = markdown(ExportRequest.builder(report).dataset(COUNTY).build());
        assertThat(md).contains("\\<script>alert(1)\\</script> \\*加粗\\* \\[链接\\](http://x)\\\n\\# 不是标题\\\n1\\. 不是列表");
        assertThat(md).doesNotContain("\n# 不是标题").doesNotContainPattern("(?<!\\\\)<script>");
        // Exactly one level-1 heading, the title, and one level-2 heading per chapter.
        assertThat(md.lines().filter(l -> l.startsWith("# "))).hasSize(1);
        assertThat(md.lines().filter(l -> l.startsWith("## ")))
                .hasSize(ExportRequest.builder(report).build().template().chapters().size());
    }

    @Test
    void figuresAreTheirCaptionsWithTheChartsDataAsATable() {
        String md = markdown(ExportRequest.of(COUNTY, REPORT));
        assertThat(md).contains("|企业|研发强度（%）|");
        String bare = markdown(ExportRequest.builder(REPORT).build());
        assertThat(bare).contains("（产业链图谱数据缺失）", "（无可用的研发数据）");
    }
}
