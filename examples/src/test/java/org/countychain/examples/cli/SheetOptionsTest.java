package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.enterprise.Enterprise;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sheet} and {@code --sheet-name} of {@code import} and {@code screen}, and their report of the sheets read
 * and skipped, on a workbook written here: two data sheets, a notes sheet and a hidden data sheet.
 */
class SheetOptionsTest {
    private static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "所在县（市、区）");

    @TempDir
    Path tmp;

    private Path workbook;

    @BeforeEach
    void writeWorkbook() throws Exception {
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        workbook = tmp.resolve("企业名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(workbook)) {
            dataSheet(wb.createSheet("2023年"), sample.subList(0, 3));
            dataSheet(wb.createSheet("2024年"), sample.subList(3, 5));
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本表由统计局提供");
            Sheet lookup = wb.createSheet("lookup");
            dataSheet(lookup, sample.subList(5, 6));
            wb.setSheetVisibility(wb.getSheetIndex(lookup), SheetVisibility.HIDDEN);
            wb.write(os);
        }
    }

    private static void dataSheet(Sheet sheet, List<Enterprise> enterprises) {
        cells(sheet.createRow(0), HEADER);
        int next = 1;
        for (Enterprise e : enterprises) {
            cells(sheet.createRow(next++), List.of(e.creditCode().value(), e.name(), "晋江市"));
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private CliRunner.Result importing(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("import", workbook.toString(), "--out",
                tmp.resolve("out").toString()));
        args.addAll(List.of(options));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void byDefaultBothDataSheetsAreReadAndTheOthersReportedAsSkipped() {
        CliRunner.Result r = importing();
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("已读取工作表“2023年”（第1个）：3行，接受3行，拒绝0行\n"
                        + "已读取工作表“2024年”（第2个）：2行，接受2行，拒绝0行\n"
                        + "未读取工作表“说明”（第3个）：",
                "未读取工作表“lookup”（第4个）：隐藏的工作表，未读取\n", "企业5家");
    }

    @Test
    void inEnglish() {
        CliRunner.Result r = CliRunner.run("--lang", "en", "import", workbook.toString(), "--out",
                tmp.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Read sheet \"2023年\" (number 1): 3 rows, 3 accepted, 0 rejected\n",
                        "Read sheet \"2024年\" (number 2): 2 rows, 2 accepted, 0 rejected\n",
                        "Skipped sheet \"说明\" (number 3): ", "Skipped sheet \"lookup\" (number 4): the sheet is hidden\n",
                        "enterprises: 5")
                .doesNotContain("已读取", "未读取");
    }

    @Test
    void aNumberCountsTabsFromOne() {
        CliRunner.Result r = importing("--sheet", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("已读取工作表“2024年”（第2个）：2行", "企业2家")
                .doesNotContain("2023年", "未读取");
        // the first tab is 1; hidden tabs count, and a chosen hidden sheet is read
        assertThat(importing("--sheet", "1").out()).contains("已读取工作表“2023年”（第1个）：3行").doesNotContain("2024年");
        assertThat(importing("--sheet", "4").out()).contains("已读取工作表“lookup”（第4个）：1行", "企业1家");
    }

    @Test
    void aNameChoosesThatSheet() {
        CliRunner.Result r = importing("--sheet", "2024年");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("已读取工作表“2024年”（第2个）：2行", "企业2家").doesNotContain("2023年");
        assertThat(importing("--sheet-name", "2024年").out()).isEqualTo(r.out());
    }

    @Test
    void aMissingSheetExitsTwoWithTheLibrarysCodeInTheCallersLanguage() {
        CliRunner.Result number = importing("--sheet", "5");
        assertThat(number.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(number.out()).isEmpty();
        assertThat(number.err()).startsWith("错误：[CC-1005] 企业名单.xlsx")
                .contains("企业名单.xlsx: 工作簿中没有第5个工作表（从1数起", "2023年、2024年、说明、lookup");
        CliRunner.Result name = CliRunner.run("--lang", "en", "import", workbook.toString(),
                "--out", tmp.resolve("out").toString(), "--sheet", "2025年");
        assertThat(name.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(name.err()).startsWith("error: [CC-1005] 企业名单.xlsx: ").contains("no sheet “2025年”");
        assertThat(tmp.resolve("out")).doesNotExist();
        // a sheet without a header row, chosen, refuses the file too
        assertThat(importing("--sheet", "3").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aNameOfDigitsIsReachedWithSheetName() throws Exception {
        Path digits = tmp.resolve("digits.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(digits)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("说明");
            dataSheet(wb.createSheet("1"), SampleCounty.jinjiang().enterprises().subList(0, 1));
            wb.write(os);
        }
        String out = tmp.resolve("out").toString();
        // all digits is a number: the first tab, the notes, which has no header row
        assertThat(CliRunner.run("import", digits.toString(), "--out", out, "--sheet", "1").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        CliRunner.Result r = CliRunner.run("import", digits.toString(), "--out", out,
                "--sheet-name", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("已读取工作表“1”（第2个）：1行");
    }

    @Test
    void unusableChoicesAreUsageErrors() {
        CliRunner.Result zero = importing("--sheet", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("工作表序号从 1（第一个工作表）开始：0");
        CliRunner.Result both = CliRunner.run("--lang", "en", "import", workbook.toString(),
                "--out", tmp.toString(), "--sheet", "1", "--sheet-name", "2024年");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("give --sheet or --sheet-name, not both");
        assertThat(importing("--sheet", "99999999999").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(importing("--sheet-name", "").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void csvFilesReportNoSheets() throws Exception {
        Path csv = tmp.resolve("list.csv");
        Enterprise e = SampleCounty.jinjiang().enterprises().get(0);
        Files.writeString(csv, String.join(",", HEADER) + "\n" + e.creditCode().value() + "," + e.name() + ",晋江市\n");
        CliRunner.Result r = CliRunner.run("import", csv.toString(), "--out", tmp.toString(),
                "--sheet", "7");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).doesNotContain("工作表").contains("企业1家");
    }

    @Test
    void helpSaysNumbersCountFromOne() {
        assertThat(CliRunner.run("--lang", "en", "import", "--help").out())
                .contains("--sheet=NAME|NUMBER", "Excel shows the tabs (1 is the", "--sheet-name=NAME");
        assertThat(CliRunner.run("screen", "--help").out()).contains("--sheet=NAME|NUMBER", "第一个为 1");
    }

    @Test
    void screenReportsTheSheetsInItsSummary() {
        CliRunner.Result r = CliRunner.run("screen", workbook.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("已读取工作表“2023年”（第1个）：3行，接受3行，拒绝0行\n")
                .contains("未读取工作表“lookup”（第4个）：隐藏的工作表，未读取\n", "年度检查结果");
        CliRunner.Result one = CliRunner.run("--lang", "en", "screen", workbook.toString(),
                "--sheet", "2024年");
        assertThat(one.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(one.out()).startsWith("Read sheet \"2024年\" (number 2): 2 rows, 2 accepted, 0 rejected\nScreening of ");
        CliRunner.Result missing = CliRunner.run("--lang", "en", "screen", workbook.toString(),
                "--sheet", "9");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("error: [CC-1005] 企业名单.xlsx: ").contains("no sheet number 9");
    }

    @Test
    void screenJsonCarriesTheSheetsBesideTheUnchangedResult() throws Exception {
        Path out = tmp.resolve("screen");
        CliRunner.Result r = CliRunner.run("screen", workbook.toString(), "--format", "json",
                "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        ObjectNode root = (ObjectNode) CountyChainJson.newMapper()
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).readTree(r.out());
        JsonNode sheets = root.remove("import");
        assertThat(sheets.get("sheets")).hasSize(2);
        assertThat(sheets.get("sheets").get(1).get("name").asText()).isEqualTo("2024年");
        assertThat(sheets.get("sheets").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(sheets.get("sheets").get(1).get("rowsRead").asInt()).isEqualTo(2);
        JsonNode hidden = sheets.get("skippedSheets").get(1);
        assertThat(hidden.get("name").asText()).isEqualTo("lookup");
        assertThat(hidden.get("number").asInt()).isEqualTo(4);
        assertThat(hidden.get("kind").asText()).isEqualTo("HIDDEN");
        assertThat(hidden.get("reason").get("en").asText()).isEqualTo("the sheet is hidden");
        // apart from the sheets, the same bytes as the result written to the output directory
        assertThat(CountyChainJson.defaults().writeToString(root))
                .isEqualTo(Files.readString(out.resolve(ScreenCommand.RESULT_FILE), StandardCharsets.UTF_8));
        // a data set given as JSON has no sheets to report
        Path county = tmp.resolve("county.json");
        CountyChainJson.defaults().write(SampleCounty.jinjiang(), county);
        assertThat(CountyChainJson.newMapper().readTree(
                CliRunner.run("screen", county.toString(), "--format", "json").out()).has("import")).isFalse();
    }
}
