package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
        String[] raised = run("import", file.toString(), "--out", tmp.toString(), "--max-cell-chars", "40000");
        assertThat(raised[0]).isEqualTo("0");
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

    private static void assertNoTrace(String[] r) {
        assertThat(r[0]).isNotEqualTo("70");
        for (String s : new String[] {r[1], r[2]}) {
            assertThat(s).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("FATAL")
                    .doesNotContain("excel.");
        }
    }
}
