package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TaskStatus;
import org.countychain.talent.TeamFormation;
import org.countychain.talent.TeamMode;
import org.countychain.talent.TeamResult;
import org.junit.jupiter.api.Test;

/**
 * The teams' sheets of the lists workbook, written and read back from the .xlsx: formation, period, the leader's
 * title, members' titles and commissioner flags, tasks with issuer code, dates and status wording, results with
 * their post-subsidy in yuan; phones never appear.
 */
class TeamSheetsTest {
    private static final DivisionCode JINJIANG = DivisionCode.of("350582");

    static CountyDataset county() {
        String first17 = "91350582" + String.format(Locale.ROOT, "%09d", 1);
        CreditCode issuer = CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
        TalentTeam formed = new TalentTeam("t1", "纺织鞋服产业链科技特派团", JINJIANG, TeamMode.ONE_CHAIN_ONE_TEAM,
                TeamFormation.CHALLENGE_LIST, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                List.of("textile"), new Commissioner("甲", "华侨大学", "材料", "教授", true, "13800000101"),
                List.of(new Commissioner("乙", "东华大学", "纺织", "副研究员", false, "13800000102"),
                        new Commissioner("丙", "某鞋业", null, null, null, null)),
                List.of(new ChallengeTask("k1", "高回弹鞋材攻关", "晋江某鞋业", issuer, TaskStatus.IN_PROGRESS, "中试线调试中",
                        new BigDecimal("500000.00"), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28),
                        List.of("shoe-b1", "shoe-t2"))),
                List.of(new TeamResult(2024, "高回弹中底中试成功", true, new BigDecimal("300000.00"), "k1"),
                        new TeamResult(2024, "培训技术人员 50 人次", false, null, null)));
        TalentTeam bare = new TalentTeam("t2", "印染后整理科技特派团", JINJIANG, TeamMode.ONE_INDUSTRY_ONE_TEAM,
                List.of("textile"), null, List.of(), List.of(), List.of());
        return CountyDataset.builder("350582", "晋江市", 2024).teams(List.of(formed, bare)).build();
    }

    private static List<List<String>> readBack(List<ListSheet> sheets, int index) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListsWorkbookWriter.write(sheets, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(index);
            DataFormatter f = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (Row r : s) {
                if (r.getRowNum() == 0) {
                    continue; // the title row
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheets.get(index).columns().size(); c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void teamsWithFormationPeriodLeaderCommissionersAndSubsidies() throws Exception {
        List<ListSheet> sheets = TeamSheets.sheets(county(), Locale.SIMPLIFIED_CHINESE);
        assertThat(sheets).extracting(ListSheet::name).containsExactly("科技特派团", "团队成员", "揭榜任务", "团队成果");
        assertThat(sheets).extracting(ListSheet::ruleId).containsOnly("R13");
        List<List<String>> teams = readBack(sheets, 0);
        assertThat(teams.get(0)).containsExactly("团队编号", "团队名称", "所在县（市、区）", "组团模式", "组建方式", "服务期起",
                "服务期止", "服务产业链", "团长", "团长职称", "人数（含团长）", "其中科技特派员", "揭榜任务数", "后补助合计（元）");
        assertThat(teams.get(1)).startsWith("t1", "纺织鞋服产业链科技特派团", "350582", "一链一团", "揭榜挂帅")
                .contains("textile", "甲", "教授").endsWith("3", "1", "1", "300,000.00");
        assertThat(teams.get(1).get(5)).contains("2024");
        assertThat(teams.get(1).get(6)).contains("2026");
        // Nothing said: empty cells, not zeros or "否".
        assertThat(teams.get(2)).containsExactly("t2", "印染后整理科技特派团", "350582", "一业一团", "", "", "", "textile",
                "", "", "0", "0", "0", "");
    }

    @Test
    void aCityLevelTeamListsTheOtherCountiesChainsAfterItsOwn() throws Exception {
        TalentTeam t = county().teams().get(1);
        TalentTeam cityLevel = new TalentTeam(t.id(), t.name(), t.county(), t.mode(), t.formation(), t.serviceFrom(),
                t.serviceUntil(), t.chainIds(), List.of(new org.countychain.chain.ChainReference(
                        org.countychain.division.DivisionCode.of("350581"), "350581-apparel")), t.leader(),
                t.members(), t.tasks(), t.results());
        CountyDataset d = county().toBuilder().teams(List.of(cityLevel)).build();
        assertThat(readBack(TeamSheets.sheets(d, Locale.SIMPLIFIED_CHINESE), 0).get(1).get(7))
                .isEqualTo("textile、350581:350581-apparel");
    }

    @Test
    void membersTasksAndResults() throws Exception {
        List<ListSheet> sheets = TeamSheets.sheets(county(), Locale.SIMPLIFIED_CHINESE);
        assertThat(readBack(sheets, 1)).extracting(r -> String.join("|", r)).containsExactly(
                "团队编号|团队名称|姓名|单位|专业领域|职称|是否科技特派员|团内角色",
                "t1|纺织鞋服产业链科技特派团|甲|华侨大学|材料|教授|是|团长",
                "t1|纺织鞋服产业链科技特派团|乙|东华大学|纺织|副研究员|否|成员",
                "t1|纺织鞋服产业链科技特派团|丙|某鞋业||||成员");
        List<List<String>> tasks = readBack(sheets, 2);
        assertThat(tasks.get(1)).startsWith("t1", "纺织鞋服产业链科技特派团", "k1", "高回弹鞋材攻关", "晋江某鞋业")
                .contains("攻关中", "中试线调试中", "500,000.00", "shoe-b1、shoe-t2");
        assertThat(readBack(sheets, 3)).extracting(r -> String.join("|", r)).containsExactly(
                "团队编号|团队名称|年度|成果|所属任务|是否推荐后补助|后补助（元）",
                "t1|纺织鞋服产业链科技特派团|2024|高回弹中底中试成功|k1|是|300,000.00",
                "t1|纺织鞋服产业链科技特派团|2024|培训技术人员 50 人次||否|");
    }

    @Test
    void phonesAreNotListedAndEnglishHeadersExist() throws Exception {
        List<ListSheet> en = TeamSheets.sheets(county(), Locale.ENGLISH);
        assertThat(en).extracting(ListSheet::name).containsExactly("Teams", "Members", "Challenge tasks", "Results");
        for (int i = 0; i < en.size(); i++) {
            assertThat(readBack(en, i).toString()).doesNotContain("13800000101", "13800000102");
        }
        assertThat(readBack(en, 0).get(0)).startsWith("Team id", "Team", "County", "Mode", "Formation");
        assertThat(readBack(en, 1).get(1)).endsWith("yes", "leader");
    }

    @Test
    void aDataSetWithoutTeamsHasEmptySheets() {
        List<ListSheet> sheets = TeamSheets.sheets(CountyDataset.builder("350582", "晋江市", 2024).build(),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(sheets).hasSize(4).allSatisfy(s -> assertThat(s.rows()).isEmpty());
    }
}
