package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.countychain.ProblemCode;
import org.countychain.export.excel.HostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile .xlsx and CSV corpus through {@code countychain import}: exit 2 with the refusal's code on standard
 * error, or exit 1 with each row error's code; never exit 70, never a stack trace or a raw exception.
 */
class HostileImportCliTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CountyChainCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    static Stream<HostileInputs.Case> cases() {
        return HostileInputs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importExitsOneOrTwoWithTheCodeAndNoStackTrace(HostileInputs.Case c) {
        Path file = c.write(tmp);
        String[] r = run("import", file.toString(), "--out", tmp.resolve("out").toString());
        assertNoTrace(r);
        if (c.refusal() != null) {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2]).contains("[" + c.refusal().code() + "] " + c.file());
            // A refused file leaves nothing behind: no data set, no error workbook, no temporary file.
            assertThat(filesUnder(tmp.resolve("out"))).isEmpty();
        } else {
            assertThat(r[0]).isEqualTo("1");
            for (ProblemCode code : c.rowCodes()) {
                assertThat(r[1]).contains("[" + code.code() + "]");
            }
            assertThat(tmp.resolve("out").resolve(c.file().replaceFirst("\\.[^.]*$", "") + "-errors.xlsx"))
                    .isNotEmptyFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void screenExitsTwoOnARefusalAndNeverSeventy(HostileInputs.Case c) {
        Path file = c.write(tmp);
        String[] r = run("--lang", "en", "screen", file.toString(), "--year", "2024");
        assertNoTrace(r);
        assertThat(r[0]).isIn(c.refusal() != null ? new String[] {"2"} : new String[] {"0", "1"});
    }

    /**
     * The exit code and the first line of each case as docs/testing.md lists them: the refusal on standard error,
     * or the first row error on standard output. A guard taken out that still ends in the same code (another guard
     * catching the case with another reason, another cell or another value) fails here.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedFirstLines")
    void importGivesTheDocumentedExitCodeAndFirstLine(String name, int exit, String firstLine) {
        Path file = HostileInputs.byName().get(name).write(tmp);
        String[] r = run("import", file.toString(), "--out", tmp.resolve("out").toString());
        assertNoTrace(r);
        assertThat(r[0]).isEqualTo(Integer.toString(exit));
        String line = exit == 2 ? r[2].lines().findFirst().orElse("")
                : r[1].lines().filter(l -> l.startsWith("[CC-")).findFirst().orElse("");
        int cut = firstLine.indexOf('…');
        if (cut < 0) {
            assertThat(line).isEqualTo(firstLine);
        } else {
            assertThat(line).startsWith(firstLine.substring(0, cut)).endsWith(firstLine.substring(cut + 1));
        }
    }

    static Stream<Arguments> documentedFirstLines() {
        return Stream.of(
                Arguments.of("empty.xlsx", 2, "错误：[CC-7001] empty.xlsx: 文件是空的（0字节）"),
                Arguments.of("empty.csv", 2, "错误：[CC-7001] empty.csv: 文件是空的（0字节）"),
                Arguments.of("bom-only.csv", 2,
                        "错误：[CC-1004] bom-only.csv: 前20行中未找到表头行：表头至少应包含列 统一社会信用代码、企业名称、所在县（市、区）"),
                Arguments.of("truncated.xlsx", 2, "错误：[CC-1004] truncated.xlsx: 文件既不是 .xlsx 工作簿，也不是 CSV 文件"),
                Arguments.of("not-a-zip.xlsx", 2, "错误：[CC-1004] not-a-zip.xlsx: 文件既不是 .xlsx 工作簿，也不是 CSV 文件"),
                Arguments.of("text.xlsx", 2, "错误：[CC-1004] text.xlsx: 文件既不是 .xlsx 工作簿，也不是 CSV 文件"),
                Arguments.of("nan.xlsx", 1, "[CC-1004] 企业!E3 (营业收入) \"NaN\": “NaN”不是数字"),
                Arguments.of("infinity.xlsx", 1,
                        "[CC-1002] 企业!E3 (营业收入) \"1e999\": “1e999”超出范围：金额（折合元）整数部分至多18位，小数部分至多20位"),
                Arguments.of("minus-infinity.xlsx", 1, "[CC-1004] 企业!E3 (营业收入) \"-INF\": “-INF”不是数字"),
                Arguments.of("beyond-xfd.xlsx", 1, "[CC-7003] 企业!XFE3: 单元格引用 XFE3 超出工作表的最后一列 XFD"),
                Arguments.of("reference-overflow.xlsx", 1,
                        "[CC-7003] 企业!ZZZZZZZZZZZZ3: 单元格引用 ZZZZZZZZZZZZ3 超出工作表的最后一列 XFD"),
                Arguments.of("reference-no-letters.xlsx", 1, "[CC-7003] 企业!123: 单元格引用 123 超出工作表的最后一列 XFD"),
                Arguments.of("shared-string-not-a-number.xlsx", 1,
                        "[CC-7003] 企业!E3 (营业收入): 共享字符串编号“abc”不在工作簿的1个共享字符串之内"),
                Arguments.of("shared-string-out-of-range.xlsx", 1,
                        "[CC-7003] 企业!E3 (营业收入): 共享字符串编号“99999999999”不在工作簿的1个共享字符串之内"),
                Arguments.of("style-not-a-number.xlsx", 1, "[CC-7003] 企业!E3 (营业收入): 单元格的样式编号不是数字"),
                Arguments.of("row-number-too-large.xlsx", 2,
                        "错误：[CC-7003] row-number-too-large.xlsx: 工作表“企业”中有行号为99999999999的行，任何工作表都不可能有此行号（行号为1至1048576）：文件已损坏"),
                Arguments.of("row-number-not-a-number.xlsx", 2,
                        "错误：[CC-7003] row-number-not-a-number.xlsx: 工作表“企业”中有行号为x的行，任何工作表都不可能有此行号（行号为1至1048576）：文件已损坏"),
                Arguments.of("sheets-differing-in-case.xlsx", 1,
                        "[CC-1202] 企业a!C3 (所在县（市、区）) \"火星县\": “火星县”不是福建省的县级行政区划（名称或6位代码）"),
                Arguments.of("huge-inline-cell.xlsx", 1,
                        "[CC-7002] 企业!B3 (企业名称): 单元格有32768个字符，超过上限32767个；可用 EnterpriseImporter.withMaxCellChars（命令行 --max-cell-chars）提高上限"),
                Arguments.of("huge-shared-string.xlsx", 1,
                        "[CC-7002] 企业!B3 (企业名称): 单元格有32768个字符，超过上限32767个；可用 EnterpriseImporter.withMaxCellChars（命令行 --max-cell-chars）提高上限"),
                Arguments.of("huge-field.csv", 1,
                        "[CC-7002] huge-field.csv!B3 (企业名称): 单元格有32768个字符，超过上限32767个；可用 EnterpriseImporter.withMaxCellChars（命令行 --max-cell-chars）提高上限"),
                Arguments.of("too-many-columns.csv", 1,
                        "[CC-7002] too-many-columns.csv!XFE3: 该行超过16384列，即工作表最多可有的列数；超出的列未读取"),
                Arguments.of("entity-expansion-sheet.xlsx", 2,
                        "错误：[CC-1004] entity-expansion-sheet.xlsx: 无法读取工作簿：其中的 XML 含有 DOCTYPE 声明，为防止实体扩展攻击不予读取；请用 Excel 或 WPS 重新另存为 .xlsx 后再导入"),
                Arguments.of("entity-expansion-shared-strings.xlsx", 2,
                        "错误：[CC-1004] entity-expansion-shared-strings.xlsx: 无法读取工作簿：其中的 XML 含有 DOCTYPE 声明，为防止实体扩展攻击不予读取；请用 Excel 或 WPS 重新另存为 .xlsx 后再导入"),
                Arguments.of("zip-bomb.xlsx", 2,
                        "错误：[CC-1004] zip-bomb.xlsx: 无法读取工作簿：有部件解压后远超其压缩大小（防 zip 炸弹的限制）；Excel 或 WPS 保存的工作簿不会如此"),
                Arguments.of("digit-groups.csv", 1, "[CC-1004] digit-groups.csv!E3 (营业收入) \"1,2,3\": “1,2,3”不是数字"),
                Arguments.of("arabic-indic-digits.csv", 1,
                        "[CC-1004] arabic-indic-digits.csv!E3 (营业收入) \"\u0661\u0662\u0663\": “\u0661\u0662\u0663”不是数字"),
                Arguments.of("full-width-year.csv", 1,
                        "[CC-1004] full-width-year.csv!D3 (年度) \"２０２４\": “２０２４”不是1949至2100之间的年份"),
                Arguments.of("amount-2000-digits.csv", 1,
                        "[CC-1002] amount-2000-digits.csv!E3 (营业收入) \"999…超出范围：金额（折合元）整数部分至多18位，小数部分至多20位"),
                Arguments.of("amount-exponent.csv", 1,
                        "[CC-1004] amount-exponent.csv!E3 (营业收入) \"1E-2147483648\": “1E-2147483648”不是数字"),
                Arguments.of("date-year-zero.csv", 1,
                        "[CC-1002] date-year-zero.csv!D3 (注册日期) \"0000-01-01\": “0000-01-01”不在1900-01-01至2100-12-31之间"),
                Arguments.of("neither-utf8-nor-gb18030.csv", 2,
                        "错误：[CC-1004] neither-utf8-nor-gb18030.csv: CSV 文件既不是 UTF-8 也不是 GB18030 编码的文本"),
                Arguments.of("name-of-11600-characters.xlsx", 1,
                        "[CC-7005] 企业!B3 (企业名称) \"长长长…\": 文本有11600个字符，超过此列上限200个（与校验对该字段的长度上限相同），请缩短"),
                Arguments.of("name-of-201-characters.csv", 1,
                        "[CC-7005] name-of-201-characters.csv!B3 (企业名称) \"长长长…\": 文本有201个字符，超过此列上限200个（与校验对该字段的长度上限相同），请缩短"),
                Arguments.of("certificate-number-of-33-characters.csv", 1,
                        "[CC-7005] certificate-number-of-33-characters.csv!D3 (高新技术企业证书编号) \"GR1111111111111111111111111111111\": "
                                + "文本有33个字符，超过此列上限32个（与校验对该字段的长度上限相同），请缩短"));
    }

    @Test
    void everyCaseHasItsDocumentedFirstLine() {
        assertThat(documentedFirstLines().map(a -> (String) a.get()[0]))
                .containsExactlyElementsOf(HostileInputs.all().stream().map(HostileInputs.Case::file).toList());
    }

    @Test
    void theLimitsAreOptionsAndTheirMessagesSayHowToRaiseThem() {
        Path file = HostileInputs.byName().get("huge-field.csv").write(tmp);
        String[] r = run("--lang", "en", "import", file.toString(), "--out", tmp.toString());
        assertThat(r[1]).contains("[CC-7002] huge-field.csv!B3").contains("--max-cell-chars");
        // raised, the cell is read and the name's own limit applies: a row error of its own, no CC-7002
        String[] raised = run("import", file.toString(), "--out", tmp.toString(), "--max-cell-chars", "40000");
        assertNoTrace(raised);
        assertThat(raised[0]).isEqualTo("1");
        assertThat(raised[1]).contains("[CC-7005] huge-field.csv!B3 (企业名称)", "文本有32768个字符，超过此列上限200个")
                .doesNotContain("[CC-7002]");
        String[] rows = run("--lang", "en", "import", file.toString(), "--out", tmp.toString(), "--max-rows", "1");
        assertNoTrace(rows);
        assertThat(rows[0]).isEqualTo("2");
        assertThat(rows[2]).contains("[CC-7002]").contains("--max-rows");
        String[] bytes = run("import", file.toString(), "--out", tmp.toString(), "--max-file-bytes", "100");
        assertThat(bytes[0]).isEqualTo("2");
        assertThat(bytes[2]).contains("[CC-7002]").contains("--max-file-bytes");
        String[] zero = run("import", file.toString(), "--out", tmp.toString(), "--max-cell-chars", "0");
        assertThat(zero[0]).isEqualTo("2");
        assertThat(zero[2]).contains("--max-cell-chars");
    }

    @Test
    void refusalsAndRowErrorsOfAWorkbookAreInEnglishWithLangEn() {
        Path empty = HostileInputs.byName().get("empty.xlsx").write(tmp);
        String[] refused = run("--lang", "en", "import", empty.toString(), "--out", tmp.resolve("out").toString());
        assertNoTrace(refused);
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).isEqualTo("error: [CC-7001] empty.xlsx: the file is empty (0 bytes)"
                + System.lineSeparator());
        Path xfd = HostileInputs.byName().get("beyond-xfd.xlsx").write(tmp);
        String[] rows = run("--lang", "en", "import", xfd.toString(), "--out", tmp.resolve("out").toString());
        assertNoTrace(rows);
        assertThat(rows[0]).isEqualTo("1");
        assertThat(rows[1]).contains("[CC-7003] 企业!XFE3").contains(
                "the cell reference XFE3 is beyond the last column of a sheet, XFD");
    }

    @Test
    void aConflictingDuplicateNamesSheetRowAndColumnsAndComesBackFromTheErrorWorkbookRejected() throws Exception {
        Path csv = Files.writeString(tmp.resolve("dup.csv"), "统一社会信用代码,企业名称,所在县（市、区）\n"
                + HostileInputs.GOOD_CODE + ",甲公司,晋江市\n" + HostileInputs.GOOD_CODE + ",乙公司,石狮市\n");
        Path out = tmp.resolve("out");
        String[] first = run("import", csv.toString(), "--out", out.toString());
        assertNoTrace(first);
        assertThat(first[0]).isEqualTo("1");
        assertThat(first[1]).contains("[CC-1003] dup.csv!B3、C3").contains("已在 dup.csv!2 行出现")
                .contains("企业名称「乙公司」、所在县（市、区）「石狮市」");
        // The error workbook, imported again unchanged, is rejected again rather than taken in.
        Path errors = out.resolve("dup-errors.xlsx");
        String[] again = run("--lang", "en", "import", errors.toString(), "--out", tmp.resolve("again").toString());
        assertNoTrace(again);
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[1]).contains("[CC-1003]").contains("rejected before as conflicting");
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoTrace(String[] r) {
        assertThat(r[0]).isNotEqualTo("70");
        for (String s : new String[] {r[1], r[2]}) {
            assertThat(s).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("FATAL")
                    .doesNotContain("excel.");
        }
    }
}
