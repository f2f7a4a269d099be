package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.NoticeList;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.SubjectKind;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code countychain screen}, run in-process on the sample county written as JSON. */
class ScreenCommandTest {
    @TempDir
    Path tmp;

    private Path county;

    @BeforeEach
    void writeSample() {
        county = tmp.resolve("jinjiang-2024.json");
        CountyChainJson.defaults().write(SampleCounty.jinjiang(), county);
    }

    @Test
    void summaryPerRuleInChinese() {
        CliRunner.Result r = CliRunner.run("screen", county.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("2024年度检查结果（截止日期判断依据：未指定）：共 ")
                .contains("R5 规上制造业企业“一对一”服务（通知 二.1）：10 条", "    R5-SERVICE：10",
                        "R7 优先推荐申报科技计划项目（通知 二.1）：10 条", "    R7-PRIORITY：8",
                        "QZ-PILOT 泉州市试点产业链研发强度要求（示例插件）", "“一对一”“点对点”服务清单：10 条（service-list.json）",
                        "按严重程度：提示 ");
    }

    @Test
    void summaryInEnglishWithAnAsOfDate() {
        CliRunner.Result r = CliRunner.run("--lang", "en", "screen", county.toString(),
                "--as-of", "2024-11-01");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Screening of 2024 (deadlines judged as of 2024-11-01): ")
                .contains("R11 High-tech enterprises: ledger, incentives, cultivation (notice 四.1): 25",
                        "    R11-CULTIVATE: 9", "    R11-VISIT: 11", "  one-on-one service list: 10 (service-list.json)",
                        "  high-tech visit list: 11 (high-tech-visits.json)")
                .doesNotContain("条");
    }

    @Test
    void writesTheResultAndEveryList() throws IOException {
        Path out = tmp.resolve("out/screening");
        CliRunner.Result r = CliRunner.run("screen", county.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("已将检查结果和清单写入 " + out);
        JsonNode service = CountyChainJson.newMapper().readTree(out.resolve("service-list.json").toFile());
        assertThat(service.get("list").asText()).isEqualTo("service-list");
        assertThat(service.get("findings")).hasSize(10);
        assertThat(service.get("findings").get(0).get("evidence").get("gapCount").asText()).isEqualTo("3");
        for (NoticeList list : NoticeList.values()) {
            assertThat(out.resolve(list.fileName() + ".json")).exists();
        }
        // R11's visit list: every high-tech enterprise of the year with its certificate and contact, no phone.
        JsonNode visits = CountyChainJson.newMapper().readTree(out.resolve("high-tech-visits.json").toFile());
        assertThat(visits.get("list").asText()).isEqualTo("high-tech-visits");
        assertThat(visits.get("title").get("zh").asText()).isEqualTo("高新技术企业入企普查服务清单");
        assertThat(visits.get("codes")).hasSize(1);
        assertThat(visits.get("findings")).hasSize(11);
        JsonNode first = visits.get("findings").get(0).get("evidence");
        assertThat(first.get("certificateNumber").asText()).isEqualTo("GR202235000101");
        assertThat(first.get("issuedOn").asText()).isEqualTo("2022-12-14");
        assertThat(first.get("validUntil").asText()).isEqualTo("2025-12-13");
        assertThat(first.get("contactRole").asText()).isEqualTo("COMMISSIONER");
        assertThat(first.get("contactTeamMember").asText()).isEqualTo("true");
        assertThat(Files.readString(out.resolve("high-tech-visits.json"), StandardCharsets.UTF_8))
                .doesNotContain("13800000103");
        JsonNode all = CountyChainJson.newMapper().readTree(out.resolve(ScreenCommand.RESULT_FILE).toFile());
        assertThat(all.get("reportingYear").asInt()).isEqualTo(2024);
        // The same input gives the same bytes.
        Path again = tmp.resolve("again");
        CliRunner.run("screen", county.toString(), "--out", again.toString());
        assertThat(Files.readString(again.resolve("screening.json"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(out.resolve("screening.json"), StandardCharsets.UTF_8));
    }

    @Test
    void jsonOnStandardOutput() throws IOException {
        CliRunner.Result r = CliRunner.run("screen", county.toString(), "--format", "json",
                "--year", "2024");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = CountyChainJson.newMapper().readTree(r.out());
        assertThat(root.get("findings").size()).isGreaterThan(40);
        assertThat(root.get("rules").get(0).get("ruleId").asText()).isEqualTo("R1");
    }

    @Test
    void provinceDataSets() {
        Path province = tmp.resolve("province.json");
        CountyChainJson.defaults().write(new ProvinceDataset(2024, List.of(SampleCounty.jinjiang()), null, List.of()),
                province);
        CliRunner.Result r = CliRunner.run("--lang", "en", "screen", province.toString(),
                "--as-of", "2024-11-01");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        // A province is expected to have every county report and every city submit.
        assertThat(r.out()).contains("    R1-NO-REPORT: 82", "    R16-MISSING: 10");
    }

    @Test
    void unusableInputExitsWithTwo() throws IOException {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"unitId\": \"350582\",", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("screen", broken.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("错误：[CC-200");
        CliRunner.Result missing = CliRunner.run("screen", tmp.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("[CC-9006]").contains("找不到该文件或目录");
        CliRunner.Result badDate = CliRunner.run("screen", county.toString(), "--as-of", "soon");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    // ---------------------------------------------------------------- --fail-on

    /**
     * Data sets whose most urgent finding is known: the sample county itself (warnings, no error); the sample
     * without its teams (R13-NO-TEAM, an error); the sample keeping only the enterprises with no warning (actions
     * at most); the sample without enterprises and chain maps (coverage figures only).
     */
    private Path dataset(String name) {
        CountyDataset sample = SampleCounty.jinjiang();
        CountyDataset d = switch (name) {
            case "sample" -> sample;
            case "no-teams" -> sample.toBuilder().teams(List.of()).build();
            case "no-warnings" -> {
                Set<String> warned = RuleEngine.builder().discover(ScreenCommand.class.getClassLoader()).build()
                        .screen(sample).findings().stream()
                        .filter(f -> f.severity().compareTo(Severity.WARNING) >= 0)
                        .filter(f -> f.subject().kind() == SubjectKind.ENTERPRISE)
                        .map(f -> f.subject().id()).collect(Collectors.toCollection(TreeSet::new));
                assertThat(warned).isNotEmpty();
                yield sample.toBuilder().enterprises(sample.enterprises().stream()
                        .filter(e -> !warned.contains(e.creditCode().value())).toList()).build();
            }
            // Without chain maps too: R4 would list their bottlenecks (actions).
            case "no-enterprises" -> sample.toBuilder().enterprises(List.of()).chains(sample.chains().stream()
                    .map(c -> new IndustryChain(c.id(), c.name(), c.fullName(), c.county(), c.industryCode(),
                            c.aliases(), c.pilot(), c.scale(), null)).toList()).build();
            default -> throw new IllegalArgumentException(name);
        };
        Path file = tmp.resolve(name + ".json");
        CountyChainJson.defaults().write(d, file);
        return file;
    }

    /** The most urgent severity among a data set's findings, as the library screens it. */
    private static Severity mostUrgent(Path file) {
        return RuleEngine.builder().discover(ScreenCommand.class.getClassLoader()).build()
                .screen(CountyChainJson.defaults().readCountyDataset(file)).findings().stream()
                .map(Finding::severity).max(Severity::compareTo).orElseThrow();
    }

    @ParameterizedTest(name = "{0}: most urgent {1}")
    @CsvSource({"no-enterprises, INFO", "no-warnings, ACTION", "sample, WARNING", "no-teams, ERROR"})
    void failOnExitsWithOneExactlyFromTheMostUrgentSeverityDown(String name, Severity expected) {
        Path file = dataset(name);
        assertThat(mostUrgent(file)).as("the data set's most urgent finding").isEqualTo(expected);
        assertThat(CliRunner.run("screen", file.toString()).exitCode())
                .as("without --fail-on").isEqualTo(ExitCodes.OK);
        for (Severity threshold : Severity.values()) {
            CliRunner.Result r = CliRunner.run("screen", file.toString(), "--fail-on",
                    threshold.name().toLowerCase(java.util.Locale.ROOT));
            if (threshold.compareTo(expected) <= 0) {
                assertThat(r.exitCode()).as("--fail-on %s", threshold).isEqualTo(ExitCodes.FINDINGS);
                assertThat(r.err()).as("--fail-on %s", threshold)
                        .contains("（--fail-on " + threshold.name().toLowerCase(java.util.Locale.ROOT) + "），退出码为 1");
            } else {
                assertThat(r.exitCode()).as("--fail-on %s", threshold).isEqualTo(ExitCodes.OK);
                assertThat(r.err()).as("--fail-on %s", threshold).isEmpty();
            }
            // Standard output is the same summary either way.
            assertThat(r.out()).contains("按严重程度：");
        }
    }

    @Test
    void failOnCountsTheFindingsAtOrAboveTheThreshold() {
        Path file = dataset("sample");
        int warnings = (int) RuleEngine.builder().discover(ScreenCommand.class.getClassLoader()).build()
                .screen(SampleCounty.jinjiang()).findings().stream()
                .filter(f -> f.severity() == Severity.WARNING).count();
        assertThat(warnings).isGreaterThan(1);
        CliRunner.Result r = CliRunner.run("--lang", "en", "screen", file.toString(),
                "--fail-on", "WARNING");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).isEqualTo(warnings + " findings of severity warning or more urgent (--fail-on warning):"
                + " exit code 1" + System.lineSeparator());
    }

    @Test
    void failOnTakesTheChineseLabelAndAnyCase() {
        Path file = dataset("sample");
        for (String value : List.of("警示", "Warning", "WARNING", " warning ")) {
            assertThat(CliRunner.run("screen", file.toString(), "--fail-on", value).exitCode())
                    .as(value).isEqualTo(ExitCodes.FINDINGS);
        }
        assertThat(CliRunner.run("screen", file.toString(), "--fail-on", "问题").exitCode())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void failOnWithAnUnknownSeverityIsAUsageError() {
        CliRunner.Result r = CliRunner.run("screen", county.toString(), "--fail-on", "fatal");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--fail-on 的取值“fatal”无效");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void failOnStillPrintsTheJsonAndWritesTheListsBeforeFailing() throws IOException {
        Path out = tmp.resolve("ci");
        CliRunner.Result r = CliRunner.run("screen", county.toString(), "--format", "json",
                "--out", out.toString(), "--fail-on", "action");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CountyChainJson.newMapper().readTree(r.out()).get("findings").size()).isGreaterThan(40);
        assertThat(out.resolve(ScreenCommand.RESULT_FILE)).isNotEmptyFile();
        assertThat(out.resolve(ScreenCommand.LISTS_WORKBOOK)).isNotEmptyFile();
    }
}
