package org.countychain.sample;

import static org.countychain.sample.JinjiangEnterprises.JINJIANG;
import static org.countychain.sample.JinjiangEnterprises.m;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.countychain.chain.Achievement;
import org.countychain.chain.AchievementOrigin;
import org.countychain.chain.ActorKind;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainReference;
import org.countychain.chain.ChainScale;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.MoneyUnit;
import org.countychain.chain.StageKind;
import org.countychain.chain.TechnologyDemand;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.platform.EnclaveLocation;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TaskStatus;
import org.countychain.talent.TeamFormation;
import org.countychain.talent.TeamMode;
import org.countychain.talent.TeamResult;
import org.jspecify.annotations.Nullable;

/**
 * The 晋江 sample's chain with its innovation map, its S&amp;T commissioner team, platforms, the two lists of R4
 * and the intermediary watch list. Universities and institutes named as actors or owners are real institutions
 * named for their public field only; every person, enterprise, platform, task and achievement is fictional and
 * marked 样例.
 */
final class JinjiangChain {
    static final String FIBER = "fiber";
    static final String YARN_FABRIC = "yarn-fabric";
    static final String DYEING = "dyeing-finishing";
    static final String SHOE_MATERIALS = "shoe-materials";
    static final String MANUFACTURING = "manufacturing";
    static final String BRAND = "brand-marketing";
    static final String RECYCLING = "recycling";

    private static final String CHAIN = SampleCounty.CHAIN_ID;
    /** The id of the chain's S&amp;T commissioner team. */
    static final String TEAM_ID = "350582-textile-footwear-team";
    private static final String TEAM_NAME = "晋江市纺织鞋服产业链科技特派团（样例）";
    /** The city-level team recorded in 晋江's data set that serves 石狮's chain too. */
    static final String CITY_TEAM_ID = "350500-footwear-team";

    private JinjiangChain() {
    }

    /**
     * The id of the PEBA breakpoint on the foaming technology: given by the county, so it stays when the map is
     * reordered. The other bottlenecks and technologies have the ids the map derives from their place
     * ({@code shoe-materials-t1-b2}).
     */
    static final String PEBA = "sm-peba-import";

    /**
     * What each demand, achievement, task and platform of the sample is aimed at ({@code targetIds}). Five
     * bottlenecks have nothing aimed at them (R4): fiber-b1, fiber-t2-b1 (only an achievement), yarn-fabric-t3-b1,
     * dyeing-finishing-b1, recycling-b1.
     */
    private static final Map<String, List<String>> TARGETS = Map.ofEntries(
            Map.entry("350582-d01", List.of("shoe-materials-t1-b2")),
            Map.entry("350582-d02", List.of(PEBA)),
            Map.entry("350582-d03", List.of("fiber-t1")),
            Map.entry("350582-d04", List.of("dyeing-finishing-t1-b1")),
            Map.entry("350582-d05", List.of("yarn-fabric-t1-b1")),
            Map.entry("350582-d06", List.of("manufacturing-b1")),
            Map.entry("350582-d08", List.of("dyeing-finishing-t3-b1")),
            Map.entry("350582-d09", List.of("recycling-t1-b1")),
            Map.entry("350582-d11", List.of("brand-marketing-b1")),
            Map.entry("350582-a02", List.of(PEBA)),
            Map.entry("350582-a04", List.of("fiber-t2")),
            Map.entry("350582-a10", List.of("manufacturing-b1")),
            Map.entry("350582-a15", List.of("recycling-t1-b1")));

    /** Planned investment (计划投入) of the demands that state one, yuan. */
    private static final Map<String, String> PLANNED = Map.of("350582-d01", "3000000.00", "350582-d02", "5000000.00",
            "350582-d04", "2000000.00");

    private static List<String> targets(String id) {
        return TARGETS.getOrDefault(id, List.of());
    }

    private static Bottleneck breakpoint(String text) {
        return new Bottleneck(BottleneckKind.BREAKPOINT, text);
    }

    private static Bottleneck blockage(String text) {
        return new Bottleneck(BottleneckKind.BLOCKAGE, text);
    }

    private static Bottleneck hardProblem(String text) {
        return new Bottleneck(BottleneckKind.HARD_PROBLEM, text);
    }

