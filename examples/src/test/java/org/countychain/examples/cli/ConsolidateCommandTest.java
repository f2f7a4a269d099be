package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;

class ConsolidateCommandTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    @TempDir
    Path tmp;
    private Path in;
    private CountyDataset shishi;
    private CountyDataset nanan;

    @BeforeEach
    void counties() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        ProvinceDataset province = SyntheticProvince.generate(3L, 300);
        shishi = county(province, "350581");
        nanan = county(province, "350583");
        JSON.write(SampleCounty.jinjiang(), in.resolve("350582.json"));
        JSON.write(shishi, in.resolve("350581.json"));
        JSON.write(county(province, "350102"), in.resolve("350102-fuzhou.json"));
        Files.writeString(in.resolve("notes.txt"), "not JSON, not read");
    }

    private static CountyDataset county(ProvinceDataset province, String id) {
        return province.counties().stream().filter(d -> d.unitId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void consolidatesTheCitysCountiesWritesTheCityDatasetAndReportsAndSaysWhy() throws Exception {
        JSON.write(nanan, in.resolve("350583.json"));
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("consolidate", in.toString(), "--city", "350500", "--out",
                out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("泉州市（350500）2024年：读取县域数据集 3 个（跳过其他设区市或年度的 1 个）")
                .contains("合并 350500-textile-footwear 纺织鞋服：涉及 3 个县（市、区）",
                        "  350582 晋江市 纺织鞋服（350582-textile-footwear）",
                        "  晋江市 纺织鞋服 并入 石狮市 纺织鞋服：规范化后名称相同：纺织鞋服 = 纺织鞋服",
                        "已将设区市数据集写入 " + out.resolve("350500-2024.json"));
        CountyDataset city = JSON.readCountyDataset(out.resolve("350500-2024.json"));
        assertThat(city.unitName()).isEqualTo("泉州市");
        assertThat(city.reports()).isNotEmpty();
        for (var report : city.reports()) {
            Path docx = out.resolve(report.id() + ".docx");
            assertThat(r.out()).contains("已写出 " + docx);
            InspectedDocument doc = DocxInspector.inspect(docx);
            assertThat(doc.outline().get(0)).isEqualTo("泉州市县域重点产业创新链调研报告");
        }
        Path groups = out.resolve("350500-2024-groups.json");
        assertThat(r.out()).endsWith("已将合并组及理由写入 " + groups + System.lineSeparator());
        JsonNode decisions = JSON.mapper().readTree(groups.toFile());
        JsonNode group = decisions.get("groups").get(0);
        assertThat(group.get("chainId").asText()).isEqualTo("350500-textile-footwear");
        assertThat(group.get("members")).hasSize(3);
        assertThat(group.get("reasons").get(0).get("decision").get("clause").asText()).isEqualTo("SAME_NAME");
        assertThat(group.get("reasons").get(0).get("explanation").get("en").asText())
                .isEqualTo("晋江市 纺织鞋服 ← 石狮市 纺织鞋服: same normalised name: 纺织鞋服 = 纺织鞋服");
        byte[] first = Files.readAllBytes(groups);
        Path again = tmp.resolve("again");
        assertThat(CliRunner.run("--lang", "en", "consolidate", in.toString(), "--city", "350500", "--out",
                again.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(again.resolve("350500-2024-groups.json"))).isEqualTo(first);
        InspectedDocument textiles = DocxInspector.inspect(out.resolve("350500-textile-footwear-2024.docx"));
        assertThat(textiles.paragraphs()).contains("（涵盖石狮市、晋江市、南安市）");
        assertThat(textiles.headings()).filteredOn(h -> h.level() == 4).extracting(InspectedDocument.Heading::text)
                .contains("（1）石狮市", "（2）晋江市", "（3）南安市");
    }

    @Test
    void theCityDataSetItWritesPassesValidationForSubmission() {
        JSON.write(nanan, in.resolve("350583.json"));
        Path out = tmp.resolve("out");
        assertThat(CliRunner.run("consolidate", in.toString(), "--city", "350500", "--out", out.toString())
                .exitCode()).isEqualTo(ExitCodes.OK);
        Path city = out.resolve("350500-2024.json");
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate", city.toString(), "--group",
                "submission");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).doesNotContain("ERROR").contains(city + ": valid, 0 errors, ");
    }

    @Test
    void reasonsArePrintedInEnglish() {
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("--lang", "en", "consolidate", in.toString(), "--city",
                "350500", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("  晋江市 纺织鞋服 joins 石狮市 纺织鞋服: same normalised name: 纺织鞋服 = 纺织鞋服")
                .doesNotContain("规范化后名称相同");
    }

    @Test
    void inEnglishWithAnOverrideKeepingTwoChainsApart() throws Exception {
        Path overrides = tmp.resolve("overrides.json");
        Files.writeString(overrides, """
                {"overrides": [{"left": "350581-textile-footwear", "right": "350582-textile-footwear", "same": false,
                                "note": "石狮 and 晋江 report separately"}]}
                """);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("--lang", "en", "consolidate", in.toString(), "--city",
                "350500", "--out", out.toString(), "--overrides", overrides.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("2 county data sets read (1 of other cities or years skipped); 0 groups",
                "left alone: 350581 石狮市 纺织鞋服: no other county of the city has the same chain",
                "  kept apart from 晋江市 纺织鞋服: override: different chains: 350581-textile-footwear ≠ "
                        + "350582-textile-footwear",
                "Wrote the groups and reasons to " + out.resolve("350500-2024-groups.json"));
        assertThat(r.out()).doesNotContain("人工指定", "本市无其他");
        JsonNode decisions = JSON.mapper().readTree(out.resolve("350500-2024-groups.json").toFile());
        assertThat(decisions.get("groups")).isEmpty();
        JsonNode veto = StreamSupport.stream(decisions.get("leftAlone").spliterator(), false)
                .flatMap(l -> StreamSupport.stream(l.get("vetoes").spliterator(), false))
                .findFirst().orElseThrow();
        assertThat(veto.get("decision").get("clause").asText()).isEqualTo("OVERRIDE_DIFFERENT");
        assertThat(veto.get("decision").get("explanation").get("zh").asText())
                .isEqualTo("人工指定为不同产业链：350581-textile-footwear ≠ 350582-textile-footwear");
        assertThat(JSON.readCountyDataset(out.resolve("350500-2024.json")).reports()).isEmpty();
    }

    @Test
    void mixedYearsAreAnErrorUnlessAYearIsGiven() throws Exception {
        CountyDataset old = CountyDataset.builder(nanan.unitId(), nanan.unitName(), 2023).build();
        JSON.write(old, in.resolve("350583-2023.json"));
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("consolidate", in.toString(), "--city", "350500", "--out",
                out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("错误：[CC-6003]").contains("350583");
        assertThat(out).doesNotExist();
        CliRunner.Result only2024 = CliRunner.run("consolidate", in.toString(), "--city", "350500",
                "--out", out.toString(), "--year", "2024");
        assertThat(only2024.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(only2024.out()).contains("读取县域数据集 2 个（跳过其他设区市或年度的 2 个），合并 1 组");
    }

    @Test
    void unusableInputIsAUsageError() throws Exception {
        CliRunner.Result unknownCity = CliRunner.run("consolidate", in.toString(), "--city", "350582",
                "--out", tmp.resolve("o").toString());
        assertThat(unknownCity.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownCity.err()).contains("CC-6001", "350582");

        CliRunner.Result noneOfTheCity = CliRunner.run("consolidate", in.toString(), "--city",
                "350900", "--out", tmp.resolve("o").toString());
        assertThat(noneOfTheCity.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noneOfTheCity.err()).contains("宁德市");

    }

    @Test
    void aBrokenFileIsSkippedAndNamedAndTheOtherCountiesAreStillConsolidated() throws Exception {
        Path whole = tmp.resolve("whole");
        assertThat(CliRunner.run("consolidate", in.toString(), "--city", "350500", "--out",
                whole.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Files.writeString(in.resolve("broken.json"), "{\"unitId\": ");
        Path out = tmp.resolve("o");
        CliRunner.Result broken = CliRunner.run("consolidate", in.toString(), "--city", "350500",
                "--out", out.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(broken.err()).contains("CC-2001", "broken.json");
        assertThat(Files.readAllBytes(out.resolve("350500-2024.json")))
                .isEqualTo(Files.readAllBytes(whole.resolve("350500-2024.json")));
    }

    @Test
    void reportFilesAreNamedSafelyFromIdsThatAreUserText() throws Exception {
        JSON.write(nanan, in.resolve("350583.json"));
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.writeString(f, Files.readString(f).replace("textile-footwear", "../textile/foot:wear"));
            }
        }
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("consolidate", in.toString(), "--city", "350500", "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        Path docx = out.resolve("350500-..／textile／foot：wear-2024.docx");
        assertThat(r.out()).contains("已写出 " + docx);
        assertThat(DocxInspector.inspect(docx).paragraphs()).contains("（涵盖石狮市、晋江市、南安市）");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).allMatch(f -> f.getParent().equals(out));
        }
    }
}
