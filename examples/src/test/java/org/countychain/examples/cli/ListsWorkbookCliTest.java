package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.countychain.talent.TalentTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists workbook {@code screen --out} and {@code demo} write, read back from the .xlsx: after the screening's
 * lists, the data set's technology demands, S&amp;T commissioner teams (members, tasks, results), platforms (hosts)
 * and intermediary watch list, when the data set holds them; a province's counties in one sheet each.
 */
class ListsWorkbookCliTest {
    /** The screening's own sheets, before the data set's. */
    private static final int SCREENING_SHEETS = 7;

    private static final List<String> DATASET_SHEETS = List.of("技术需求", "科技特派团", "团队成员", "揭榜任务", "团队成果",
            "创新平台", "平台依托单位", "中介机构通报名单");

    @TempDir
    Path tmp;

    /** Each sheet's data rows (below the title and header rows), by sheet name, in the workbook's order. */
    private static Map<String, List<List<String>>> read(Path file) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() < 2) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static int entries(IntermediaryWatchList list) {
        return list.editions().stream().mapToInt(e -> e.entries().size()).sum();
    }

    @Test
    void theSampleCountysDemandsTeamsPlatformsAndWatchListFollowTheScreeningsLists() throws IOException {
        CountyDataset sample = SampleCounty.jinjiang();
        Path file = tmp.resolve("jinjiang-2024.json");
        CountyChainJson.defaults().write(sample, file);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("screen", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);

        Map<String, List<List<String>>> sheets = read(out.resolve(ScreenCommand.LISTS_WORKBOOK));
        List<String> names = new ArrayList<>(sheets.keySet());
        assertThat(names).hasSize(SCREENING_SHEETS + DATASET_SHEETS.size());
        assertThat(names.subList(SCREENING_SHEETS, names.size())).containsExactlyElementsOf(DATASET_SHEETS);
        assertThat(sheets.get("技术需求")).extracting(row -> row.get(0))
                .containsExactlyElementsOf(sample.demands().stream().map(d -> d.id()).toList());
        assertThat(sheets.get("科技特派团")).extracting(row -> row.get(0))
                .containsExactlyElementsOf(sample.teams().stream().map(TalentTeam::id).toList());
        assertThat(sheets.get("揭榜任务")).hasSize(sample.teams().stream().mapToInt(t -> t.tasks().size()).sum());
        assertThat(sheets.get("团队成果")).hasSize(sample.teams().stream().mapToInt(t -> t.results().size()).sum());
        assertThat(sheets.get("创新平台")).extracting(row -> row.get(0))
                .containsExactlyElementsOf(sample.platforms().stream().map(p -> p.id()).toList());
        assertThat(sheets.get("平台依托单位"))
                .hasSize(sample.platforms().stream().mapToInt(p -> p.hosts().size()).sum());
        assertThat(sample.watchList()).isNotNull();
        assertThat(sheets.get("中介机构通报名单")).hasSize(entries(sample.watchList()));

        // demo writes the same workbook for the sample county.
        Path demo = tmp.resolve("demo");
        CliRunner.Result d = CliRunner.run("demo", "--out", demo.toString());
        assertThat(d.exitCode()).as(d.err()).isEqualTo(ExitCodes.OK);
        Map<String, List<List<String>>> demoSheets = read(demo.resolve(DemoCommand.listsFileName(sample)));
        assertThat(new ArrayList<>(demoSheets.keySet()).subList(SCREENING_SHEETS, demoSheets.size()))
                .containsExactlyElementsOf(DATASET_SHEETS);
        assertThat(demoSheets.get("技术需求")).isEqualTo(sheets.get("技术需求"));
    }

    @Test
    void aProvincesCountiesShareEachSheetAndTheWatchListTheyShareIsListedOnce() throws IOException {
        ProvinceDataset province = SyntheticProvince.generate(20261207L, 400);
        Path file = tmp.resolve("province.json");
        CountyChainJson.defaults().write(province, file);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("screen", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);

        Map<String, List<List<String>>> sheets = read(out.resolve(ScreenCommand.LISTS_WORKBOOK));
        assertThat(new ArrayList<>(sheets.keySet()).subList(SCREENING_SHEETS, sheets.size()))
                .containsExactlyElementsOf(DATASET_SHEETS);
        List<CountyDataset> counties = province.counties();
        assertThat(sheets.get("技术需求")).hasSize(counties.stream().mapToInt(c -> c.demands().size()).sum())
                .extracting(row -> row.get(4)).hasSizeGreaterThan(1)
                .containsAll(counties.stream().filter(c -> !c.demands().isEmpty()).map(c -> c.unitId()).toList());
        assertThat(sheets.get("科技特派团")).hasSize(counties.stream().mapToInt(c -> c.teams().size()).sum());
        assertThat(sheets.get("创新平台")).hasSize(counties.stream().mapToInt(c -> c.platforms().size()).sum());
        // Every county holds the province's list: its entries once, not once per county.
        assertThat(province.watchList()).isNotNull();
        assertThat(counties).allSatisfy(c -> assertThat(c.watchList()).isEqualTo(province.watchList()));
        assertThat(sheets.get("中介机构通报名单")).hasSize(entries(province.watchList()));
    }

    @Test
    void anEnterpriseListHasNoneOfTheDataSetsSheets() throws IOException {
        Path list = tmp.resolve("企业名单.xlsx");
        EnterpriseListWriter.writeXlsx(SampleCounty.jinjiang().enterprises(), list);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("screen", list.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(read(out.resolve(ScreenCommand.LISTS_WORKBOOK))).hasSize(SCREENING_SHEETS);
    }
}