    private static KeyTechnology tech(String name, String description, Bottleneck... bottlenecks) {
        return new KeyTechnology(name, description, List.of(bottlenecks));
    }

    private static ChainActor enterprise(SampleEnterprise e) {
        return new ChainActor(e.name, ActorKind.ENTERPRISE, e.code);
    }

    private static ChainActor university(String name) {
        return new ChainActor(name, ActorKind.UNIVERSITY, null);
    }

    private static ChainActor institute(String name) {
        return new ChainActor(name, ActorKind.RESEARCH_INSTITUTE, null);
    }

    static IndustryChain chain() {
        // Scale figures are fictional, like the enterprises; the counts are the sample's own (2024: 48, of them 46 above
        // scale).
        return new IndustryChain(CHAIN, "纺织鞋服", "纺织鞋服产业链", JINJIANG, "C19",
                List.of("鞋服纺织", "现代纺织服装", "纺织服装", "鞋服"), true,
                List.of(new ChainScale(2023, m("268000000000.00"), 47, 45, MoneyUnit.HUNDRED_MILLION_YUAN),
                        new ChainScale(2024, m("281500000000.00"), 48, 46)), map());
    }

    static ChainMap map() {
        ChainLink fiber = new ChainLink(FIBER, "化纤原料", List.of(
                tech("再生涤纶高值化纺丝", "以瓶片和废旧纺织品为原料，生产细旦、高强、功能改性再生涤纶长丝。",
                        hardProblem("再生料杂质含量和特性黏度波动大，细旦高强再生纤维的品质稳定性难以控制。")),
                tech("生物基锦纶与聚乳酸纤维", "以生物基单体聚合纺丝，替代部分石油基纤维。",
                        breakpoint("生物基单体及聚合产能在本地没有布局，原料全部依赖外地。")),
                tech("功能性差别化纤维", "凉感、抗菌、吸湿速干、异形截面等差别化纤维的母粒改性与纺丝。")),
                List.of(enterprise(SampleEnterprise.E04), enterprise(SampleEnterprise.E28),
                        enterprise(SampleEnterprise.E38), university("东华大学")),
                List.of(breakpoint("氨纶、高端差别化长丝等原料本地配套不足，主要从省外和境外采购。")));
        ChainLink fabric = new ChainLink(YARN_FABRIC, "纺纱织造/面料", List.of(
                tech("飞织鞋面无缝编织", "电脑横机一体编织鞋面，减少裁片和缝制工序。",
                        breakpoint("高端电脑横机与花型设计软件以进口为主，本地缺少装备与软件供给。")),
                tech("经编功能网布一体成型", "双针床经编一次成型轻量、高透气网布。"),
                tech("高支高密轻量化面料", "细旦纤维高支高密织造，兼顾轻量与耐磨。",
                        hardProblem("细旦再生纤维织造断头率高，织物强力与耐磨性能不稳定。"))),
                List.of(enterprise(SampleEnterprise.E02), enterprise(SampleEnterprise.E26),
                        enterprise(SampleEnterprise.E19), enterprise(SampleEnterprise.E12),
                        university("江南大学")),
                List.of());
        ChainLink dyeing = new ChainLink(DYEING, "印染后整理", List.of(
                tech("超临界二氧化碳无水染色", "以超临界二氧化碳为介质染色，基本不用水、不排印染废水。",
                        hardProblem("分散染料以外的染料在超临界二氧化碳中溶解性差，适用纤维有限，装备放大难。")),
                tech("数码印花", "小批量、多花色的直喷与转移印花。"),
                tech("无氟防水透湿整理", "以无氟拒水剂替代含氟整理剂，满足出口市场的限用要求。",
                        hardProblem("无氟整理的拒水等级和耐洗性与含氟整理仍有差距。"))),
                List.of(enterprise(SampleEnterprise.E21), enterprise(SampleEnterprise.E31),
                        enterprise(SampleEnterprise.E35), university("江南大学")),
                List.of(blockage("印染产能受排污总量约束，园区集中治污和中水回用配套跟不上，"
                        + "绿色工艺技改项目审批和环评周期长。")));
        ChainLink materials = new ChainLink(SHOE_MATERIALS, "鞋材", List.of(
                tech("超临界流体物理发泡中底", "以超临界氮气或二氧化碳物理发泡TPU、尼龙弹性体等材料，制作高回弹轻量中底。",
                        new Bottleneck(PEBA, BottleneckKind.BREAKPOINT, "高回弹弹性体原料依赖进口",
                                "高回弹聚醚嵌段酰胺（PEBA）等弹性体原料主要依赖进口。"),
                        hardProblem("大尺寸发泡件泡孔均匀性与尺寸收缩控制难，良品率偏低。")),
                tech("低VOC环保大底配方", "橡胶、EVA大底的低气味、低VOC配方与硫化工艺。"),
                tech("碳板与TPU增强片", "跑鞋用碳纤维板、TPU稳定片的成型与贴合。")),
                List.of(enterprise(SampleEnterprise.E20), enterprise(SampleEnterprise.E08),
                        enterprise(SampleEnterprise.E33), enterprise(SampleEnterprise.E25),
                        enterprise(SampleEnterprise.E39), university("华侨大学"),
                        institute("中国科学院海西研究院泉州装备制造研究中心")),
                List.of());
        ChainLink making = new ChainLink(MANUFACTURING, "成品制造", List.of(
                tech("鞋服智能制造与柔性生产线", "自动裁断、吊挂、智能仓储与MES系统贯通的柔性产线。",
                        blockage("中小企业智能化改造投入大、回报周期长，设备与管理系统数据互不相通。")),
                tech("视觉识别自动点胶与帮底结合", "以机器视觉生成喷胶轨迹，机器人完成帮底贴合。"),
                tech("三维足型扫描与个性化定制", "足型数据采集、楦型匹配与小批量定制生产。")),
                List.of(enterprise(SampleEnterprise.E01), enterprise(SampleEnterprise.E06),
                        enterprise(SampleEnterprise.E03), enterprise(SampleEnterprise.E05),
                        enterprise(SampleEnterprise.E24), enterprise(SampleEnterprise.E30),
                        enterprise(SampleEnterprise.E32),
                        institute("中国科学院海西研究院泉州装备制造研究中心")),
                List.of(hardProblem("鞋面缝制、帮底结合等工序仍高度依赖人工，柔性物料的自动抓取与装配技术难度大。")));
        ChainLink brand = new ChainLink(BRAND, "品牌营销", List.of(
                tech("数字化设计与虚拟样衣", "三维设计、虚拟样衣和数字化打版，缩短打样周期。"),
                tech("运动生物力学与功能评价", "足底压力、步态与缓震回弹测试，支撑功能鞋服研发。"),
                tech("数据驱动的柔性快反供应链", "以销售数据驱动小批量、多批次的快速返单。")),
                List.of(enterprise(SampleEnterprise.E01), enterprise(SampleEnterprise.E06),
                        enterprise(SampleEnterprise.E07), enterprise(SampleEnterprise.E41),
                        university("泉州纺织服装职业学院")),
                List.of(blockage("中小企业与品牌商、电商平台之间的订单、设计和生产数据不通，小批量快反订单难以高效承接。")));
        ChainLink recycling = new ChainLink(RECYCLING, "回收再利用", List.of(
                tech("废旧纺织品化学法解聚再生", "以醇解、水解等方法解聚废旧涤纶，得到再生单体或切片。",
                        hardProblem("涤棉混纺和含氨纶织物分离难，化学法解聚的成本高于原生料。")),
                tech("鞋类材料可拆解设计", "减少胶粘、便于分拣的鞋款结构设计。")),
                List.of(enterprise(SampleEnterprise.E28), enterprise(SampleEnterprise.E08)),
                List.of(breakpoint("废旧鞋服的分拣与回收体系尚未建立，再生原料来源不稳定。")));
        return new ChainMap(List.of(
                new ChainStage(StageKind.UPSTREAM, "上游：纤维与面料", List.of(fiber, fabric, dyeing)),
                new ChainStage(StageKind.MIDSTREAM, "中游：鞋材与成品制造", List.of(materials, making)),
                new ChainStage(StageKind.DOWNSTREAM, "下游：品牌营销与循环利用", List.of(brand, recycling))));
    }

