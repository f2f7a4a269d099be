package org.countychain.export.docx.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.ExportRequest;
import org.countychain.privacy.PersonalData;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;

class RoundTripTest {
    static final CountyDataset COUNTY = SampleCounty.jinjiang();

    static byte[] export(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(request, out);
        return out.toByteArray();
    }

    @Test
    void theSampleReadsBackToTheReportItWasWrittenFrom() {
        ResearchReport report = COUNTY.reports().get(0);
        byte[] docx = export(ExportRequest.builder(report).dataset(COUNTY).personalData(PersonalData.FULL).build());
        ReadResult r = ReportReader.defaults().read(docx, "jinjiang.docx");
        assertThat(r.report().items()).hasSameSizeAs(report.items());
        for (int i = 0; i < report.items().size(); i++) {
            assertThat(r.report().items().get(i).blocks()).as(report.items().get(i).itemId())
                    .containsExactlyElementsOf(report.items().get(i).blocks());
        }
        assertThat(r.report().advantageUnits()).containsExactlyElementsOf(report.advantageUnits());
        assertThat(r.report()).isEqualTo(report);
        assertThat(r.findings()).isEmpty();
        assertThat(r.unplaced()).isEmpty();
        assertThat(r.recognised()).containsExactly("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3");
    }
}
