package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.examples.cli.SmallHeapCli.inline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
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
 * import's list gave, and the error workbook is the same; a 500,000-row workbook of 500,000 enterprises, and the same
 * rows as a 95 MB CSV file, are imported in a child JVM with a 64 MB heap to the same JSON, and the temporary files
 * are gone afterwards, also when the JVM is stopped in the middle of the import.
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
        Path csv = tmp.resolve("big.csv");
        writeCsv(csv);
        assertThat(Files.size(csv)).as("the CSV's size").isBetween(90L << 20, 100L << 20);
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        Path out = tmp.resolve("out");

        // the same rows as a 95 MB CSV file (it needed 1 GB of heap where the workbook fitted in 512 MB)
        Process fromCsv = SmallHeapCli.start(temporary, tmp.resolve("csv.txt"), "import", csv.toString(), "--out",
                tmp.resolve("csv").toString());
        assertThat(fromCsv.waitFor(900, TimeUnit.SECONDS)).isTrue();
        String csvConsole = Files.readString(tmp.resolve("csv.txt"), StandardCharsets.UTF_8);
        assertThat(fromCsv.exitValue()).as(tail(csvConsole)).isEqualTo(1);
        assertThat(csvConsole).contains("读取500000行，接受499499行，拒绝501行；企业499499家",
                "[CC-1004] big.csv!E1001 (营业收入) \"一千\"").doesNotContain("\tat ");
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();

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
        // the CSV's enterprises are the workbook's, byte for byte
        assertThat(Files.mismatch(out.resolve("big-enterprises.json"), tmp.resolve("csv/big-enterprises.json")))
                .as("the first byte where the CSV's JSON differs from the workbook's").isEqualTo(-1L);
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

    private static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "所在县（市、区）", "年度", "营业收入",
            "行业代码", "行业名称", "注册地址", "职工总数", "研发费用", "是否规上企业");

    /**
     * Row {@code i + 1} is enterprise {@code i}, revenue {@code 1000 + i}, with an industry, an address, employees
     * and R&amp;D expenses (about 190 bytes a row as CSV); every 1000th row has a revenue that is not a number, and
     * row 500,000 (enterprise 499,999's) repeats enterprise 1 under another name (a conflicting duplicate).
     *
     * @param i the row's enterprise, from 1
     * @return its cells from column A, a number as its digits
     */
    private static List<String> row(int i) {
        int enterprise = i == ROWS - 1 ? 1 : i;
        return List.of(code(enterprise), i == ROWS - 1 ? "另一企业" : "企业" + i, "晋江市", "2024",
                i % 1000 == 0 ? "一千" : Integer.toString(1000 + i), "3911", "计算机、通信和其他电子设备制造业",
                "福建省泉州市晋江市经济开发区五里园样例大道" + enterprise + "号", Integer.toString(100 + enterprise % 900),
                Integer.toString(10 + enterprise % 90), "是");
    }

    /** The rows of {@link #row} as a workbook: numbers as numbers, the county a shared string, the rest inline. */
    private static void writeWorkbook(Path file) throws IOException {
        SmallHeapCli.writeWorkbook(file, HEADERS, w -> {
            for (int i = 1; i <= ROWS; i++) {
                int r = i + 1;
                List<String> cells = row(i);
                StringBuilder xml = new StringBuilder("<row r=\"").append(r).append("\">");
                for (int c = 0; c < cells.size(); c++) {
                    String ref = (char) ('A' + c) + Integer.toString(r);
                    String v = cells.get(c);
                    if (c == 2) {
                        xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>0</v></c>");
                    } else if (c != 5 && v.chars().allMatch(Character::isDigit)) {
                        xml.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                    } else {
                        xml.append(inline(ref, v));
                    }
                }
                w.write(xml.append("</row>").toString());
            }
        });
    }

    /** The same rows as CSV text in UTF-8, as a spreadsheet saves them (no field needs quotes). */
    private static void writeCsv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADERS) + "\n");
            for (int i = 1; i <= ROWS; i++) {
                w.write(String.join(",", row(i)) + "\n");
            }
        }
    }

    private static String tail(String console) {
        return console.length() > 4000 ? console.substring(console.length() - 4000) : console;
    }
}
