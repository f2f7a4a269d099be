package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.PlantedGaps;
import org.countychain.coverage.ProvinceCoverage;
import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.model.PilotRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countychain package} and {@code coverage}, run in-process on data sets the test writes into a directory. */
class PackageCommandTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static Path registry;

    @BeforeAll
    static void writeDatasets() throws IOException {
        dir = Files.createDirectory(tmp.resolve("数据"));
        for (CountyDataset d : PlantedGaps.province().counties()) {
            if (d.unitId().startsWith("3505")) {
                CountyChainJson.defaults().write(d, dir.resolve(d.unitId() + ".json"));
            }
        }
        registry = tmp.resolve("pilots.json");
        CountyChainJson.defaults().write(PilotRegistry.example(), registry);
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = new ArrayList<>();
            Collections.list(z.entries()).forEach(e -> names.add(e.getName()));
            return names;
        }
    }

    @Test
    void onTimePackageWithGapsInChinese() throws IOException {
        Path zip = tmp.resolve("泉州市.zip");
        CliRunner.Result r = CliRunner.run("package", dir.toString(), "--city", "350500",
                "--out", zip.toString(), "--date", "2024-10-31", "--pilot-registry", registry.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("已写出 " + zip + "：18 份报告（县级 17 份，汇总 1 份）",
                "泉州市（350500）2024 年度：县级单位 11 个；有本县报告 9，仅有汇总报告 1，无报告 1",
                "无报告：350526 德化县", "仅有汇总报告：350504 洛江区", "试点县 350583 南安市 缺少产业链：石材建材",
                "无科技特派团：石狮市（350581）锂电新能源", "报送截止日期 2024-10-31，判定日期 2024-10-31：未逾期");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(entries(zip)).contains("350500-泉州市-2024/manifest.json", "350500-泉州市-2024/报送索引.xlsx")
                .filteredOn(n -> n.endsWith(".docx")).hasSize(18);
    }

    @Test
    void countiesAloneAreConsolidatedFirst() throws IOException {
        Path counties = Files.createDirectory(tmp.resolve("counties"));
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("350500.json")).toList()) {
                Files.copy(f, counties.resolve(f.getFileName()));
            }
        }
        Path zip = tmp.resolve("consolidated.zip");
        CliRunner.Result r = CliRunner.run("package", counties.toString(), "--city", "350500",
                "--out", zip.toString(), "--date", "2024-10-31");
        assertThat(r.out()).contains("DIR 中没有设区市本级数据集：已合并（R3）各县数据集");
        assertThat(entries(zip)).anyMatch(n -> n.startsWith("350500-泉州市-2024/设区市汇总报告/350500-泉州市-"));
        Path plain = tmp.resolve("plain.zip");
        CliRunner.Result p = CliRunner.run("package", counties.toString(), "--city", "350500",
                "--out", plain.toString(), "--date", "2024-10-31", "--no-consolidate");
        assertThat(p.out()).contains("（县级 17 份，汇总 0 份）").doesNotContain("已合并");
    }

    @Test
    void latePackageInEnglishIsStillMade() throws IOException {
        Path zip = tmp.resolve("late.zip");
        CliRunner.Result r = CliRunner.run("--lang", "en", "package", dir.toString(), "--city",
                "350500", "--out", zip.toString(), "--date", "2024-11-01", "--mode", "submission");
        assertThat(r.out()).contains("18 reports (17 of counties, 1 consolidated)",
                "Deadline 2024-10-31, as of 2024-11-01: LATE by 1 days");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.size(zip)).isPositive();
    }

    @Test
    void badFilesAreSkippedAndBadCitiesRefused() throws IOException {
        Path withJunk = Files.createDirectory(tmp.resolve("junk"));
        Files.copy(dir.resolve("350582.json"), withJunk.resolve("350582.json"));
        Files.writeString(withJunk.resolve("broken.json"), "{ not json");
        Path zip = tmp.resolve("junk.zip");
        CliRunner.Result r = CliRunner.run("--lang", "en", "package", withJunk.toString(),
                "--city", "350500", "--out", zip.toString(), "--date", "2024-10-01");
        assertThat(r.err()).contains("skipped:", "broken.json", "CC-2001");
        assertThat(r.out()).contains("Wrote " + zip + ": 1 reports");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);

        CliRunner.Result bad = CliRunner.run("--lang", "en", "package", dir.toString(),
                "--city", "350582", "--out", tmp.resolve("no.zip").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("CC-6001", "350582");
        assertThat(tmp.resolve("no.zip")).doesNotExist();
    }

    @Test
    void coverageOfOneCityAsJsonAndOfTheProvinceAsWorkbook() throws IOException {
        Path json = tmp.resolve("quanzhou.json");
        CliRunner.Result r = CliRunner.run("coverage", dir.toString(), "--city", "350500",
                "--out", json.toString());
        assertThat(r.out()).contains("无报告：350526 德化县");
        assertThat(CountyChainJson.defaults().read(json, CityCoverage.class).counts().noReport()).isEqualTo(1);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);

        Path xlsx = tmp.resolve("fujian.xlsx");
        CliRunner.Result all = CliRunner.run("--lang", "en", "coverage", dir.toString(), "--out",
                xlsx.toString());
        assertThat(all.out()).contains("福州市 (350100) 2024: ", "county-level units; own report 0, consolidated only 0");
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheet("Coverage").getLastRowNum()).isEqualTo(1 + 83);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        Path provinceJson = tmp.resolve("fujian.json");
        CliRunner.run("coverage", dir.toString(), "--out", provinceJson.toString());
        assertThat(CountyChainJson.defaults().read(provinceJson, ProvinceCoverage.class).cities()).hasSize(10);
    }
}
