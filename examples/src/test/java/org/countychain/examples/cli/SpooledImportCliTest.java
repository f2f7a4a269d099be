package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.examples.cli.SmallHeapCli.inline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.countychain.ErrorCode;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.export.excel.HostileInputs;
import org.countychain.export.excel.ImportResult;
import org.countychain.export.excel.RowError;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} spools: the JSON it writes one enterprise at a time is byte for byte what writing the collecting
 * import's list gave, and the error workbook is the same; a 500,000-row workbook of 500,000 enterprises is imported
 * in a child JVM with a 64 MB heap, and the temporary files are gone afterwards, also when the JVM is stopped in the
 * middle of the import.
 */
class SpooledImportCliTest {
    private static final int ROWS = 500_000;

    @TempDir
    Path tmp;

    @Test
    void theJsonAndTheErrorWorkbookAreTheBytesTheCollectingImportGives() throws Exception {
        Path fixture = tmp.resolve("bad-cells.csv");
        try (InputStream in = HostileInputs.class.getResourceAsStream("bad-cells.csv")) {
            Files.copy(in, fixture);
        }
        List<Enterprise> enterprises = SyntheticProvince.generate(11, 200).counties().stream()
                .map(CountyDataset::enterprises).flatMap(List::stream).toList();
        Path xlsx = tmp.resolve("years.xlsx");
        EnterpriseListWriter.writeXlsx(enterprises, xlsx);
        Path rejected = tmp.resolve("all-rejected.csv");
        Files.writeString(rejected, "统一社会信用代码,企业名称,所在县（市、区）\n123,乙,晋江市\n");
        for (Path file : List.of(fixture, xlsx, rejected)) {
            Path out = Files.createDirectories(tmp.resolve("out-" + file.getFileName()));
            CliRunner.Result r = CliRunner.run("import", file.toString(), "--out", out.toString());
            assertThat(r.err()).isEmpty();
            String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            ImportResult collected = EnterpriseImporter.defaults().importFile(file);
            assertThat(r.exitCode()).isEqualTo(collected.isClean() ? 0 : 1);
            byte[] json = Files.readAllBytes(out.resolve(base + "-enterprises.json"));
            assertThat(new String(json, StandardCharsets.UTF_8))
                    .isEqualTo(CountyChainJson.defaults().writeToString(collected.enterprises()));
            if (!collected.isClean()) {
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                collected.writeErrorWorkbook(expected, Locale.SIMPLIFIED_CHINESE);
                assertThat(Files.readAllBytes(out.resolve(base + "-errors.xlsx"))).isEqualTo(expected.toByteArray());
                for (RowError e : collected.errors()) {
                    assertThat(r.out()).contains(e.describe(Locale.SIMPLIFIED_CHINESE));
                }
            }
        }
        assertThat(Files.readString(tmp.resolve("out-all-rejected.csv/all-rejected-enterprises.json")))
                .isEqualTo("[ ]\n");
    }

    @Test
    @Tag("class-path") // the child JVM runs the command line from the class path (java.class.path)
    void fiveHundredThousandEnterprisesAreImportedWith64MbOfHeapAndNoTemporaryFileIsLeft() throws Exception {
        Path xlsx = tmp.resolve("big.xlsx");
        writeWorkbook(xlsx);
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        Path out = tmp.resolve("out");

        // stopped half-way (SIGTERM, as Ctrl-C): the shutdown hook deletes the spool
        Process stopped = SmallHeapCli.start(temporary, tmp.resolve("stopped.txt"), "import", xlsx.toString(), "--out",
                tmp.resolve("stopped").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (SmallHeapCli.spoolDirectories(temporary).isEmpty() && stopped.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("the spool directory while importing").isNotEmpty();
        stopped.destroy();
        assertThat(stopped.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("the spool directory after the JVM was stopped")
                .isEmpty();

        Process p = SmallHeapCli.start(temporary, tmp.resolve("console.txt"), "import", xlsx.toString(), "--out",
                out.toString());
        assertThat(p.waitFor(900, TimeUnit.SECONDS)).isTrue();
        String console = Files.readString(tmp.resolve("console.txt"), StandardCharsets.UTF_8);
        // 500 rows with a bad revenue and one conflicting duplicate rejected: exit 1, no stack trace
        assertThat(p.exitValue()).as(console).isEqualTo(1);
        assertThat(console).contains("读取500000行，接受499499行，拒绝501行；企业499499家").doesNotContain("\tat ");
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();

        List<JsonNode> some = new ArrayList<>();
        long count = 0;
        ObjectMapper mapper = new ObjectMapper(); // element by element: the library's mapper refuses trailing tokens
        try (JsonParser json = mapper.createParser(out.resolve("big-enterprises.json").toFile())) {
            assertThat(json.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (json.nextToken() == JsonToken.START_OBJECT) {
                JsonNode e = mapper.readTree(json);
                if (count == 0 || count == 999 || count == 499_498) {
                    some.add(e);
                }
                count++;
            }
        }
        assertThat(count).isEqualTo(499_499);
        assertThat(some).extracting(e -> e.get("creditCode").asText() + " " + e.get("name").asText())
                .containsExactly(code(1) + " 企业1", code(1001) + " 企业1001", code(ROWS - 2) + " 企业" + (ROWS - 2));
        assertThat(some.get(0).get("years").get(0).get("operatingRevenue").decimalValue()).isEqualByComparingTo("1001");

        // the error workbook holds the 501 rows; imported again, they are rejected again, the conflict included
        ImportResult again = EnterpriseImporter.defaults().importFile(out.resolve("big-errors.xlsx"));
        assertThat(again.rowsRead()).isEqualTo(501);
        assertThat(again.rowsRejected()).isEqualTo(501);
        assertThat(again.errors()).extracting(RowError::code).contains(ErrorCode.DUPLICATE);
    }

    static String code(int i) {
        String first17 = "91350582MA" + String.format(Locale.ROOT, "%07d", i);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /**
     * Row {@code i + 1} is enterprise {@code i}, revenue {@code 1000 + i}; every 1000th row has a revenue that is
     * not a number, and row 500,000 (enterprise 499,999's) repeats enterprise 1 under another name (a conflicting
     * duplicate).
     */
    private static void writeWorkbook(Path file) throws IOException {
        SmallHeapCli.writeWorkbook(file, List.of("统一社会信用代码", "企业名称", "所在县（市、区）", "年度", "营业收入"), w -> {
            for (int i = 1; i <= ROWS; i++) {
                int r = i + 1;
                int enterprise = i == ROWS - 1 ? 1 : i;
                String name = i == ROWS - 1 ? "另一企业" : "企业" + i;
                String revenue = i % 1000 == 0
                        ? inline("E" + r, "一千")
                        : "<c r=\"E" + r + "\"><v>" + (1000 + i) + "</v></c>";
                w.write("<row r=\"" + r + "\">" + inline("A" + r, code(enterprise)) + inline("B" + r, name)
                        + "<c r=\"C" + r + "\" t=\"s\"><v>0</v></c><c r=\"D" + r + "\"><v>2024</v></c>"
                        + revenue + "</row>");
            }
        });
    }
}
