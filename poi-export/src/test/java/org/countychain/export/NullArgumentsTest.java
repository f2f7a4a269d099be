package org.countychain.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.batch.ProvinceBatch;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.docx.read.ReportReader;
import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.export.excel.ListSheet;
import org.countychain.export.excel.ListsWorkbookWriter;
import org.countychain.export.excel.RdStatisticsImporter;
import org.countychain.export.excel.ScreeningWorkbook;
import org.countychain.export.model.ExportRequest;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;

/**
 * A caller's {@code null} where the exporters, importers and readers take none is a programming error: a
 * {@link NullPointerException} whose message is the parameter's name, thrown at the call, never a data error
 * ({@code CC-1001}) or an I/O error.
 */
class NullArgumentsTest {
    private static void npeNaming(String parameter, ThrowingCallable call) {
        assertThatThrownBy(call).as(parameter).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
    }

    @Test
    void wordExportAndReading() {
        CountyDataset county = SampleCounty.jinjiang();
        DocxExporter docx = new DocxExporter();
        npeNaming("request", () -> docx.write(null, new ByteArrayOutputStream()));
        npeNaming("out", () -> docx.write(ExportRequest.of(county, county.reports().get(0)), null));
        ReportExporters registry = ReportExporters.builder().add(docx).build();
        npeNaming("request", () -> registry.write("docx", null, new ByteArrayOutputStream()));
        ReportReader reader = ReportReader.defaults();
        npeNaming("file", () -> reader.read((Path) null));
        npeNaming("in", () -> reader.read((InputStream) null, "x.docx"));
        npeNaming("docx", () -> reader.read((byte[]) null, "x.docx"));
    }

    @Test
    void spreadsheetImportAndExport() {
        npeNaming("file", () -> EnterpriseImporter.defaults().importFile(null));
        npeNaming("file", () -> RdStatisticsImporter.defaults().importFile(null));
        npeNaming("enterprises", () -> EnterpriseListWriter.writeXlsx(null, new ByteArrayOutputStream()));
        npeNaming("out", () -> EnterpriseListWriter.writeXlsx(List.<Enterprise>of(), (OutputStream) null));
        npeNaming("enterprises", () -> EnterpriseListWriter.writeCsv(null, new ByteArrayOutputStream()));
        npeNaming("out", () -> EnterpriseListWriter.writeCsv(List.<Enterprise>of(), (OutputStream) null));
        npeNaming("sheets", () -> ListsWorkbookWriter.write(null, new ByteArrayOutputStream()));
        npeNaming("out", () -> ListsWorkbookWriter.write(List.<ListSheet>of(), (OutputStream) null));
        npeNaming("result", () -> ScreeningWorkbook.write((ScreeningResult) null, Locale.ROOT, Path.of("x.xlsx")));
    }

    @Test
    void provinceBatch() {
        npeNaming("province", () -> ProvinceBatch.builder().outputDirectory(Path.of("out")).build()
                .run((ProvinceDataset) null));
    }
}
