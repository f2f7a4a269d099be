package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.consolidation.Consolidator;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.export.batch.BatchItem;
import org.countychain.export.batch.BatchPhase;
import org.countychain.export.batch.BatchProgress;
import org.countychain.test.docx.DocxInspector;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SyntheticProvince;

class BatchCommandTest {
    @TempDir
    Path tmp;
    private ProvinceDataset province;
    private Path json;
    private int reports;
    private int cityReports;

    @BeforeEach
    void smallProvince() {
        ProvinceDataset all = SyntheticProvince.generate(7L, 500);
        province = new ProvinceDataset(all.year(), all.counties().subList(0, 8), null, List.of());
        // Eight counties of 福州市: their own reports, and the city reports of the chains they share.
        assertThat(province.counties()).allSatisfy(c -> assertThat(c.unitId()).startsWith("3501"));
        cityReports = Consolidator.defaults().consolidate("350100", province.year(), province.counties())
                .mergedReports().size();
        assertThat(cityReports).isPositive();
        reports = province.counties().stream().mapToInt(c -> c.reports().size()).sum() + cityReports;
        json = tmp.resolve("province.json");
        CountyChainJson.defaults().write(province, json);
    }

    @Test
    void writesEveryReportShowsPlainProgressLinesAndASummary() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("batch", json.toString(), "--out", out.toString(),
                "--threads", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(docxUnder(out)).hasSize(reports).allSatisfy(p ->
                assertThat(DocxInspector.inspect(p).outline().get(0)).endsWith("县域重点产业创新链调研报告"));
        assertThat(docxUnder(out.resolve("350100-福州市"))).filteredOn(p -> p.getParent().endsWith("350100-福州市"))
                .hasSize(cityReports).allSatisfy(p ->
                        assertThat(DocxInspector.inspect(p).outline().get(0)).isEqualTo("福州市县域重点产业创新链调研报告"));
        assertThat(r.out()).startsWith("已写出 " + reports + " 个文件（").contains("失败 0 个，未执行 0 个");
        List<String> progress = r.err().lines().toList();
        // Not a terminal: no carriage returns, a line at the first report and at each tenth, the last at 100 %.
        assertThat(r.err()).doesNotContain("\r", "\u001b");
        // One step more than files: 福州市's consolidation, its own phase, just before its reports.
        int steps = reports + 1;
        assertThat(progress).hasSizeBetween(2, 11).first().asString().startsWith("1/" + steps + "（");
        assertThat(progress).last().asString().startsWith(steps + "/" + steps + "（100%）设区市汇总报告 福州市，");
    }

    @Test
    void submissionModeListsTheIncompleteReportWithItsCodeAndWritesTheRest() {
        CountyDataset first = province.counties().get(0);
        ResearchReport r0 = first.reports().get(0);
        ResearchReport broken = new ResearchReport(r0.id(), r0.unitId(), r0.unitName(), r0.chainId(),
                r0.chainName(), r0.templateEdition(), r0.year(), r0.coveredCounties(),
                r0.items().stream().filter(i -> !i.itemId().equals("3.1")).toList(), r0.advantageUnits(),
                r0.preparedBy(), r0.preparedOn());
        List<ResearchReport> rs = new ArrayList<>(first.reports());
        rs.set(0, broken);
        List<CountyDataset> counties = new ArrayList<>(province.counties());
        counties.set(0, first.toBuilder().reports(rs).build());
        CountyChainJson.defaults().write(new ProvinceDataset(province.year(), counties, null, List.of()), json);

        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("--lang", "en", "batch", json.toString(), "--out",
                out.toString(), "--mode", "submission");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(docxUnder(out)).hasSize(reports - 1);
        assertThat(r.out()).startsWith("Wrote " + (reports - 1) + " files (").contains("; 1 failed, 0 not run")
                .containsPattern("failed: [^\\n]*" + first.unitId() + "-[^\\n]*\\.docx: \\[CC-5001\\][^\\n]*3\\.1");
        assertThat(r.err()).contains("failed: ").contains("(100%) city reports 福州市, ");
    }

    @Test
    void quietPrintsNoProgress() {
        CliRunner.Result r = CliRunner.run("batch", json.toString(), "--out",
                tmp.resolve("out").toString(), "--quiet", "--threads", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("已写出 " + reports + " 个文件");
    }

    @Test
    void theSyntheticProvinceNeedsNoFile() {
        Path out = tmp.resolve("synthetic");
        CliRunner.Result r = CliRunner.run("batch", "--synthetic", "42", "--out", out.toString(),
                "--quiet");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        int counties = SyntheticProvince.generate(42L, 0).counties().stream().mapToInt(c -> c.reports().size()).sum();
        assertThat(docxUnder(out)).hasSizeGreaterThan(counties);
        assertThat(r.out()).startsWith("已写出 " + docxUnder(out).size() + " 个文件");
        assertThat(out.resolve("350500-泉州市/350582-晋江市")).isDirectory();
        assertThat(out.resolve("350500-泉州市")).isDirectoryContaining(p -> p.getFileName().toString()
                .startsWith("350500-泉州市-") && p.toString().endsWith(".docx"));
    }

    @Test
    void inputMustBeAFileOrASeedNotBothNorNeither() {
        CliRunner.Result both = CliRunner.run("--lang", "en", "batch", json.toString(),
                "--synthetic", "1", "--out", tmp.resolve("o").toString());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("give either FILE.json or --synthetic SEED");
        CliRunner.Result neither = CliRunner.run("batch", "--out", tmp.resolve("o").toString());
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(neither.err()).contains("请指定 FILE.json 或 --synthetic SEED 之一");
        CliRunner.Result threads = CliRunner.run("batch", json.toString(), "--out",
                tmp.resolve("o").toString(), "--threads", "0");
        assertThat(threads.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(threads.err()).contains("CC-1002");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void onATerminalTheBarRewritesOneLine() {
        StringWriter w = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(w), new CliMessages(Language.EN), true);
        BatchItem item = new BatchItem(BatchPhase.COUNTY_REPORTS, "350582", "晋江市", "r1", "纺织鞋服", "docx",
                "350500-泉州市/350582-晋江市/350582-晋江市-纺织鞋服.docx");
        bar.onProgress(new BatchProgress(item, BatchProgress.Outcome.WRITTEN, 1, 4, Duration.ofMillis(1500)));
        bar.onProgress(new BatchProgress(item, BatchProgress.Outcome.FAILED, 2, 4, Duration.ofMillis(2500)));
        bar.onProgress(new BatchProgress(item, BatchProgress.Outcome.WRITTEN, 4, 4, Duration.ofSeconds(4)));
        bar.end();
        assertThat(w.toString().replace(System.lineSeparator(), "\n")).isEqualTo(
                "\r\u001b[K[######..................] 1/4 (25%) county reports 晋江市, 1.5 s\n"
                        + "failed: 350500-泉州市/350582-晋江市/350582-晋江市-纺织鞋服.docx\n"
                        + "\r\u001b[K[############............] 2/4 (50%) county reports 晋江市, 2.5 s"
                        + "\r\u001b[K[########################] 4/4 (100%) county reports 晋江市, 4.0 s\n");
    }

    private static List<Path> docxUnder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
