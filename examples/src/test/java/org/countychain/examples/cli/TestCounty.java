package org.countychain.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.countychain.chain.Achievement;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;

/** A small county data set built in code, with every count the summary shows known in advance. */
final class TestCounty {
    static final DivisionCode JINJIANG = DivisionCode.of("350582");

    private TestCounty() {
    }

    static CreditCode code(String first17) {
        return new CreditCode(first17 + CreditCode.checkCharacter(first17));
    }

    /**
     * 晋江市 2024: one chain with 2 breakpoints, 1 blockage and 1 hard problem; 3 enterprises (2 above-scale
     * manufacturing, 1 high-tech); 1 team; 3 platforms (2 pilot test platforms, 1 incubator); 2 demands;
     * 1 achievement; 1 report with 2 of the 8 required items filled.
     */
    static CountyDataset jinjiang() {
        ChainMap map = new ChainMap(List.of(
                new ChainStage(StageKind.UPSTREAM, null, List.of(
                        new ChainLink("fibre", "化纤面料", List.of(
                                new KeyTechnology("功能性纤维", null, List.of(
                                        new Bottleneck(BottleneckKind.HARD_PROBLEM, "高端功能纤维依赖外购")))),
                                List.of(), List.of(new Bottleneck(BottleneckKind.BREAKPOINT, "缺少本地纺丝企业"))))),
                new ChainStage(StageKind.MIDSTREAM, null, List.of(
                        new ChainLink("shoe", "制鞋", List.of(), List.of(), List.of(
                                new Bottleneck(BottleneckKind.BREAKPOINT, "鞋机核心部件缺失"),
                                new Bottleneck(BottleneckKind.BLOCKAGE, "设计与制造数据不通")))))));
        IndustryChain chain = new IndustryChain("jj-textile", "纺织鞋服", JINJIANG, "C19", List.of(), map);

        Enterprise a = Enterprise.builder(code("91350582MA2XYK001"), "晋江甲鞋业有限公司", JINJIANG)
                .chainIds(List.of("jj-textile")).aboveScale(true).manufacturing(true)
                .highTechCertificate(new HighTechCertificate("GR202335000001", LocalDate.of(2023, 12, 1),
                        LocalDate.of(2026, 11, 30)))
                .year(AnnualRdFigures.builder(2024).operatingRevenue(new BigDecimal("300000000"))
                        .rdExpense(new BigDecimal("9000000")).build())
                .build();
        Enterprise b = Enterprise.builder(code("91350582MA2XYK002"), "晋江乙纺织有限公司", JINJIANG)
                .chainIds(List.of("jj-textile")).aboveScale(true).manufacturing(true).build();
        Enterprise c = Enterprise.builder(code("91350582MA2XYK003"), "晋江丙服务有限公司", JINJIANG)
                .chainIds(List.of("jj-textile")).aboveScale(true).manufacturing(false).build();

        TalentTeam team = new TalentTeam("t1", "晋江市纺织鞋服产业链科技特派团", JINJIANG, TeamMode.ONE_CHAIN_ONE_TEAM,
                List.of("jj-textile"), new Commissioner("张三", "某大学", null, null), List.of(), List.of(), List.of());

        List<InnovationPlatform> platforms = List.of(
                new InnovationPlatform("p1", "鞋服中试平台", PlatformType.PILOT_TEST_PLATFORM, InstitutionLevel.PROVINCIAL,
                        JINJIANG, List.of("jj-textile"), null, null),
                new InnovationPlatform("p2", "纺织中试平台", PlatformType.PILOT_TEST_PLATFORM, InstitutionLevel.CITY,
                        JINJIANG, List.of("jj-textile"), null, null),
                new InnovationPlatform("p3", "晋江孵化器", PlatformType.INCUBATOR, InstitutionLevel.COUNTY,
                        JINJIANG, List.of(), null, null));

        List<TechnologyDemand> demands = List.of(
                new TechnologyDemand("d1", "高回弹鞋底材料", null, "jj-textile", "shoe", JINJIANG, null, null, null,
                        List.of()),
                new TechnologyDemand("d2", "数码印花提速", null, "jj-textile", "fibre", JINJIANG, null, null, null,
                        List.of()));
        List<Achievement> achievements = List.of(new Achievement("a1", "超临界发泡鞋材", null, "某研究院", null, null,
                "jj-textile", "shoe", null, List.of()));

        ResearchReport report = new ResearchReport("r1", "350582", "晋江市", "jj-textile", "纺织鞋服", null, 2024,
                List.of(JINJIANG), List.of(ReportItem.ofParagraphs("1.1", "晋江市纺织鞋服产业……"),
                        ReportItem.ofParagraphs("1.2", "技术瓶颈……"), ReportItem.ofParagraphs("2.1", "")),
                List.of(), null, null);

        return CountyDataset.builder("350582", "晋江市", 2024)
                .note("测试用虚构数据")
                .chains(List.of(chain))
                .enterprises(List.of(a, b, c))
                .teams(List.of(team))
                .platforms(platforms)
                .demands(demands)
                .achievements(achievements)
                .reports(List.of(report))
                .build();
    }
}
