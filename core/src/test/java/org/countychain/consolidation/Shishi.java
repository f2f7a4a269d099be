package org.countychain.consolidation;

import java.util.List;

import org.countychain.chain.Achievement;
import org.countychain.chain.ActorKind;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.report.UnitKind;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;

/**
 * A second county of 泉州市 for consolidation tests: 石狮市 with a 鞋服纺织产业 chain (an alias of the sample's
 * 纺织鞋服), sharing one link name, one table header and one advantage unit with the 晋江市 sample. Fictional.
 * Public for other modules' tests (the validation of a city's consolidated data set).
 */
public final class Shishi {
    static final String UNIT_ID = "350581";
    static final DivisionCode CODE = DivisionCode.of(UNIT_ID);
    static final String CHAIN_ID = "350581-apparel";
    static final String RD_HEADER_CAPTION = "表1 石狮市部分企业研发投入情况";
    static final List<String> RD_HEADER = List.of("企业名称", "营业收入（万元）", "研发费用（万元）", "研发费用占营业收入比重",
            "研发机构");

    private Shishi() {
    }

    static IndustryChain chain() {
        ChainLink fiber = new ChainLink("s-fiber", "化纤原料",
                List.of(new KeyTechnology("功能纤维", null,
                        List.of(new Bottleneck(BottleneckKind.HARD_PROBLEM, "石狮功能纤维依赖外购")))),
                List.of(new ChainActor("石狮某化纤公司（样例）", ActorKind.ENTERPRISE, null)),
                List.of(new Bottleneck(BottleneckKind.BREAKPOINT, "本地无化纤原料产能")));
        ChainLink garment = new ChainLink("s-garment", "服装制造",
                List.of(new KeyTechnology("柔性快反制造", null, List.of())), List.of(),
                List.of(new Bottleneck(BottleneckKind.BLOCKAGE, "小单快反排产难")));
        ChainLink ecommerce = new ChainLink("s-ecommerce", "跨境电商", List.of(), List.of(),
                List.of(new Bottleneck(BottleneckKind.BLOCKAGE, "海外仓配套不足")));
        return new IndustryChain(CHAIN_ID, "鞋服纺织产业", CODE, "C19", List.of(), new ChainMap(List.of(
                new ChainStage(StageKind.UPSTREAM, "上游", List.of(fiber)),
                new ChainStage(StageKind.MIDSTREAM, null, List.of(garment)),
                new ChainStage(StageKind.DOWNSTREAM, null, List.of(ecommerce)))));
    }

    static ResearchReport report() {
        ReportItem i11 = new ReportItem("1.1", List.of(
                new ContentBlock.Paragraph("石狮市服装产业规模较大，产业集群特征明显。"),
                new ContentBlock.Table(RD_HEADER_CAPTION, RD_HEADER,
                        List.of(List.of("石狮某服装公司（样例）", "50000", "1500", "3.0%", "市级"))),
                new ContentBlock.Figure(FigureKind.RD_INTENSITY_CHART, "图1 石狮市企业研发强度", null)));
        ReportItem i12 = new ReportItem("1.2", List.of(
                new ContentBlock.Paragraph("面料与功能纤维依赖外购，海外仓配套不足。"),
                new ContentBlock.Figure(FigureKind.CHAIN_MAP, "图2 石狮市鞋服纺织产业创新链图谱", null)));
        ReportItem i21 = ReportItem.ofParagraphs("2.1", "国内服装产业向品牌化、数字化转型。");
        ReportItem i33 = ReportItem.ofParagraphs("3.3", "石狮市优势单位如下表。");
        return new ResearchReport("350581-apparel-2024", UNIT_ID, "石狮市", CHAIN_ID, "鞋服纺织产业", null, 2024,
                List.of(CODE), List.of(i11, i12, i21, i33),
                List.of(new AdvantageUnit("华侨大学", UnitKind.UNIVERSITY, "纺织材料", null, null),
                        new AdvantageUnit("石狮市服装产业技术研究院（样例）", UnitKind.RESEARCH_INSTITUTE, "服装设计",
                                "快反供应链", null)),
                "石狮市科技局（样例）", null);
    }

    /**
     * 石狮市's data set: the chain, its report, a team, a demand and an achievement.
     *
     * @return the data set
     */
    public static CountyDataset dataset() {
        return CountyDataset.builder(UNIT_ID, "石狮市", 2024)
                .note("测试用虚构数据")
                .chains(List.of(chain()))
                .teams(List.of(new TalentTeam("T-1", "石狮市鞋服纺织产业科技特派团（样例）", CODE,
                        TeamMode.ONE_CHAIN_ONE_TEAM, List.of(CHAIN_ID), null, List.of(), List.of(), List.of())))
                .demands(List.of(new TechnologyDemand("D-S1", "功能纤维国产化", null, CHAIN_ID, "s-fiber", CODE, "C19",
                        null, null, List.of("功能纤维"))))
                .achievements(List.of(new Achievement("A-S1", "海外仓智能调度", null, "某高校（样例）", null, null,
                        CHAIN_ID, "s-ecommerce", CODE, List.of())))
                .reports(List.of(report()))
                .build();
    }

    /**
     * 石狮市's data set with its chain renamed 纺织鞋服 (晋江's name) and given GB/T 4754 code {@code C17}: the names
     * match, the codes conflict with 晋江's.
     *
     * @return the data set
     */
    public static CountyDataset datasetWithConflictingCode() {
        CountyDataset shishi = dataset();
        IndustryChain c = shishi.chains().get(0);
        return shishi.toBuilder().chains(List.of(new IndustryChain(c.id(), "纺织鞋服", c.county(), "C17", List.of(),
                c.map()))).build();
    }
}
