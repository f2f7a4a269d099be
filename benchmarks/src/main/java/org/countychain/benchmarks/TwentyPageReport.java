package org.countychain.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.ExportRequest;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;

/**
 * A research report of about twenty pages as the library exports it: the 晋江 sample report with each item's
 * paragraphs written three times (the sample alone is about eleven pages), its tables, chain map and R&amp;D chart once.
 */
final class TwentyPageReport {
    private TwentyPageReport() {
    }

    static ResearchReport report(CountyDataset county) {
        ResearchReport r = county.reports().get(0);
        List<ReportItem> items = new ArrayList<>();
        for (ReportItem item : r.items()) {
            List<ContentBlock> blocks = new ArrayList<>(item.blocks());
            for (int copy = 0; copy < 2; copy++) {
                for (ContentBlock b : item.blocks()) {
                    if (b instanceof ContentBlock.Paragraph) {
                        blocks.add(b);
                    }
                }
            }
            items.add(new ReportItem(item.itemId(), blocks));
        }
        return new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(), r.templateEdition(),
                r.year(), r.coveredCounties(), items, r.advantageUnits(), r.preparedBy(), r.preparedOn());
    }

    static byte[] docx() {
        CountyDataset county = SampleCounty.jinjiang();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(ExportRequest.of(county, report(county)), out);
        return out.toByteArray();
    }
}
