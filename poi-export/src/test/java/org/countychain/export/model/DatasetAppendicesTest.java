package org.countychain.export.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.MoneyUnit;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.sample.SampleCounty;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.junit.jupiter.api.Test;

/**
 * The appendices drawn from the data set as the county gave it: the chain's full name, pilot flag and scale with its
 * unit; the platforms with hosts and credit codes, links, dates and services; the achievements with maturity and
 * origin (in their own list and where the bottleneck list names them); every edition of the watch list with the
 * reason per entry and the edition R12 applies. Read back from the Word document as well.
 */
class DatasetAppendicesTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();

    private static AppendixTable table(CountyDataset d, NoticeAppendix a) {
        return ExportRequest.builder(d.reports().get(0)).dataset(d).noticeAppendices(a).build().appendices().get(0);
    }

    @Test
    void theChainAppendixGivesTheFullNamePilotFlagAndScaleInTheCountysUnit() {
        AppendixTable t = table(COUNTY, NoticeAppendix.CHAIN);
        assertThat(t.title()).isEqualTo("附件1 纺织鞋服产业链基本情况表");
        assertThat(t.header()).containsExactly("年度", "产值", "企业数（家）", "其中规上企业（家）");
        assertThat(t.rows()).containsExactly(List.of("2023年", "2680.00亿元", "47", "45"),
                List.of("2024年", "2815.00亿元", "48", "46"));
        assertThat(t.note()).startsWith("产业链全称：纺织鞋服产业链；试点产业链：是；国民经济行业代码：C19。数据年度：2024年")
                .contains("（R1、R2）");
        // A county stating its output value in 万元, with a figure left out, a chain not said to be a pilot.
        IndustryChain c = COUNTY.chains().get(0);
        IndustryChain stated = new IndustryChain(c.id(), c.name(), "晋江纺织鞋服产业链", c.county(), null, c.aliases(),
                false, List.of(new ChainScale(2024, new java.math.BigDecimal("123456789.00"), null, 3,
                        MoneyUnit.TEN_THOUSAND_YUAN)), c.map());
        AppendixTable own = table(COUNTY.toBuilder().chains(List.of(stated)).build(), NoticeAppendix.CHAIN);
        assertThat(own.title()).isEqualTo("附件1 晋江纺织鞋服产业链基本情况表");
        assertThat(own.rows()).containsExactly(List.of("2024年", "12345.68万元", "—", "3"));
        assertThat(own.note()).startsWith("产业链全称：晋江纺织鞋服产业链；试点产业链：否；国民经济行业代码：未填报。");
        IndustryChain unsaid = new IndustryChain(c.id(), c.name(), null, c.county(), c.industryCode(), c.aliases(),
                null, List.of(), c.map());
        AppendixTable none = table(COUNTY.toBuilder().chains(List.of(unsaid)).build(), NoticeAppendix.CHAIN);
        assertThat(none.rows()).containsExactly(List.of("（未填报）", "—", "—", "—"));
        assertThat(none.note()).startsWith("产业链全称：纺织鞋服产业链；试点产业链：未说明；");
    }

    @Test
    void thePlatformAppendixGivesHostsWithCreditCodesLinksDatesAndServices() {
        AppendixTable t = table(COUNTY, NoticeAppendix.PLATFORMS);
        assertThat(t.title()).isEqualTo("附件1 纺织鞋服产业链创新平台情况表");
        assertThat(t.rows()).hasSize(COUNTY.platforms().size());
        assertThat(t.header()).containsExactly("序号", "平台名称及类型", "依托单位及统一社会信用代码", "服务环节及内容", "成立及认定日期",
                "攻关对象");
        // One fact a line: the type under the name, a host's code under its name, each date and target on its line.
        assertThat(t.rows().get(0)).containsExactly("1", "晋江鞋服新材料中试平台（样例）\n中试平台（省级）",
                "福建恒步体育用品有限公司（样例）\n91350500155801216M\n华侨大学",
                "鞋材、印染后整理：发泡鞋材中试、染整小批量试产、检验检测", "2020-06-18 成立\n2022-11-30 认定",
                "超临界流体物理发泡中底\nshoe-materials-t1");
        // A platform without the fields of format version 2 says so cell by cell.
        assertThat(t.rows().get(1).subList(2, 6)).containsExactly("—", "全链", "—", "—");
        assertThat(t.rows()).anySatisfy(r -> assertThat(r.get(1)).contains("，飞地：上海市"));
        // Another chain's platform is not this chain's.
        AppendixTable none = table(COUNTY.toBuilder().platforms(List.of(new org.countychain.platform.InnovationPlatform(
                "x", "别的平台", org.countychain.platform.PlatformType.PILOT_TEST_PLATFORM,
                org.countychain.enterprise.InstitutionLevel.CITY, c(), List.of("other-chain"), null, null))).build(),
                NoticeAppendix.PLATFORMS);
        assertThat(none.rows()).containsExactly(List.of("—", "（未填报）", "—", "—", "—", "—"));
    }

    private static org.countychain.division.DivisionCode c() {
        return org.countychain.division.DivisionCode.of(SampleCounty.UNIT_ID);
    }

    @Test
    void achievementsShowMaturityAndOriginInTheirListAndInTheBottleneckList() {
        AppendixTable t = table(COUNTY, NoticeAppendix.ACHIEVEMENTS);
        assertThat(t.title()).isEqualTo("附件1 纺织鞋服产业链重大科技成果清单");
        assertThat(t.header()).containsExactly("序号", "成果名称", "持有单位", "所属环节", "成熟度", "来源", "攻关对象");
        assertThat(t.rows()).hasSize(COUNTY.achievements().size());
        assertThat(t.rows().get(1)).containsExactly("2", "尼龙弹性体合成与发泡专用料", "省外某化工新材料研究所（样例）", "鞋材",
                "TRL 6", "省外", "高回弹弹性体原料依赖进口\nsm-peba-import");
        // Not assessed: a dash, not a level.
        assertThat(t.rows().get(16).subList(4, 6)).containsExactly("—", "省内");
        AppendixTable bottlenecks = table(COUNTY, NoticeAppendix.BOTTLENECKS);
        assertThat(bottlenecks.rows()).filteredOn(r -> r.get(4).equals("fiber-t2-b1")).singleElement()
                .satisfies(r -> assertThat(r.get(5)).isEqualTo("350582-a04 生物基PA56纤维规模化纺丝技术（TRL 6，省外）"));
    }

    @Test
    void theWatchListAppendixGivesEveryEditionWithReasonsAndTheOneInForce() {
        AppendixTable t = table(COUNTY, NoticeAppendix.WATCH_LIST);
        // The province's list, not the chain's.
        assertThat(t.title()).isEqualTo("附件1 严重失误科技中介服务机构名单");
        assertThat(t.rows()).extracting(r -> String.join("|", r)).containsExactly(
                "1|2023年|2024年|榕城示例高企咨询服务有限公司（样例）|91350102MA2XK7B414|代企业编造研发项目和知识产权材料（样例）|是",
                "2|2023年|2024年|泉州示例科技服务有限公司（样例）|91350503MA31H5R87D|多家服务企业申报材料存在严重失误（样例）|是",
                "3|2022年|2023年|厦门示例财税咨询有限公司（样例）|—|申报材料研发费用归集不实（样例）|否");
        assertThat(t.note()).startsWith("2024年适用2023年度名单（2024年通报，省高新技术企业认定管理机构内部通报（样例））。");
        // The edition in force by year: circulated in the year applies, circulated after it does not.
        assertThat(DatasetTables.watchListNote(COUNTY, 2023)).startsWith("2023年适用2022年度名单（2023年通报");
        assertThat(DatasetTables.watchListNote(COUNTY, 2022)).isEqualTo("2022年尚无已通报的名单。");
        assertThat(DatasetTables.watchList(COUNTY, 2023)).extracting(r -> r.get(6)).containsExactly("否", "否", "是");
        // A publication year not stated is the year after, and said to be assumed.
        CountyDataset assumed = COUNTY.toBuilder().watchList(new IntermediaryWatchList(2023, null, null,
                List.of(new Intermediary("甲（测试）", null, null)), List.of())).build();
        assertThat(DatasetTables.watchList(assumed, 2024)).containsExactly(
                List.of("1", "2023年", "2024年（推定）", "甲（测试）", "—", "—", "是"));
        assertThat(table(COUNTY.toBuilder().watchList(null).build(), NoticeAppendix.WATCH_LIST).rows())
                .containsExactly(List.of("—", "（未填报）", "—", "—", "—", "—", "—"));
    }

    /**
     * R4's demand list: each demand of the chain with its proposer, targets, planned investment in 万元 under a header
     * naming the unit, and the challenge tasks aimed at the same bottlenecks; read back from the Word document.
     */
    @Test
    void theDemandAppendixGivesPlannedInvestmentInWanYuanAndTheTasksAimedAtTheSameBottlenecks() {
        AppendixTable t = table(COUNTY, NoticeAppendix.DEMANDS);
        assertThat(t.title()).isEqualTo("附件1 纺织鞋服产业链技术需求清单");
        assertThat(t.header()).containsExactly("序号", "需求编号", "技术需求", "提出企业", "攻关对象", "计划投入（万元）",
                "揭榜任务及状态");
        assertThat(t.note()).contains("（R4）", "据本报告所附数据集整理", "2024");
        assertThat(t.rows()).hasSize(12);
        assertThat(t.rows().get(1)).containsExactly("2", "350582-d02", "高回弹尼龙弹性体发泡专用料国产化",
                "晋江市博纳高分子材料有限公司（样例）", "高回弹弹性体原料依赖进口\nsm-peba-import", "500.00",
                "[350582-task1]超临界物理发泡尼龙弹性体中底量产工艺攻关：攻关中，中试线调试中\n"
                        + "[350500-task1]发泡中底材料回弹性能快速检测方法：已揭榜，检测方法草案已提交专家论证");
        // No planned investment, no proposer, a task without an id, a demand aimed at nothing.
        assertThat(t.rows().get(2).get(5)).isEqualTo("—");
        assertThat(t.rows().get(8).subList(3, 7)).satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("—");
            assertThat(r.get(2)).isEqualTo("—");
            assertThat(r.get(3)).isEqualTo("废旧涤棉混纺鞋服化学法分离回收技术：张榜");
        });
        assertThat(t.rows().get(6).subList(4, 7)).containsExactly("—", "—", "暂无揭榜任务");
        // A demand aimed at a bottleneck of a technology is reached by a task aimed at the technology.
        assertThat(t.rows().get(3).get(6)).startsWith("[350582-task2]");
        // Money: 万元 with two decimals, rounded half up; a demand of another chain is not this chain's.
        org.countychain.chain.TechnologyDemand d = COUNTY.demands().get(0);
        CountyDataset odd = COUNTY.toBuilder().demands(List.of(
                new org.countychain.chain.TechnologyDemand(d.id(), d.title(), null, d.chainId(), null, d.county(), null,
                        null, null, List.of(), new java.math.BigDecimal("1234.5"), List.of()),
                new org.countychain.chain.TechnologyDemand("x", "别的链的需求", null, "other-chain", null, d.county(), null,
                        null, null, List.of(), java.math.BigDecimal.TEN, List.of()))).build();
        assertThat(table(odd, NoticeAppendix.DEMANDS).rows()).extracting(r -> r.get(5)).containsExactly("0.12");
        assertThat(table(COUNTY.toBuilder().demands(List.of()).build(), NoticeAppendix.DEMANDS).rows())
                .containsExactly(List.of("—", "—", "（未填报）", "—", "—", "—", "—"));

        ExportRequest request = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.DEMANDS).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(request, out);
        InspectedDocument doc = DocxInspector.inspect(out.toByteArray());
        assertThat(doc.outline()).contains("附件1 纺织鞋服产业链技术需求清单");
        List<InspectedDocument.Table> tables = doc.tables();
        InspectedDocument.Table read = tables.get(tables.size() - 1);
        assertThat(read.caption()).isEqualTo("表 纺织鞋服产业链技术需求清单");
        assertThat(read.rows().get(0)).isEqualTo(t.header());
        assertThat(read.rows().subList(1, read.rows().size())).isEqualTo(t.rows());
        assertThat(read.rows().get(1)).contains("300.00");
    }

    @Test
    void theWordDocumentCarriesTheNewAppendicesAsTables() {
        ExportRequest request = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.CHAIN, NoticeAppendix.PLATFORMS, NoticeAppendix.ACHIEVEMENTS,
                        NoticeAppendix.WATCH_LIST).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(request, out);
        InspectedDocument doc = DocxInspector.inspect(out.toByteArray());
        List<InspectedDocument.Table> tables = doc.tables();
        List<AppendixTable> expected = request.appendices();
        List<InspectedDocument.Table> appendices = tables.subList(tables.size() - expected.size(), tables.size());
        for (int i = 0; i < expected.size(); i++) {
            InspectedDocument.Table read = appendices.get(i);
            assertThat(read.caption()).isEqualTo(expected.get(i).caption());
            assertThat(read.rows().get(0)).isEqualTo(expected.get(i).header());
            assertThat(read.rows().subList(1, read.rows().size())).isEqualTo(expected.get(i).rows());
            assertThat(read.headerRepeated()).isTrue();
            assertThat(read.rowsNeverSplit()).isTrue();
        }
        assertThat(appendices.get(1).rows().get(1)).contains("福建恒步体育用品有限公司（样例）\n91350500155801216M\n华侨大学");
        assertThat(appendices.get(3).rows().get(1)).contains("代企业编造研发项目和知识产权材料（样例）", "2024年");
    }
}
