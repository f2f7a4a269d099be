package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
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

    /** The sample without the enterprises that carry errors (E02, E27, E29, E42); E09's warning stays. */
    private static CountyDataset cleanCounty() {
        CountyDataset sample = SampleCounty.jinjiang();
        List<Enterprise> kept = new ArrayList<>(sample.enterprises());
        for (int i : new int[] {41, 28, 26, 1}) {
            kept.remove(i);
        }
        return sample.toBuilder().enterprises(kept).build();
    }

    @Test
    void aValidFileExitsZeroAndListsItsWarnings() {
        Path file = write("clean.json", cleanCounty());
        CountyChainCliTest.Result r = CountyChainCliTest.run("validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("警告 CV-0105 enterprises[7].creditCode：统一社会信用代码中组织机构代码（第9至17位）"
                + "的GB 11714校验码错误：第17位为“0”，应为“8”［91350582784527160J］\n"
                + file + "：校验通过，错误 0 个，警告 1 个\n");
        assertThat(r.err()).isEmpty();
        assertThat(CountyChainCliTest.run("validate", file.toString(), "--group", "submission").exitCode()).isZero();
    }

    @Test
    void violationsExitOneAndAreAllListed() {
        Path file = write("sample.json", SampleCounty.jinjiang());
        CountyChainCliTest.Result r = CountyChainCliTest.run("--lang", "en", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("ERROR CV-0512 enterprises[1].years[0].incentivesUsed: the high-tech tax "
                + "reduction is claimed for 2022, but no high-tech enterprise certificate is valid in that year "
                + "[[HIGH_TECH_TAX_REDUCTION, RD_SUPER_DEDUCTION, TECH_LOAN]]");
        assertThat(lines.get(6)).isEqualTo(file + ": invalid, 5 errors, 1 warnings");
    }

    @Test
    void jsonOutputIsTheResult() throws IOException {
        Path file = write("sample.json", SampleCounty.jinjiang());
        CountyChainCliTest.Result r = CountyChainCliTest.run("validate", file.toString(), "--format", "json",
                "--group", "submission");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errorCount").asInt()).isEqualTo(5);
        assertThat(json.get("violations")).hasSize(6);
        assertThat(json.get("violations").get(1).get("code").asText()).isEqualTo("CV-0105");
    }

    @Test
    void aCitySubmissionIsRecognisedAndCheckedAsOne() {
        CountyDataset sample = SampleCounty.jinjiang();
        Path file = write("quanzhou.json", new CitySubmission("350582", "晋江市", 2024, sample.reports(), List.of(),
                null));
        CountyChainCliTest.Result draft = CountyChainCliTest.run("validate", file.toString());
        assertThat(draft.exitCode()).isZero();
        CountyChainCliTest.Result submission = CountyChainCliTest.run("validate", file.toString(),
                "--group=submission");
        assertThat(submission.exitCode()).isEqualTo(1);
        assertThat(submission.out()).startsWith("错误 CV-0134 unitId：350582 晋江市 不是设区市级报送单位［350582］\n");
    }

    @Test
    void anUnusableFileExitsTwoWithTheLibrarysCodeAndPosition() throws IOException {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\n  \"unitId\": \"350582\",\n  \"year\": \"二〇二四\"\n}\n",
                StandardCharsets.UTF_8);
        CountyChainCliTest.Result r = CountyChainCliTest.run("validate", broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("[CC-2002]").contains(broken + " 第3行").contains("year");

        Path syntax = tmp.resolve("syntax.json");
        Files.writeString(syntax, "{\"unitId\": \"350582\",,}", StandardCharsets.UTF_8);
        CountyChainCliTest.Result s = CountyChainCliTest.run("--lang", "en", "validate", syntax.toString());
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(s.err()).contains("[CC-2001]").contains("line 1");

        CountyChainCliTest.Result missing = CountyChainCliTest.run("validate", tmp.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("[CC-9001]");
    }

    @Test
    void helpDescribesTheCommandInBothLanguages() {
        assertThat(CountyChainCliTest.run("validate", "--help").out()).contains("校验县域数据集").contains("--group");
        assertThat(CountyChainCliTest.run("--lang", "en", "validate", "--help").out())
                .contains("Validate a county data set").contains("text (the default) or json");
        assertThat(CountyChainCliTest.run("--help").out()).contains("validate");
    }
}
