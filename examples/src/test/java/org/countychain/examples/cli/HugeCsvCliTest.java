package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.countychain.export.excel.EnterpriseImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files of 150 MB, under the import's 200 MB file limit, that are one record: a list saved without a single line
 * break (its header and all its text on one line) and a list whose second row opens a quote that never closes (the
 * rest of the file one field). {@code import} and {@code screen}, each in a child JVM of 64 MB heap, refuse the first
 * with the limit it is past (exit 2, CC-7002, no output file) and reject the row of the second (CC-7002 naming the
 * cell and its length), without a stack trace and without a temporary file left; {@code validate}, which reads JSON,
 * refuses both at their first bytes. Held whole, either line is 300 MB of heap.
 */
@Tag("class-path") // the child JVM runs the command line from the class path (java.class.path)
class HugeCsvCliTest {
    /** The files' size: three quarters of the default file limit. */
    private static final long BYTES = 150L * 1024 * 1024;
    private static final String HEADER = "统一社会信用代码,企业名称,所在县（市、区）,年度,营业收入";

    @TempDir
    static Path files;
    private static Path oneLine;
    private static Path unclosedQuote;

    @TempDir
    Path tmp;

    @BeforeAll
    static void writeTheFiles() throws IOException {
        // fields of 1,023 Chinese characters, each under the cell limit, after the header's names: no line break
        oneLine = write(files.resolve("one-line.csv"), HEADER, "," + "县".repeat(1023));
        // the name of row 2 opens a quote; the rows that follow, 150 MB of them, are inside it
        unclosedQuote = write(files.resolve("unclosed-quote.csv"), HEADER + "\n" + SpooledImportCliTest.code(1)
                + ",\"晋江市样例科技有限公司,晋江市,2024,1000\n", SpooledImportCliTest.code(2)
                + ",福建省样例科技股份有限公司晋江分公司,晋江市,2024,1000\n");
        assertThat(Files.size(oneLine)).isBetween(BYTES, EnterpriseImporter.DEFAULT_MAX_FILE_BYTES);
        assertThat(Files.size(unclosedQuote)).isBetween(BYTES, EnterpriseImporter.DEFAULT_MAX_FILE_BYTES);
    }

    /** Writes {@code start}, then {@code unit} again and again until the file holds {@link #BYTES}. */
    private static Path write(Path file, String start, String unit) throws IOException {
        byte[] block = unit.repeat(Math.max(1, (1 << 16) / unit.length())).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] first = start.getBytes(StandardCharsets.UTF_8);
            out.write(first);
            for (long n = first.length; n < BYTES; n += block.length) {
                out.write(block);
            }
        }
        return file;
    }

    @Test
    void importRefusesTheOneLineFileForItsHeaderRowPastTheLimitsAndWritesNothing() throws Exception {
        Run r = run("import", oneLine.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.exit).as(r.console).isEqualTo(2);
        assertThat(r.console).startsWith("错误：[CC-7002] one-line.csv: 表头行（第1行）超出导入上限：自单元格")
                .contains("该行超过1048544个字符（单元格上限32767的32倍）", "--max-cell-chars");
        assertThat(r.console.lines().count()).as(r.console).isEqualTo(1);
        assertThat(listed(tmp.resolve("out"))).as("nothing written").isEmpty();
    }

    @Test
    void screenRefusesTheOneLineFileTheSameWay() throws Exception {
        Run r = run("screen", oneLine.toString(), "--year", "2024", "--out", tmp.resolve("out").toString());
        assertThat(r.exit).as(r.console).isEqualTo(2);
        assertThat(r.console).startsWith("错误：[CC-7002] one-line.csv: 表头行（第1行）超出导入上限：");
        assertThat(r.console.lines().count()).as(r.console).isEqualTo(1);
        assertThat(listed(tmp.resolve("out"))).as("nothing written").isEmpty();
    }

    @Test
    void importRejectsTheRowWhoseQuoteNeverClosesNamingTheCellAndItsLength() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run("import", unclosedQuote.toString(), "--out", out.toString());
        assertThat(r.exit).as(r.console).isEqualTo(1);
        assertThat(r.console).contains("[CC-7002] unclosed-quote.csv!B2 (企业名称): 单元格有", "超过上限32767个",
                "[CC-7003] unclosed-quote.csv!B2 (企业名称): 单元格B2开头的引号未闭合", "读取1行，接受0行，拒绝1行；企业0家");
        // complete files: no enterprise, and the rejected row in the error workbook
        assertThat(Files.readString(out.resolve("unclosed-quote-enterprises.json"))).isEqualTo("[ ]\n");
        assertThat(EnterpriseImporter.defaults().importFile(out.resolve("unclosed-quote-errors.xlsx")).rowsRejected())
                .isEqualTo(1);
        assertThat(listed(out)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("unclosed-quote-enterprises.json", "unclosed-quote-errors.xlsx");
    }

    @Test
    void screenListsTheRejectedRowAndScreensWhatIsLeft() throws Exception {
        Run r = run("screen", unclosedQuote.toString(), "--year", "2024");
        // screen's exit code is about its findings; the rejected row is listed, as any rejected row is
        assertThat(r.exit).as(r.console).isEqualTo(0);
        assertThat(r.console).contains("[CC-7002] unclosed-quote.csv!B2 (企业名称): 单元格有", "2024年度检查结果");
    }

    @Test
    void validateRefusesBothFilesAsNotJsonAtTheirFirstBytes() throws Exception {
        // validate reads JSON data sets: a CSV list is named for what it is from its first bytes, not read through
        for (Path file : List.of(oneLine, unclosedQuote)) {
            Run r = run("validate", file.toString());
            assertThat(r.exit).as(r.console).isEqualTo(2);
            assertThat(r.console).as(r.console).startsWith("错误：[CC-2006] ").contains(file.getFileName().toString())
                    .contains("这是其他文本（如CSV），不是JSON数据集");
            assertThat(r.console.lines().count()).as(r.console).isEqualTo(1);
        }
    }

    private record Run(int exit, String console) {
    }

    /** Runs the command at 64 MB of heap and checks what every run must: no stack trace, no temporary file left. */
    private Run run(String... args) throws Exception {
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        Path console = tmp.resolve("console.txt");
        Process p = SmallHeapCli.start(temporary, console, args);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(console, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\tat ", "Exception", "CC-9005");
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();
        return new Run(p.exitValue(), text);
    }

    private static List<Path> listed(Path d) throws IOException {
        if (!Files.exists(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
