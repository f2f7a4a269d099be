package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.export.docx.inspect.DocxInspector;
import org.countychain.export.docx.inspect.InspectedDocument;
import org.countychain.sample.SampleCounty;

class ReportCommandTest {
    @TempDir
    Path tmp;
    private Path json;

    @BeforeEach
    void sample() throws Exception {
        json = tmp.resolve("jinjiang-2024.json");
        try (InputStream in = SampleCounty.jinjiangJson()) {
            Files.copy(in, json);
        }
    }

    @Test
    void writesTheReportWithTheAppendicesAskedFor() {
        Path out = tmp.resolve("out/report.docx");
        CountyChainCliTest.Result r = CountyChainCliTest.run("report", json.toString(), "--out", out.toString(),
                "--appendix", "service,priority,anomalies,cultivation");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("已将报告 350582-textile-footwear-2024 写入 " + out);
        InspectedDocument doc = DocxInspector.inspect(out);
        assertThat(doc.outline()).first().isEqualTo("晋江市县域重点产业创新链调研报告");
        assertThat(doc.outline()).filteredOn(h -> h.startsWith("附件")).hasSize(4);
        assertThat(doc.tables()).filteredOn(t -> t.caption() != null && t.caption().contains("服务企业清单"))
                .singleElement().satisfies(t -> assertThat(t.rows().size()).isGreaterThan(1));
    }

    @Test
    void anUnknownAppendixOrReportIsAUsageError() {
        CountyChainCliTest.Result r = CountyChainCliTest.run("--lang", "en", "report", json.toString(), "--out",
                tmp.resolve("r.docx").toString(), "--appendix", "bogus");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("error: [CC-1002]").contains("bogus");
        CountyChainCliTest.Result noReport = CountyChainCliTest.run("report", json.toString(), "--out",
                tmp.resolve("r.docx").toString(), "--report", "nope");
        assertThat(noReport.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noReport.err()).contains("CC-1005", "nope");
        assertThat(tmp.resolve("r.docx")).doesNotExist();
    }

    @Test
    void aReferenceDocumentThatIsNotADocxIsRefused() throws Exception {
        Path bad = Files.writeString(tmp.resolve("letterhead.docx"), "not a docx");
        CountyChainCliTest.Result r = CountyChainCliTest.run("report", json.toString(), "--out",
                tmp.resolve("r.docx").toString(), "--reference-docx", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("CC-5002");
    }
}
