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
