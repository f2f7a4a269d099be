package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;

/**
 * Personal data in every human-facing output: the Word report with its service appendix, the lists workbook and
 * the command line's text show contacts' phone numbers masked by default, and in full only when asked.
 */
class PersonalDataOutputTest {
    /** The sample's phone numbers: service contacts (E10, E12, E16) and advantage units' contacts. */
    private static final List<String> FULL = List.of("0595-85550101", "0595-85550102", "13800000103",
            "13800000106", "0595-85550201", "13800000101");
    private static final List<String> MASKED = List.of("059*-****0101", "059*-****0102", "138****0103",
            "138****0106", "059*-****0201", "138****0101");

    @TempDir
    static Path tmp;
    private static Path sample;

    @BeforeAll
    static void writeSample() {
        sample = tmp.resolve("jinjiang.json");
        CountyChainJson.defaults().write(SampleCounty.jinjiang(), sample);
    }

    /**
     * The document's paragraphs and table cells. Read with the test kit's inspector, not POI's extractor: the
     * exporter writes a phone number's hyphen as {@code w:noBreakHyphen}, which POI's extractor drops.
     */
    private static String docxText(Path file) {
        InspectedDocument doc = DocxInspector.inspect(file);
        StringBuilder sb = new StringBuilder(String.join("\n", doc.paragraphs())).append('\n');
        for (InspectedDocument.Table table : doc.tables()) {
            for (List<String> row : table.rows()) {
                sb.append(String.join("\t", row)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String workbookText(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sb.append(format.formatCellValue(cell)).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void theWordReportAndItsServiceAppendixMaskPhonesByDefault() throws IOException {
        Path docx = tmp.resolve("masked.docx");
        CliRunner.Result r = CliRunner.run("report", sample.toString(), "--out", docx.toString(),
                "--appendix", "service");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = docxText(docx);
        // The service appendix (E10's and E12's contacts) and the advantage units' table (三.3).
        assertThat(text).contains("林晓东（样例）（晋江市科技局企业服务组（样例）） 059*-****0101", "刘振宇（样例） 138****0106");
        for (String phone : FULL) {
            assertThat(text).as(phone).doesNotContain(phone);
        }
        assertThat(text).contains(MASKED.toArray(String[]::new));
        assertThat(r.out() + r.err()).doesNotContain(FULL.toArray(String[]::new));
    }

    @Test
    void printingInFullIsAnExplicitChoice() throws IOException {
        Path docx = tmp.resolve("full.docx");
        CliRunner.Result r = CliRunner.run("report", sample.toString(), "--out", docx.toString(),
                "--appendix", "service", "--show-personal-data");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = docxText(docx);
        assertThat(text).contains(FULL.toArray(String[]::new));
        assertThat(text).doesNotContain("****");
    }

    @Test
    void theDemoReportMasksToo() throws IOException {
        Path out = tmp.resolve("demo");
        CliRunner.Result r = CliRunner.run("demo", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = docxText(out.resolve("jinjiang-2024-report.docx"));
        assertThat(text).contains("138****0106").doesNotContain("13800000106");
        assertThat(r.out()).doesNotContain(FULL.toArray(String[]::new));
    }

    @Test
    void theListsWorkbookAndTheCommandLinesTextShowNoPhone() throws IOException {
        Path dir = tmp.resolve("screening");
        CliRunner.Result screen = CliRunner.run("screen", sample.toString(), "--out",
                dir.toString());
        assertThat(screen.exitCode()).isZero();
        String workbook = workbookText(dir.resolve(ScreenCommand.LISTS_WORKBOOK));
        // The service list names each enterprise's contact, without a phone number.
        assertThat(workbook).contains("林晓东（样例） (晋江市科技局企业服务组（样例）)");
        assertThat(workbook).doesNotContain(FULL.toArray(String[]::new));
        assertThat(screen.out() + screen.err()).doesNotContain(FULL.toArray(String[]::new));
        CliRunner.Result validate = CliRunner.run("validate", sample.toString());
        assertThat(validate.out() + validate.err()).doesNotContain(FULL.toArray(String[]::new));
        CliRunner.Result match = CliRunner.run("match", sample.toString());
        assertThat(match.out() + match.err()).doesNotContain(FULL.toArray(String[]::new));
    }

    @Test
    void aWrongPhoneIsMaskedInValidationOutput() throws IOException {
        String json = Files.readString(sample).replace("\"0595-85550101\"", "\"0595-855501\"");
        Path broken = tmp.resolve("phone.json");
        Files.writeString(broken, json);
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate", broken.toString());
        assertThat(r.out()).contains("CV-0121").doesNotContain("0595-855501");
    }
}
