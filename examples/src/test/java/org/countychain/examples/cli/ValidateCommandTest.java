package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code countychain validate}: exit codes 0, 1 and 2, text and JSON output, both languages, both groups.
 */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private Path write(String name, Object data) {
        Path file = tmp.resolve(name);
        CountyChainJson.defaults().write(data, file);
        return file;
    }

    /**
     * The sample with two planted errors: E04's self-funded R&amp;D above its total and E05's revenue with three
     * decimals, both in 2024. E09's warning (its GB 11714 inner check) stays.
     */
    private static CountyDataset brokenCounty() {
        CountyDataset sample = SampleCounty.jinjiang();
        List<Enterprise> enterprises = new ArrayList<>(sample.enterprises());
        enterprises.set(3, withLatestYear(enterprises.get(3), f -> f.toBuilder()
                .selfFundedRdExpense(f.rdExpense().add(new BigDecimal("0.01"))).build()));
        enterprises.set(4, withLatestYear(enterprises.get(4), f -> f.toBuilder()
                .operatingRevenue(new BigDecimal("90000000.005")).build()));
        return sample.toBuilder().enterprises(enterprises).build();
    }

    private static Enterprise withLatestYear(Enterprise e, UnaryOperator<AnnualRdFigures> change) {
        List<AnnualRdFigures> years = new ArrayList<>(e.years());
        years.set(years.size() - 1, change.apply(years.get(years.size() - 1)));
        return new Enterprise(e.creditCode(), e.name(), e.county(), e.industryCode(), e.chainIds(), e.aboveScale(),
                e.manufacturing(), e.scienceTechSme(), e.registeredOn(), e.highTechCertificates(), e.serviceContact(),
                years);
    }

    @Test
    void theSampleIsValidExitsZeroAndListsItsWarning() {
        Path file = write("sample.json", SampleCounty.jinjiang());
        CliRunner.Result r = CliRunner.run("validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        // The sample's three planted warnings: E09's inner check, E47 and E48 registered elsewhere.
        assertThat(r.out()).startsWith("警告 CV-0105 enterprises[8].creditCode：统一社会信用代码中组织机构代码（第9至17位）"
                + "的GB 11714校验码错误：第17位为“0”，应为“8”［91350582784527160J］\n"
                + "警告 CV-0912 enterprises[46].creditCode：").contains("\n警告 CV-0912 enterprises[47].creditCode：")
                .endsWith(file + "：校验通过，错误 0 个，警告 3 个\n");
        assertThat(r.err()).isEmpty();
        assertThat(CliRunner.run("validate", file.toString(), "--group", "submission").exitCode()).isZero();
    }

    @Test
    void violationsExitOneAndAreAllListed() {
        Path file = write("broken.json", brokenCounty());
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("ERROR CV-0302 enterprises[3].years[2].selfFundedRdExpense: ");
        assertThat(lines.get(1)).startsWith("ERROR CV-0203 enterprises[4].years[2].operatingRevenue: ")
                .endsWith("[90000000.005]");
        assertThat(lines.get(2)).startsWith("WARNING CV-0105 enterprises[8].creditCode: ");
        assertThat(lines.get(3)).startsWith("WARNING CV-0912 enterprises[46].creditCode: ");
        assertThat(lines.get(5)).isEqualTo(file + ": invalid, 2 errors, 3 warnings");
    }

    @Test
    void jsonOutputIsTheResult() throws IOException {
        Path file = write("broken.json", brokenCounty());
        CliRunner.Result r = CliRunner.run("validate", file.toString(), "--format", "json",
                "--group", "submission");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errorCount").asInt()).isEqualTo(2);
        assertThat(json.get("violations")).hasSize(5);
        assertThat(json.get("violations").get(2).get("code").asText()).isEqualTo("CV-0105");
    }

    @Test
    void aCitySubmissionIsRecognisedAndCheckedAsOne() {
        CountyDataset sample = SampleCounty.jinjiang();
        Path file = write("quanzhou.json", new CitySubmission("350582", "晋江市", 2024, sample.reports(), List.of(),
                null));
        CliRunner.Result draft = CliRunner.run("validate", file.toString());
        assertThat(draft.exitCode()).isZero();
        CliRunner.Result submission = CliRunner.run("validate", file.toString(),
                "--group=submission");
        assertThat(submission.exitCode()).isEqualTo(1);
        assertThat(submission.out()).startsWith("错误 CV-0134 unitId：350582 晋江市 不是设区市级报送单位［350582］\n");
    }

    @Test
    void malformedValuesOfAJsonFileAreViolationsWithTheirPosition() throws IOException {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\n  \"unitId\": \"350582\",\n  \"year\": \"二〇二四\"\n}\n",
                StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("validate", broken.toString());
        assertThat(r.exitCode()).as("JSON with violations").isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("错误 CC-2002 year：类型错误：应为integer，实际为string \"二〇二四\"（" + broken
                + " 第3行第11列）\n").contains("错误 CC-1001 unitName：");
    }

    /**
     * A Xiamen enterprise with a pilot-era code (厦门黑脉网络科技有限公司, 91350203M0001FUE2P, published by
     * bluesky335/IDCheck): accepted, with a warning that says why.
     */
    @Test
    void aPilotEraCreditCodeIsAWarningAndExitsZero() throws IOException {
        Path file = write("pilot.json", SampleCounty.jinjiang());
        String json = Files.readString(file).replace("91350500155801216M", "91350203M0001FUE2P");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("WARNING CV-0106 enterprises[0].creditCode: a pilot-era credit code, accepted:")
                .contains("[91350203M0001FUE2P]").contains("WARNING CV-0106 platforms[0].operator: ")
                .contains("WARNING CV-0106 platforms[0].hosts[0].creditCode: ")
                .doesNotContain("ERROR").endsWith(": valid, 0 errors, 10 warnings\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anUnusableFileExitsTwoWithTheLibrarysCodeAndPosition() throws IOException {
        Path syntax = tmp.resolve("syntax.json");
        Files.writeString(syntax, "{\"unitId\": \"350582\",,}", StandardCharsets.UTF_8);
        CliRunner.Result s = CliRunner.run("--lang", "en", "validate", syntax.toString());
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(s.err()).contains("[CC-2001]").contains("line 1");

        CliRunner.Result missing = CliRunner.run("validate", tmp.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("[CC-9006]").contains("找不到该文件或目录");
    }

    @Test
    void helpDescribesTheCommandInBothLanguages() {
        assertThat(CliRunner.run("validate", "--help").out()).contains("校验县域数据集").contains("--group");
        assertThat(CliRunner.run("--lang", "en", "validate", "--help").out())
                .contains("Validate a county data set").contains("text (the default) or json");
        assertThat(CliRunner.run("--help").out()).contains("validate");
    }
}
