package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.report.ReportTemplates;

/**
 * Renders exported reports with LibreOffice (headless) and checks the PDF: every template heading in order, a
 * plausible page count. Slow (LibreOffice starts in about 5 s), so the documents are few and modest.
 */
@Tag("libreoffice")
class LibreOfficeRenderingTest {
    private static final Path OUT = Path.of("target", "libreoffice");

    @Test
    void sampleReportRendersWithEveryHeadingInOrder() throws Exception {
        Path docx = write("sample-report.docx", ExportRequest.of(DocxExporterTest.COUNTY, DocxExporterTest.REPORT));
        Path pdf = LibreOffice.toPdf(docx);
        String text = LibreOffice.text(pdf);
        assertHeadingsInOrder(text);
        int pages = LibreOffice.pages(pdf);
        assertThat(pages).as("pages of the sample report").isBetween(6, 30);
        // Page numbers between em dashes on every page.
        String flat = flatten(text);
        for (int page = 1; page <= pages; page++) {
            assertThat(flat.contains("—" + page + "—")).as("page number — %d —", page).isTrue();
        }
    }

    @Test
    void reportWithA2000RowAppendixRenders() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            rows.add(List.of(Integer.toString(i), "样例企业" + i + "有限公司", "91350582MA2Y" + String.format(Locale.ROOT, "%05d", i) + "X",
                    "无研发投入、无研发机构", "联系人" + i));
        }
        AppendixTable big = new AppendixTable("附件1 两千行附表", "表 两千行附表",
                List.of("序号", "企业名称", "统一社会信用代码", "缺项", "服务联系人"), rows, "测试数据");
        Path docx = write("appendix-2000.docx", ExportRequest.builder(DocxExporterTest.REPORT)
                .dataset(DocxExporterTest.COUNTY).appendices(List.of(big)).build());
        Path pdf = LibreOffice.toPdf(docx);
        String text = LibreOffice.text(pdf);
        assertHeadingsInOrder(text);
        String flat = flatten(text);
        assertThat(flat.contains("附件1两千行附表")).as("the appendix title is in the PDF").isTrue();
        assertThat(flat.contains("91350582MA2Y02000X")).as("the last appendix row is in the PDF").isTrue();
        // The header row repeats on every page of the appendix.
        assertThat(flat.split("统一社会信用代码", -1).length - 1).as("header rows printed").isGreaterThan(20);
        assertThat(LibreOffice.pages(pdf)).as("pages with 2,000 appendix rows").isBetween(40, 200);
    }

    /**
     * R11's visit appendix of the sample: its title, header and every row's certificate number and dates are in the
     * PDF, each number and date on one line (the layout gives them the width they need beside the long names).
     */
    @Test
    void theHighTechVisitAppendixRendersWithCertificatesAndDatesWhole() throws Exception {
        ExportRequest request = ExportRequest.builder(DocxExporterTest.REPORT).dataset(DocxExporterTest.COUNTY)
                .noticeAppendices(NoticeAppendix.HIGH_TECH_VISITS).build();
        AppendixTable table = request.appendices().get(0);
        assertThat(table.rows()).hasSize(11);
        Path pdf = LibreOffice.toPdf(write("high-tech-visits.docx", request));
        String flat = flatten(LibreOffice.text(pdf));
        assertThat(flat).contains(flatten(table.title()));
        assertThat(flat).contains(table.header());
        String layout = LibreOffice.layoutText(pdf);
        List<String> whole = new ArrayList<>();
        for (List<String> row : table.rows()) {
            for (String cell : row.subList(2, 5)) {
                whole.add(cell.lines().findFirst().orElseThrow()); // a derived day's mark is on a line of its own
            }
            assertThat(flat).as("row %s", row.get(0)).contains(flatten(row.get(1)), flatten(row.get(5)),
                    flatten(row.get(6)));
        }
        assertThat(whole).hasSize(33);
        for (String token : whole) {
            assertThat(layout).as("%s on one line", token).contains(token);
        }
    }

    private static void assertHeadingsInOrder(String pdfText) {
        String flat = flatten(pdfText);
        int at = 0;
        for (String heading : DocxExporterTest.headingsInOrder(ReportTemplates.fujian2024(), DocxExporterTest.REPORT)) {
            int found = flat.indexOf(flatten(heading), at);
            assertThat(found >= 0).as("heading %s after position %d of the PDF text", heading, at).isTrue();
            at = found + 1;
        }
    }

    private static String flatten(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Path write(String name, ExportRequest request) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxExporter().write(request, out);
        }
        return file;
    }
}