    static List<TalentTeam> teams() {
        Commissioner leader = new Commissioner("郑文博（样例）", "华侨大学", "高分子材料与发泡成型", "教授", true,
                "13800000101");
        // The enterprise's designer is a member of the team, not a registered S&T commissioner.
        List<Commissioner> members = List.of(
                new Commissioner("陈思远（样例）", "东华大学", "功能纤维与纺织材料", "副教授", true, "13800000102"),
                new Commissioner("许志伟（样例）", "中国科学院海西研究院泉州装备制造研究中心", "鞋服智能装备", "研究员", true,
                        "13800000103"),
                new Commissioner("黄丽娟（样例）", "江南大学", "生态染整", "教授", true, "13800000104"),
                new Commissioner("吴建华（样例）", "泉州纺织服装职业学院", "服装数字化设计", "副教授", true, "13800000105"),
                new Commissioner("刘振宇（样例）", SampleEnterprise.E01.name, "运动鞋功能设计", "高级工程师", false,
                        "13800000106"));
        List<ChallengeTask> tasks = List.of(
                new ChallengeTask("350582-task1", "超临界物理发泡尼龙弹性体中底量产工艺攻关", SampleEnterprise.E01.name,
                        SampleEnterprise.E01.code, TaskStatus.IN_PROGRESS, "中试线调试中", m("1500000.00"),
                        LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31), List.of(PEBA)),
                new ChallengeTask("350582-task2", "再生涤纶功能面料超临界二氧化碳无水染色中试", SampleEnterprise.E02.name,
                        SampleEnterprise.E02.code, TaskStatus.COMPLETED, null, m("800000.00"),
                        LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31), List.of("dyeing-finishing-t1")),
                new ChallengeTask("350582-task3", "鞋面帮底结合视觉点胶与机器人贴合工作站", SampleEnterprise.E32.name,
                        SampleEnterprise.E32.code, TaskStatus.TAKEN, null, m("1000000.00"), LocalDate.of(2024, 9, 1),
                        LocalDate.of(2025, 8, 31), List.of("manufacturing-b1")),
                new ChallengeTask("废旧涤棉混纺鞋服化学法分离回收技术", "晋江市科技局（样例）", TaskStatus.OPEN, null,
                        List.of("recycling-t1-b1")));
        List<TeamResult> results = List.of(
                new TeamResult(2024, "完成再生涤纶面料无水染色中试工艺包1套，在合作企业试产（样例数据）。", true,
                        m("200000.00"), "350582-task2"),
                new TeamResult(2024, "帮助3家企业规范研发费用归集和研发辅助账，推动2家企业建立研发中心（样例数据）。", true,
                        m("50000.00"), null),
                new TeamResult(2024, "举办鞋服新材料技术对接会2场（样例数据）。", false));
        return List.of(new TalentTeam(TEAM_ID, TEAM_NAME, JINJIANG, TeamMode.ONE_CHAIN_ONE_TEAM,
                TeamFormation.GROUP_SELECTION, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), List.of(CHAIN),
                leader, members, tasks, results), cityTeam());
    }

    /**
     * A city-level team (市级科技特派团), recorded in 晋江's data set, serving the footwear industry of 晋江 and of
     * 石狮 (350581): one industry, one team, over two counties' chains.
     */
    private static TalentTeam cityTeam() {
        Commissioner leader = new Commissioner("林海峰（样例）", "泉州师范学院", "鞋服材料检测", "教授", true,
                "13800000111");
        List<Commissioner> members = List.of(
                new Commissioner("蔡雅琴（样例）", "黎明职业大学", "鞋服智能制造", "副教授", true, "13800000112"),
                new Commissioner("施国栋（样例）", "石狮市鞋服产业技术服务中心（样例）", "检验检测", "工程师", false,
                        "13800000113"));
        List<ChallengeTask> tasks = List.of(new ChallengeTask("350500-task1", "发泡中底材料回弹性能快速检测方法",
                "泉州市科学技术局（样例）", null, TaskStatus.TAKEN, "检测方法草案已提交专家论证", m("400000.00"),
                LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30), List.of(PEBA)));
        List<TeamResult> results = List.of(new TeamResult(2024, "为晋江、石狮12家鞋企开展中底材料检测服务（样例数据）。", true,
                m("80000.00"), "350500-task1"));
        return new TalentTeam(CITY_TEAM_ID, "泉州市鞋服产业科技特派团（样例）", JINJIANG, TeamMode.ONE_INDUSTRY_ONE_TEAM,
                TeamFormation.CHALLENGE_LIST, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31), List.of(CHAIN),
                List.of(new ChainReference(DivisionCode.of("350581"), "350581-apparel")), leader, members, tasks,
                results);
    }

    static List<InnovationPlatform> platforms() {
        List<String> chains = List.of(CHAIN);
        return List.of(
                // Built jointly by an enterprise and a university (which the sample gives no credit code).
                new InnovationPlatform("350582-p01", "晋江鞋服新材料中试平台（样例）", PlatformType.PILOT_TEST_PLATFORM,
                        InstitutionLevel.PROVINCIAL, JINJIANG, chains, SampleEnterprise.E01.code, null,
                        List.of("shoe-materials-t1"),
                        List.of(new HostOrganisation(SampleEnterprise.E01.name, SampleEnterprise.E01.code),
                                new HostOrganisation("华侨大学", null)),
                        List.of("shoe-materials", "dyeing-finishing"), LocalDate.of(2020, 6, 18),
                        LocalDate.of(2022, 11, 30), List.of("发泡鞋材中试", "染整小批量试产", "检验检测")),
                new InnovationPlatform("350582-p02", "晋江纺织鞋服概念验证中心（样例）",
                        PlatformType.PROOF_OF_CONCEPT_CENTER, InstitutionLevel.CITY, JINJIANG, chains, null, null),
                new InnovationPlatform("350582-p03", "晋江纺织鞋服产业共性技术平台（样例）",
                        PlatformType.COMMON_TECHNOLOGY_PLATFORM, InstitutionLevel.PROVINCIAL, JINJIANG, chains, null,
                        null, List.of("manufacturing-t1"),
                        List.of(new HostOrganisation("中国科学院海西研究院泉州装备制造研究中心", null)),
                        List.of("manufacturing"), LocalDate.of(2019, 3, 1), LocalDate.of(2021, 12, 20),
                        List.of("智能装备共性技术研发", "产线数字化诊断")),
                new InnovationPlatform("350582-p04", "功能面料企业重点实验室（样例）", PlatformType.ENTERPRISE_KEY_LAB,
                        InstitutionLevel.PROVINCIAL, JINJIANG, chains, SampleEnterprise.E02.code, null, List.of(),
                        List.of(new HostOrganisation(SampleEnterprise.E02.name, SampleEnterprise.E02.code)),
                        List.of("yarn-fabric"), LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 10),
                        List.of("功能面料开发", "面料性能检测")),
                new InnovationPlatform("350582-p05", "晋江鞋服产业技术研究院（样例）", PlatformType.NEW_RD_INSTITUTION,
                        InstitutionLevel.PROVINCIAL, JINJIANG, chains, null, null),
                new InnovationPlatform("350582-p06", "晋江纺织鞋服（上海）科创飞地（样例）",
                        PlatformType.ENCLAVE_RD_INSTITUTION, InstitutionLevel.CITY, JINJIANG, chains,
                        SampleEnterprise.E06.code, new EnclaveLocation("上海市", DivisionCode.of("310000"))),
                new InnovationPlatform("350582-p07", "鞋服创意设计众创空间（样例）", PlatformType.MAKER_SPACE,
                        InstitutionLevel.COUNTY, JINJIANG, chains, null, null),
                new InnovationPlatform("350582-p08", "晋江鞋服科技企业孵化器（样例）", PlatformType.INCUBATOR,
                        InstitutionLevel.CITY, JINJIANG, chains, null, null));
    }

    private static TechnologyDemand demand(String id, String title, String description, String linkId,
                                           String industryCode, @Nullable SampleEnterprise proposer,
                                           String... keywords) {
        return new TechnologyDemand(id, title, description, CHAIN, linkId, JINJIANG, industryCode,
                proposer == null ? null : proposer.name, proposer == null ? null : proposer.code,
                List.of(keywords), PLANNED.containsKey(id) ? m(PLANNED.get(id)) : null, targets(id));
    }

    static List<TechnologyDemand> demands() {
        return List.of(
                demand("350582-d01", "超临界物理发泡中底尺寸稳定性控制技术",
                        "大尺寸TPU、尼龙弹性体发泡中底出模后收缩不一致，需要泡孔结构与定型工艺的控制方法，良品率提高到95%以上。",
                        SHOE_MATERIALS, "C1951", SampleEnterprise.E01, "超临界发泡", "中底", "尺寸稳定性", "TPU"),
                demand("350582-d02", "高回弹尼龙弹性体发泡专用料国产化",
                        "寻求可替代进口PEBA的尼龙弹性体发泡专用料，回弹率、密度与耐黄变性能满足跑鞋中底要求。",
                        SHOE_MATERIALS, "C2924", SampleEnterprise.E20, "尼龙弹性体", "高回弹", "进口替代"),
                demand("350582-d03", "再生涤纶细旦高强长丝品质稳定控制",
                        "瓶片再生涤纶纺制细旦高强长丝时断头多、染色不匀，需要在线增黏、过滤与质量追溯技术。",
                        FIBER, "C2822", SampleEnterprise.E28, "再生涤纶", "细旦", "纺丝", "增黏"),
                demand("350582-d04", "涤纶面料超临界二氧化碳无水染色工艺放大",
                        "已完成小试，需要中试装备与工艺包，解决批次色差和釜体放大问题。",
                        DYEING, "C1752", SampleEnterprise.E02, "无水染色", "超临界二氧化碳", "印染", "节水"),
                demand("350582-d05", "飞织鞋面花型智能设计与编织程序自动生成",
                        "花型设计到横机程序依赖人工转换，需要自动生成编织程序的软件，缩短打样周期。",
                        YARN_FABRIC, "C1751", SampleEnterprise.E26, "飞织", "鞋面", "花型设计", "横机"),
                demand("350582-d06", "鞋面帮底结合视觉点胶与自动贴合",
                        "多鞋型混线生产时喷胶轨迹需人工示教，需要视觉识别自动生成轨迹并与机器人贴合联动。",
                        MANUFACTURING, "C3552", SampleEnterprise.E32, "视觉识别", "点胶", "自动化", "帮底结合"),
                demand("350582-d07", "低VOC水性胶粘剂与无溶剂贴合工艺",
                        "溶剂型胶粘剂VOC排放高，需要初粘力和耐水解性能达标的水性胶及配套工艺。",
                        MANUFACTURING, "C1951", SampleEnterprise.E03, "水性胶", "VOC", "贴合"),
                demand("350582-d08", "功能面料无氟防水透湿整理",
                        "出口订单要求不含全氟化合物，需要耐洗20次后仍保持较高拒水等级的无氟整理技术。",
                        DYEING, "C1752", SampleEnterprise.E35, "无氟防水", "透湿", "功能整理"),
                demand("350582-d09", "废旧涤棉混纺鞋服化学法分离回收",
                        "需要成本可控的涤棉分离与涤纶解聚再生技术，建设示范线。",
                        RECYCLING, "C2822", null, "化学回收", "醇解", "涤棉分离", "循环利用"),
                demand("350582-d10", "运动鞋缓震性能评价与生物力学测试方法",
                        "需要建立足底压力、步态与缓震回弹的测试和评价方法，支撑功能跑鞋研发与宣传合规。",
                        BRAND, "C1951", SampleEnterprise.E07, "生物力学", "缓震", "功能评价", "步态"),
                demand("350582-d11", "鞋服订单与生产数据协同平台",
                        "品牌商、代工厂与面辅料企业之间订单、物料与产能数据不通，需要柔性快反协同平台。",
                        BRAND, "C1811", SampleEnterprise.E05, "柔性供应链", "快反", "工业互联网"),
                demand("350582-d12", "EVA发泡边角料物理回收再利用",
                        "EVA大底和中底生产边角料量大，需要再生料掺用比例高且性能稳定的回收技术。",
                        RECYCLING, "C2924", SampleEnterprise.E08, "EVA回收", "鞋材", "循环利用"));
    }

    private static Achievement achievement(String id, String title, String description, String owner, String field,
                                           String industryCode, String linkId, String region, String... keywords) {
        AchievementOrigin origin = region.startsWith("35") ? AchievementOrigin.IN_PROVINCE
                : AchievementOrigin.OUT_OF_PROVINCE;
        return new Achievement(id, title, description, owner, field, industryCode, CHAIN, linkId,
                DivisionCode.of(region), List.of(keywords), targets(id), MATURITY.get(id), origin);
    }

    /**
     * The achievements' technology readiness levels (GB/T 22900-2022): most are at pilot scale (6–7), a few still in
     * the laboratory, one without an assessment.
     */
    private static final Map<String, Integer> MATURITY = Map.ofEntries(Map.entry("350582-a01", 7),
            Map.entry("350582-a02", 6), Map.entry("350582-a03", 8), Map.entry("350582-a04", 6),
            Map.entry("350582-a05", 5), Map.entry("350582-a06", 7), Map.entry("350582-a07", 9),
            Map.entry("350582-a08", 4), Map.entry("350582-a09", 6), Map.entry("350582-a10", 7),
            Map.entry("350582-a11", 3), Map.entry("350582-a12", 5), Map.entry("350582-a13", 8),
            Map.entry("350582-a14", 6), Map.entry("350582-a15", 7), Map.entry("350582-a16", 6));

    static List<Achievement> achievements() {
        return List.of(
                achievement("350582-a01", "超临界氮气发泡TPU中底连续化成型技术",
                        "釜压发泡改为连续化模压发泡，泡孔均匀、收缩可控，适合大批量中底生产。",
                        "省内某高校高分子材料团队（样例）", "高分子材料", "C2924", SHOE_MATERIALS, "350500",
                        "超临界发泡", "TPU", "中底", "尺寸稳定性"),
                achievement("350582-a02", "尼龙弹性体合成与发泡专用料",
                        "自主合成聚醚嵌段尼龙弹性体，发泡后回弹与耐黄变性能接近进口材料。",
                        "省外某化工新材料研究所（样例）", "高分子材料", "C2651", SHOE_MATERIALS, "330000",
                        "尼龙弹性体", "高回弹", "进口替代", "发泡专用料"),
                achievement("350582-a03", "瓶片再生涤纶熔体在线增黏直纺技术",
                        "液相增黏与多级过滤结合，再生涤纶特性黏度波动小，可纺细旦长丝。",
                        "省外某化纤装备企业（样例）", "化学纤维", "C2822", FIBER, "330000",
                        "再生涤纶", "增黏", "细旦", "纺丝"),
                achievement("350582-a04", "生物基PA56纤维规模化纺丝技术",
                        "生物基戊二胺与己二酸聚合纺丝，纤维吸湿性好，可用于运动面料。",
                        "省外某生物材料企业（样例）", "生物基材料", "C2831", FIBER, "370000",
                        "生物基", "锦纶", "PA56"),
                achievement("350582-a05", "超临界二氧化碳无水染色成套装备与工艺",
                        "百升级染色釜与工艺包，涤纶筒子纱与织物染色匀染性达到水浴染色水平。",
                        "省外某高校纺织学院（样例）", "染整工程", "C1752", DYEING, "320000",
                        "无水染色", "超临界二氧化碳", "成套装备", "印染"),
                achievement("350582-a06", "涤纶织物短流程低浴比染色工艺",
                        "前处理与染色合一，浴比降低，节水节汽明显。",
                        "示例纺织科学研究院（样例）", "染整工程", "C1752", DYEING, "350100",
                        "低浴比", "节水", "印染"),
                achievement("350582-a07", "无氟拒水整理剂及其应用工艺",
                        "树枝状聚合物无氟拒水剂，耐洗20次后拒水等级保持较好。",
                        "省外某精细化工企业（样例）", "纺织化学品", "C1752", DYEING, "440000",
                        "无氟防水", "功能整理", "整理剂"),
                achievement("350582-a08", "飞织鞋面三维花型自动生成与编织程序转换软件",
                        "从三维鞋面模型自动生成横机编织程序，支持常用电脑横机。",
                        "省内某工业软件企业（样例）", "工业软件", "C1751", YARN_FABRIC, "350200",
                        "飞织", "花型设计", "横机", "鞋面"),
                achievement("350582-a09", "基于机器视觉的鞋面自动喷胶轨迹生成系统",
                        "三维视觉扫描鞋面后自动规划喷胶轨迹，换款无需示教。",
                        "省内某装备研究机构（样例）", "智能装备", "C3552", MANUFACTURING, "350500",
                        "视觉识别", "点胶", "轨迹规划", "自动化"),
                achievement("350582-a10", "柔性鞋面自动抓取与帮底贴合机器人工作站",
                        "柔性夹爪与力控贴合，适应多鞋型混线生产。",
                        "省外某机器人企业（样例）", "工业机器人", "C3552", MANUFACTURING, "440000",
                        "机器人", "帮底结合", "柔性抓取", "自动化"),
                achievement("350582-a11", "鞋用水性聚氨酯胶粘剂",
                        "初粘力高、耐水解，可替代溶剂型胶粘剂，VOC排放显著降低。",
                        "示例化工新材料有限公司（样例）", "胶粘剂", "C2669", MANUFACTURING, "350500",
                        "水性胶", "聚氨酯", "VOC", "贴合"),
                achievement("350582-a12", "基于足底压力与步态分析的运动鞋缓震评价方法",
                        "建立实验室测试与穿着试验结合的缓震回弹评价方法。",
                        "省外某体育科学研究机构（样例）", "运动生物力学", "C1951", BRAND, "110000",
                        "生物力学", "步态", "缓震", "功能评价"),
                achievement("350582-a13", "服装三维虚拟样衣与数字化打版系统",
                        "三维款式设计、面料物理仿真与自动打版，减少实物打样。",
                        "省外某服装数字化企业（样例）", "数字化设计", "C1811", BRAND, "330000",
                        "三维设计", "虚拟样衣", "数字化"),
                achievement("350582-a14", "鞋服行业工业互联网协同制造平台",
                        "打通品牌商、工厂与面辅料供应商的订单、物料和产能数据，支持小单快反。",
                        "省内某工业互联网企业（样例）", "工业互联网", "I6431", BRAND, "350100",
                        "工业互联网", "柔性供应链", "快反"),
                achievement("350582-a15", "废旧涤棉混纺织物醇解分离再生技术",
                        "醇解涤纶组分并回收棉纤维，再生单体可重新聚合纺丝。",
                        "省外某高校化工学院（样例）", "化学工程", "C2822", RECYCLING, "310000",
                        "化学回收", "醇解", "涤棉分离", "循环利用"),
                achievement("350582-a16", "EVA发泡边角料再生利用技术",
                        "EVA边角料粉碎、改性后按比例回掺，大底物性保持稳定。",
                        "省内某高校环境学院（样例）", "资源循环", "C2924", RECYCLING, "350100",
                        "EVA回收", "循环利用", "鞋材"),
                achievement("350582-a17", "高强轻量经编网布一体成型技术",
                        "双针床经编一次成型鞋面网布，克重降低、透气性好。",
                        SampleEnterprise.E01.name, "纺织工程", "C1751", YARN_FABRIC, "350500",
                        "经编", "网布", "轻量化"));
    }

    /**
     * The 2023 edition, circulated in 2024, in force for the 2024 screening; and the 2022 edition, circulated in 2023,
     * which names E23's intermediary: not in force in 2024, so E23 is not flagged.
     */
    static IntermediaryWatchList watchList() {
        IntermediaryWatchList edition2022 = new IntermediaryWatchList(2022, 2023, "省高新技术企业认定管理机构内部通报（样例）",
                List.of(new Intermediary(JinjiangEnterprises.UNLISTED_B, null, "申报材料研发费用归集不实（样例）")),
                List.of());
        return new IntermediaryWatchList(2023, 2024, "省高新技术企业认定管理机构内部通报（样例）", List.of(
                new Intermediary(JinjiangEnterprises.LISTED_A, JinjiangEnterprises.LISTED_A_CODE,
                        "代企业编造研发项目和知识产权材料（样例）"),
                new Intermediary(JinjiangEnterprises.LISTED_B, JinjiangEnterprises.LISTED_B_CODE,
                        "多家服务企业申报材料存在严重失误（样例）")), List.of(edition2022));
    }
}
