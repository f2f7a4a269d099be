package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.examples.cli.HostileOutputTest.assertNoStackTrace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of input files for the commands that read JSON, reference documents and image folders: a file
 * of another kind under a .json name, a legacy .xls, a workbook of 1,000 sheets, numbers past the reader's limits,
 * money no decimal can hold, image names with a NUL or leading outside the folder through a link, a reference
 * document with a DOCTYPE, and inputs too large for the heap. Each case checks the exit code, the code on standard
 * error and that no stack trace or library log line is printed. The cases about what reaches the console (POI's
 * logger, running out of memory) run the real {@code main} in a child JVM.
 */
class HostileInputTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    @TempDir
    Path tmp;

    private Path county;

    @BeforeEach
    void county() {
        county = tmp.resolve("jinjiang.json");
        JSON.write(SampleCounty.jinjiang(), county);
    }

    private Path workbookNamedJson() throws IOException {
        Path list = tmp.resolve("list.xlsx");
        EnterpriseListWriter.writeXlsx(SampleCounty.jinjiang().enterprises(), list);
        return Files.copy(list, tmp.resolve("list.json"));
    }

    private Path legacyXls(String name) throws IOException {
        Path xls = tmp.resolve(name);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("企业名单").createRow(0).createCell(0).setCellValue("统一社会信用代码");
            wb.write(out);
        }
        return xls;
    }

    @Test
    void aWorkbookUnderAJsonNameIsNamedAsAWorkbookByEveryCommandThatReadsJson() throws IOException {
        Path fake = workbookNamedJson();
        for (String[] command : List.of(new String[] {"validate", fake.toString()},
                new String[] {"screen", fake.toString()},
                new String[] {"report", fake.toString(), "--out", tmp.resolve("r.docx").toString()},
                new String[] {"match", fake.toString()},
                new String[] {"batch", fake.toString(), "--out", tmp.resolve("b").toString(), "--quiet"})) {
            CliRunner.Result r = CliRunner.run(command);
            assertThat(r.exitCode()).as(command[0] + r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(command[0]).isEqualTo("错误：[CC-2006] " + pathInMessage(command[0], fake)
                    + ": 这是Office文档或ZIP压缩包（.xlsx、.docx、.zip），不是JSON数据集；数据集是CountyChain格式的.json文件，"
                    + "企业名单工作簿请用导入功能读取\n");
        }
    }

    @Test
    void aCsvListHandedToValidateOrReportIsNamedAsTextWithTheAdviceToImportIt() throws IOException {
        Path csv = tmp.resolve("企业名单.csv");
        Files.writeString(csv, "\uFEFF统一社会信用代码,企业名称,所在县（市、区）\n91350582MA2XYK001X,甲公司,晋江市\n");
        for (String[] command : List.of(new String[] {"validate", csv.toString()},
                new String[] {"report", csv.toString(), "--out", tmp.resolve("r.docx").toString()})) {
            CliRunner.Result r = CliRunner.run(command);
            assertThat(r.exitCode()).as(command[0] + r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(command[0]).isEqualTo("错误：[CC-2006] " + pathInMessage(command[0], csv)
                    + ": 这是其他文本（如CSV），不是JSON数据集；数据集是CountyChain格式的.json文件，CSV企业名单请用导入功能读取\n");
        }
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate", csv.toString());
        assertThat(r.err()).isEqualTo("error: [CC-2006] " + csv + ": this is other text (CSV, for example), not a "
                + "JSON data set; a data set is a .json file in the CountyChain format, an enterprise list in CSV is "
                + "read by the import\n");
        assertThat(tmp.resolve("r.docx")).doesNotExist();
    }

    @Test
    void aDataSetCutShortIsASyntaxErrorInTheReadersLanguage() throws IOException {
        Path cut = tmp.resolve("cut.json");
        Files.writeString(cut, "{\"unitId\": \"350582\",\n  \"year\": 2024,");
        CliRunner.Result r = CliRunner.run("validate", cut.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("错误：[CC-2001] " + cut + " 第2行").endsWith(
                "JSON语法错误：文件在此处提前结束，JSON不完整（可能被截断）\n").doesNotContain("end-of-input");
        r = CliRunner.run("--lang", "en", "validate", cut.toString());
        assertThat(r.err()).startsWith("error: [CC-2001] " + cut + " line 2").endsWith("JSON syntax error: the file "
                + "ends here before the JSON is complete (it may have been cut short)\n");
    }

    /** validate names the path as given, the other readers the file name. */
    private static String pathInMessage(String command, Path file) {
        return command.equals("validate") ? file.toString() : String.valueOf(file.getFileName());
    }

    @Test
    void aLegacyXlsHandedToScreenIsRefusedWithTheAdviceToSaveItAsXlsx() throws IOException {
        for (String name : List.of("企业名单.xls", "企业名单")) {
            Path xls = legacyXls(name);
            CliRunner.Result r = CliRunner.run("screen", xls.toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).isEqualTo("错误：[CC-1004] " + name + ": 文件是旧版 Excel 97-2003 工作簿（.xls），请另存为 .xlsx "
                    + "后再导入\n");
        }
        // Under a .json name it is named for what it is, with the same advice.
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate",
                legacyXls("old.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("[CC-2006]").contains("legacy Office 97-2003 file (.xls or .doc)")
                .contains("save it as .xlsx in Excel or WPS first").doesNotContain("syntax");
    }

    @Test
    void aWorkbookWithoutAnExtensionIsScreenedAsTheWorkbookItIs() throws IOException {
        Path list = tmp.resolve("list.xlsx");
        EnterpriseListWriter.writeXlsx(SampleCounty.jinjiang().enterprises(), list);
        Path bare = Files.copy(list, tmp.resolve("企业名单"));
        CliRunner.Result r = CliRunner.run("screen", bare.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void aWorkbookOfAThousandSheetsIsRefusedForItsSizeNotAsNeitherXlsxNorCsv() throws IOException {
        Path big = tmp.resolve("千表.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(big)) {
            for (int i = 1; i <= 1000; i++) {
                wb.createSheet("表" + i).createRow(0).createCell(0).setCellValue("统一社会信用代码");
            }
            wb.write(out);
        }
        for (String command : List.of("import", "screen")) {
            CliRunner.Result r = CliRunner.run(command, big.toString(), "--out",
                    tmp.resolve("out").toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).isEqualTo("错误：[CC-7002] 千表.xlsx: 工作簿包含的部件（工作表、图形、样式等）超过1000个，超出导入上限；"
                    + "请拆分为工作表较少的多个工作簿\n");
        }
    }

    @Test
    void numbersAndNestingPastTheReadersLimitsAreNamedWithoutJacksonsWords() throws IOException {
        Path digits = Files.writeString(tmp.resolve("digits.json"),
                "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":" + "9".repeat(5000) + "}");
        Path deep = Files.writeString(tmp.resolve("deep.json"), "{\"note\":" + "[".repeat(3000) + "]".repeat(3000) + "}");
        for (Path file : List.of(digits, deep)) {
            List<String[]> commands = new ArrayList<>(List.of(new String[] {"--lang", "en", "validate", file.toString()},
                    new String[] {"--lang", "en", "screen", file.toString()}));
            if (file == digits) {
                // The strict reader stops at the note's first value of the wrong type before it is deep.
                commands.add(new String[] {"--lang", "en", "report", file.toString(), "--out",
                    tmp.resolve("r.docx").toString()});
            }
            for (String[] command : commands) {
                CliRunner.Result r = CliRunner.run(command);
                assertThat(r.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.USAGE);
                assertThat(r.err()).as(String.join(" ", command)).contains("[CC-2007]").contains("too large: ")
                        .contains(file == digits ? "a number's length in digits is 5000, the reader allows at most 1000"
                                : "the nesting depth is 1001, the reader allows at most 1000")
                        .doesNotContain("StreamReadConstraints").doesNotContain("`");
                assertNoStackTrace(r);
            }
        }
    }

    @Test
    void moneyNoDecimalCanHoldIsOneProblemForScreenAndARefusalForReport() throws IOException {
        String json = Files.readString(county);
        Path money = Files.writeString(tmp.resolve("money.json"),
                json.replaceFirst("\"operatingRevenue\" : [0-9.]+", "\"operatingRevenue\" : 1E-2147483648"));
        CliRunner.Result screen = CliRunner.run("screen", money.toString());
        assertThat(screen.exitCode()).isZero();
        assertThat(screen.err()).startsWith("[CC-1002] money.json 第").contains(
                "enterprises[0].years[0].operatingRevenue: 数值 1E-2147483648 超出允许范围：十进制数（指数不超出可表示范围）\n");
        assertNoStackTrace(screen);
        CliRunner.Result validate = CliRunner.run("validate", money.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(validate.out()).contains("CC-1002 enterprises[0].years[0].operatingRevenue");
        CliRunner.Result report = CliRunner.run("report", money.toString(), "--out",
                tmp.resolve("r.docx").toString());
        assertThat(report.exitCode()).isEqualTo(ExitCodes.USAGE);
        // The strict reader names where the parser stood, as the lenient one (screen) does.
        assertThat(report.err()).matches("错误：\\[CC-1002\\] money\\.json 第\\d+行第\\d+列 enterprises\\[0\\]"
                + "\\.years\\[0\\]\\.operatingRevenue: 数值 1E-2147483648 超出允许范围：十进制数（指数不超出可表示范围）\n");
    }

    /** The sample with IMAGE figures naming these pictures. */
    private Path withImages(String... names) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(county.toFile());
        for (JsonNode item : tree.get("reports").get(0).get("items")) {
            if (item.get("itemId").asText().equals("2.1")) {
                int n = 1;
                for (String name : names) {
                    ((ArrayNode) item.get("blocks")).addObject().put("type", "figure").put("kind", "IMAGE")
                            .put("caption", "图" + (10 + n++) + " 图片").put("image", name);
                }
            }
        }
        Path file = tmp.resolve("with-images.json");
        mapper.writeValue(file.toFile(), tree);
        return file;
    }

    private static byte[] png(int marker) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(3, 2,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, marker);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void anImageLinkLeadingOutOfTheFolderIsNotFollowedAndANulInANameIsNoCrash() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("images"));
        byte[] inside = png(0x123456);
        byte[] secret = png(0x654321);
        Files.write(dir.resolve("park.png"), inside);
        Path outside = Files.write(tmp.resolve("secret.png"), secret);
        Files.createSymbolicLink(dir.resolve("escape.png"), outside);
        // A link that stays inside the folder is fine.
        Files.createSymbolicLink(dir.resolve("alias.png"), dir.resolve("park.png"));
        Path json = withImages("park.png", "escape.png", "alias.png", "a\u0000b.png", "../secret.png");
        Path out = tmp.resolve("images.docx");
        CliRunner.Result r = CliRunner.run("report", json.toString(), "--out", out.toString(),
                "--images", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(
                "警告：未读取图片 escape.png：它是指向 " + dir + " 之外文件的符号链接；该插图将显示为缺失\n"
                + "警告：未读取图片 a\\u0000b.png：它不是本系统可用的文件名；该插图将显示为缺失\n"
                + "警告：未读取图片 ../secret.png：该名称指向 " + dir + " 之外；该插图将显示为缺失\n");
        assertNoStackTrace(r);
        // The document holds the pictures from inside the folder and not the one outside it.
        List<byte[]> media = new ArrayList<>();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            zip.stream().filter(e -> e.getName().startsWith("word/media/")).forEach(e -> {
                try {
                    media.add(zip.getInputStream(e).readAllBytes());
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        }
        assertThat(media).isNotEmpty().allSatisfy(b -> assertThat(b).isNotEqualTo(secret));
        assertThat(media).anySatisfy(b -> assertThat(b).isEqualTo(inside));
    }

    // --- The real main in a child JVM: what reaches the console, and the heap's limits.

    record Console(int exitCode, String out, String err) {
    }

    static Console main(String heap, Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-cp", System.getProperty("java.class.path"),
                CountyChainCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Console(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    /** The sample's report with a DOCTYPE and an external entity in its relationships part. */
    private Path referenceWithADoctype() throws IOException {
        Path report = tmp.resolve("sample.docx");
        assertThat(CliRunner.run("report", county.toString(), "--out", report.toString()).exitCode()).isZero();
        Path xxe = tmp.resolve("letterhead.docx");
        try (ZipFile in = new ZipFile(report.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(xxe))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/_rels/document.xml.rels")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\?>",
                            "?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        return xxe;
    }

    @Test
    void aReferenceDocumentWithADoctypeGivesOneLineOnStandardErrorAndNoPoiLog() throws Exception {
        Path xxe = referenceWithADoctype();
        Console c = main("-Xmx256m", tmp, "report", county.toString(), "--out", tmp.resolve("r.docx").toString(),
                "--reference-docx", xxe.toString());
        assertThat(c.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err().lines()).as(c.err()).singleElement().asString().startsWith("错误：[CC-5002] ")
                .contains("letterhead.docx: 参考文档不可用：文件中的 XML 含有 DOCTYPE 声明");
        assertThat(c.err()).doesNotContain("FATAL").doesNotContain("XMLHelper").doesNotContain("\tat ")
                .doesNotContain("Failed to parse");
        assertThat(c.err().split("letterhead\\.docx", -1)).as("the file is named once").hasSize(2);
    }

    @Test
    void unusableReferenceDocumentsAreRefusedInEnglishAndNoReportIsWritten() throws Exception {
        Path notADocx = Files.writeString(tmp.resolve("plain.docx"), "not a docx");
        Path empty = Files.write(tmp.resolve("empty.docx"), new byte[0]);
        Map<Path, String> reasons = new LinkedHashMap<>();
        reasons.put(referenceWithADoctype(), "its XML holds a DOCTYPE declaration");
        reasons.put(notADocx, "not a .docx file (a .docx is a zip package");
        reasons.put(empty, "not a .docx file (a .docx is a zip package");
        for (Path reference : reasons.keySet()) {
            Path out = tmp.resolve("r.docx");
            CliRunner.Result r = CliRunner.run("--lang", "en", "report", county.toString(), "--out", out.toString(),
                    "--reference-docx", reference.toString());
            String name = String.valueOf(reference.getFileName());
            assertThat(r.exitCode()).as(name + r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines()).as(name).singleElement().asString()
                    .startsWith("error: [CC-5002] " + reference + ": unusable reference document: "
                            + reasons.get(reference))
                    .doesNotContain("Failed to parse");
            assertNoStackTrace(r);
            assertThat(out).as(name).doesNotExist();
        }
    }

    @Test
    void imageNamesThatAreNotReadAreWarnedAboutInEnglish() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("images"));
        Files.write(dir.resolve("park.png"), png(0x123456));
        Path secret = Files.write(tmp.resolve("secret.png"), png(0x654321));
        Files.createSymbolicLink(dir.resolve("escape.png"), secret);
        Path json = withImages("park.png", "escape.png", "a\u0000b.png", secret.toString());
        CliRunner.Result r = CliRunner.run("--lang", "en", "report", json.toString(), "--out",
                tmp.resolve("images.docx").toString(), "--images", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(
                "warning: image escape.png not read: it is a symbolic link to a file outside " + dir
                + "; the figure prints as missing\n"
                + "warning: image a\\u0000b.png not read: it is not a file name on this system; the figure prints as "
                + "missing\n"
                + "warning: image " + secret + " not read: the name points outside " + dir
                + "; the figure prints as missing\n");
        assertNoStackTrace(r);
    }

    @Test
    void runningOutOfMemoryIsItsOwnExitCodeWithTheHeapAndALargerXmxNamed() throws Exception {
        // One text of 6 million characters: the parser's buffers alone are more than a 32 MB heap holds.
        Path note = Files.writeString(tmp.resolve("note.json"), "{\"unitId\":\"350582\",\"unitName\":\"晋江市\","
                + "\"year\":2024,\"note\":\"" + "县".repeat(6_000_000) + "\"}");
        for (String command : List.of("validate", "screen")) {
            Console c = main("-Xmx32m", tmp, "--lang", "en", command, note.toString());
            assertThat(c.exitCode()).as(c.err()).isEqualTo(ExitCodes.OUT_OF_MEMORY).isNotIn(1, 70);
            assertThat(c.err()).isEqualTo("error: [CC-9005] out of memory: the Java heap (32 MB) is too small for this "
                    + "input; run java with a larger -Xmx (for example java -Xmx1024m -jar …) or split the input\n");
        }
    }

    @Test
    void validateKeepsItsMemoryBoundedOnAFileWithTwentyFiveThousandMalformedValues() throws Exception {
        // Each problem used to keep its stack trace and the parser behind it, and the file was held three times
        // (bytes, a tree to tell its kind, the reader's tree): 2.5 MB of JSON did not validate in 128 MB of heap.
        StringBuilder json = new StringBuilder("{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024,"
                + "\"enterprises\":[");
        for (int i = 0; i < 25_000; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"creditCode\":\"91350582MA2Y%06dX\",\"name\":"
                    + "\"福建省样例科技股份有限公司第%d分公司\"}", i, i));
        }
        json.append("]}");
        Path file = Files.writeString(tmp.resolve("bad.json"), json);
        Console c = main("-Xmx64m", tmp, "validate", file.toString());
        assertThat(c.exitCode()).as(c.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(c.out()).endsWith("bad.json：校验未通过，错误 25000 个，警告 0 个\n");
        assertThat(c.err()).isEmpty();
    }
}
