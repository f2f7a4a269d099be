package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;

import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.MoneyUnit;
import org.countychain.dataset.CountyDataset;
import org.countychain.platform.PlatformType;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.junit.jupiter.api.Test;

class DatasetSummaryTest {
    private final DatasetSummary summary = DatasetSummary.of(TestCounty.jinjiang(), ReportTemplates.builtIn());

    @Test
    void countsEverythingTheSummaryShows() {
        assertThat(summary.unitName()).isEqualTo("晋江市");
        assertThat(summary.year()).isEqualTo(2024);
        assertThat(summary.chainNames()).containsExactly("纺织鞋服");
        assertThat(summary.enterprises()).isEqualTo(3);
        assertThat(summary.aboveScaleManufacturing()).isEqualTo(2);
        assertThat(summary.highTech()).isEqualTo(1);
        assertThat(summary.teams()).isEqualTo(1);
        assertThat(summary.platformsByType()).containsExactly(
                entry(PlatformType.PILOT_TEST_PLATFORM, 2),
                entry(PlatformType.INCUBATOR, 1));
        assertThat(summary.demands()).isEqualTo(2);
        assertThat(summary.achievements()).isEqualTo(1);
        assertThat(summary.bottlenecksByKind()).containsExactly(
                entry(BottleneckKind.BREAKPOINT, 2),
                entry(BottleneckKind.BLOCKAGE, 1),
                entry(BottleneckKind.HARD_PROBLEM, 1));
        assertThat(summary.reports()).containsExactly(
                new DatasetSummary.ReportStatus("纺织鞋服", ReportTemplates.FUJIAN_2024, 2, 8));
    }

    @Test
    void rendersInChinese() {
        assertThat(summary.lines(new CliMessages(Language.ZH))).containsExactly(
                "报送单位：晋江市（350582）",
                "年度：2024",
                "说明：测试用虚构数据",
                "重点产业链（1 条）：纺织鞋服",
                "  纺织鞋服产业链：规模未填报",
                "企业：3 家（规上制造业 2 家，高新技术企业 1 家）",
                "科技特派团：1 个",
                "创新平台：3 个（中试平台 2、科技企业孵化器 1）",
                "关键核心技术需求：2 项",
                "重大科技成果：1 项",
                "断点、堵点、难点：4 个（断点 2、堵点 1、难点 1）",
                "调研报告：1 份",
                "  纺织鞋服（fujian-2024）：必填条目已填 2/8");
    }

    @Test
    void rendersInEnglish() {
        assertThat(summary.lines(new CliMessages(Language.EN))).containsExactly(
                "Reporting unit: 晋江市 (350582)",
                "Year: 2024",
                "Note: 测试用虚构数据",
                "Key industrial chains (1): 纺织鞋服",
                "  纺织鞋服产业链: scale not stated",
                "Enterprises: 3 (above-scale manufacturing: 2, high-tech: 1)",
                "S&T commissioner teams: 1",
                "Innovation platforms: 3 (pilot-test platform 2, incubator 1)",
                "Technology demands: 2",
                "S&T achievements: 1",
                "Bottlenecks: 4 (breakpoint 2, blockage 1, hard problem 1)",
                "Research reports: 1",
                "  纺织鞋服 (fujian-2024): required items filled 2/8");
    }

    @Test
    void emptyDataSetAndUnknownEditionStillRender() {
        CountyDataset empty = CountyDataset.builder("350582", "晋江市", 2024).build();
        assertThat(DatasetSummary.of(empty, ReportTemplates.builtIn()).lines(new CliMessages(Language.EN)))
                .contains("Key industrial chains (0): none", "Innovation platforms: 0",
                        "Bottlenecks: 0 (breakpoint 0, blockage 0, hard problem 0)", "Research reports: 0");

        CountyDataset odd = TestCounty.jinjiang().toBuilder().reports(List.of(withEdition("other-2030"))).build();
        assertThat(DatasetSummary.of(odd, ReportTemplates.builtIn()).lines(new CliMessages(Language.ZH)))
                .contains("  纺织鞋服：未知的模板版本 other-2030");
    }

    @Test
    void aChainIsDescribedByItsFullNamePilotFlagAndTheScaleOfTheYear() {
        IndustryChain c = TestCounty.jinjiang().chains().get(0);
        IndustryChain described = new IndustryChain(c.id(), c.name(), "晋江纺织鞋服产业链", c.county(), c.industryCode(),
                c.aliases(), true, List.of(
                        new ChainScale(2023, new BigDecimal("260000000000"), 40, 38),
                        new ChainScale(2024, new BigDecimal("281500000000.00"), 48, 46),
                        new ChainScale(2025, new BigDecimal("300000000000"), 50, 48, MoneyUnit.TEN_THOUSAND_YUAN)),
                c.map());
        CountyDataset d = TestCounty.jinjiang().toBuilder().chains(List.of(described)).build();
        // The data set's year (2024), not the later target year.
        assertThat(DatasetSummary.of(d, ReportTemplates.builtIn()).lines(new CliMessages(Language.ZH)))
                .contains("  晋江纺织鞋服产业链（试点产业链）：2024年：产值 2815.00亿元，企业 48 家（规上 46 家）");
        assertThat(DatasetSummary.of(d, ReportTemplates.builtIn()).lines(new CliMessages(Language.EN))).contains(
                "  晋江纺织鞋服产业链 (pilot chain): 2024: output value 2815.00 100M yuan, 48 enterprises (46 above scale)");
        // Without the year's figures, the latest before it; without any, none.
        IndustryChain older = new IndustryChain(c.id(), c.name(), null, c.county(), c.industryCode(), c.aliases(),
                false, List.of(new ChainScale(2022, null, 12, null, MoneyUnit.YUAN),
                        new ChainScale(2026, new BigDecimal("1"), null, null)), c.map());
        assertThat(DatasetSummary.of(d.toBuilder().chains(List.of(older)).build(), ReportTemplates.builtIn())
                .lines(new CliMessages(Language.ZH))).contains("  纺织鞋服产业链：2022年：企业 12 家");
    }

    private static ResearchReport withEdition(String edition) {
        ResearchReport r = TestCounty.jinjiang().reports().get(0);
        return new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(),
                edition, r.year(), r.coveredCounties(), r.items(), r.advantageUnits(), r.preparedBy(),
                r.preparedOn());
    }
}
