package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.examples.cli.CliRunner.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.examples.cli.CliRunner.Result;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ReportTemplates;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real command line in-process, on the built-in sample county, and looks at its exit code, output and
 * files; the error paths of the library and of bugs get a county supplier that fails.
 */
class CountyChainCliTest {
    @TempDir
    Path tmp;

    static String summary(Language language) {
        return String.join("\n", DatasetSummary.of(SampleCounty.jinjiang(), ReportTemplates.builtIn())
                .lines(new CliMessages(language))) + "\n";
    }

    @Test
    void helpListsTheDemoCommand() {
        Result r = run("--help");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("用法：countychain").contains("命令：", "demo", "--lang=zh|en", "退出码：");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpInEnglish() {
        Result r = run("--lang", "en", "--help");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Usage: countychain").contains("Commands:", "demo", "Exit codes:")
                .doesNotContain("用法");
    }

    @Test
    void helpListsEveryCommandInItsOrder() {
        // A run registers only the subcommand it names; usage without one must still list them all.
        String[] names = {"demo", "report", "validate", "screen", "import", "template", "consolidate", "package",
                "coverage", "batch", "match", "read-report"};
        for (Result r : new Result[] {run("--help"), run("--lang", "en")}) {
            String commands = r.out().isEmpty() ? r.err() : r.out();
            int at = 0;
            for (String name : names) {
                int next = commands.indexOf("\n  " + name + " ", at);
                assertThat(next).as("%s listed after the one before", name).isGreaterThan(at);
                at = next;
            }
        }
    }

    @Test
    void theSubcommandNamedIsTheFirstArgumentNeitherOptionNorLanguage() {
        assertThat(CountyChainCli.subcommandName("validate", "x.json")).isEqualTo("validate");
        assertThat(CountyChainCli.subcommandName("--lang", "en", "screen", "--format", "json")).isEqualTo("screen");
        assertThat(CountyChainCli.subcommandName("--lang=en", "-h", "demo")).isEqualTo("demo");
        assertThat(CountyChainCli.subcommandName("--lang", "en")).isNull();
        assertThat(CountyChainCli.subcommandName()).isNull();
    }

    @Test
    void aSubcommandRunAloneKeepsTheInheritedLanguageOptionAndItsParent() {
        Result r = run("validate", "--lang", "en", "--help");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Usage: countychain validate", "--lang=zh|en").doesNotContain("用法");
    }

    @Test
    void subcommandHasHelpAndVersionToo() {
        Result help = run("demo", "--help");
        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("countychain demo", "--out=DIR", "输出目录", "--version", "--lang=zh|en");

        String version = "countychain " + VersionProvider.version();
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(run("--version").out().strip()).isEqualTo(version);
        assertThat(run("demo", "--version").out().strip()).isEqualTo(version);
    }

    @Test
    void demoWritesTheCountyAndSummarisesItInChinese() throws IOException {
        Path out = tmp.resolve("new/out");
        Result r = run("demo", "--out", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        Path file = out.resolve("jinjiang-2024.json");
        assertThat(file).isRegularFile();
        assertThat(CountyChainJson.defaults().readCountyDataset(file)).isEqualTo(SampleCounty.jinjiang());
        try (InputStream shipped = SampleCounty.jinjiangJson()) {
            assertThat(Files.readAllBytes(file)).as("the sample JSON core ships").isEqualTo(shipped.readAllBytes());
        }
        Path docx = out.resolve("jinjiang-2024-report.docx");
        assertThat(docx).isRegularFile();
        assertThat(org.countychain.test.docx.DocxInspector.inspect(docx).outline().get(0))
                .isEqualTo("晋江市县域重点产业创新链调研报告");
        assertThat(out.resolve("jinjiang-2024-lists.xlsx")).isNotEmptyFile();
        assertThat(r.out()).startsWith("已将示例县数据写入 " + file + "\n已将示例县调研报告写入 " + docx
                + "\n已写出示例县的名单工作簿 " + out.resolve("jinjiang-2024-lists.xlsx")
                + "\n\n报送单位：晋江市（350582）\n年度：2024\n")
                .contains("\n企业：48 家（规上制造业 ").endsWith(summary(Language.ZH));
    }

    @Test
    void demoSummarisesInEnglishWithLangEnAnywhere() {
        Result before = run("--lang", "en", "demo", "--out", tmp.resolve("a").toString());
        Result after = run("demo", "--out", tmp.resolve("a").toString(), "--lang=EN");
        assertThat(before.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(before.out()).contains("Wrote the sample county's lists workbook to ",
                "\nReporting unit: 晋江市 (350582)\nYear: 2024\n", "\nEnterprises: 48 (",
                "\nBottlenecks: ").endsWith(summary(Language.EN)).doesNotContain("报送单位");
        assertThat(after.out()).isEqualTo(before.out());
    }

    @Test
    void demoOutputIsDeterministic() throws IOException {
        Result first = run("demo", "--out", tmp.resolve("one").toString());
        Result second = run("demo", "--out", tmp.resolve("two").toString());
        assertThat(second.out().replace("two", "one")).isEqualTo(first.out());
        assertThat(Files.readAllBytes(tmp.resolve("two/jinjiang-2024.json")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("one/jinjiang-2024.json")));
    }

    @Test
    void anExistingFileAsOutputDirectoryIsUnusableInput() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        Result zh = run("demo", "--out", file.toString());
        assertThat(zh.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zh.out()).isEmpty();
        assertThat(zh.err()).startsWith("错误：[" + ErrorCode.IO_NOT_A_DIRECTORY.code() + "] " + file)
                .contains("路径中应为目录的一段是文件");

        Result en = run("--lang", "en", "demo", "--out", file.toString());
        assertThat(en.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.err()).startsWith("error: [CC-9010] " + file)
                .contains("a part of this path that should be a directory is a file");
        assertThat(file).hasContent("x");

        Result below = run("demo", "--out", file.resolve("sub").toString());
        assertThat(below.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(below.err()).startsWith("错误：[CC-9010] " + file + ": ").contains("路径中应为目录的一段是文件");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("--bogus");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("用法错误", "'--bogus'", "countychain --help");

        Result sub = run("--lang", "en", "demo", "--out", tmp.toString(), "--bogus");
        assertThat(sub.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sub.err()).contains("usage error: unknown option or argument '--bogus'",
                "Run 'countychain demo --help' for usage.");
    }

    @Test
    void otherUsageErrors() {
        Result missingOut = run("--lang", "en", "demo");
        assertThat(missingOut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missingOut.err()).contains("missing required option --out");

        Result badLang = run("--lang", "fr", "demo", "--out", tmp.toString());
        assertThat(badLang.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badLang.err()).contains("--lang", "fr");

        Result noCommand = run();
        assertThat(noCommand.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noCommand.err()).startsWith("请指定一个命令。").contains("用法：countychain");
    }

    @Test
    void libraryErrorsPrintTheirCodeAndExitWithTwo() {
        Result r = run(() -> {
            throw new InvalidInputException(ErrorCode.REQUIRED, "unitName");
        }, "--lang", "en", "demo", "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: [CC-1001] unitName: a value is required here\n");
    }

    @Test
    void otherExceptionsAreInternalErrors() {
        Result r = run(() -> {
            throw new IllegalStateException("boom");
        }, "demo", "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(r.err()).startsWith("内部错误：java.lang.IllegalStateException: boom");
    }
}
