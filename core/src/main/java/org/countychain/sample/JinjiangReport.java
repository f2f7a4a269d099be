package org.countychain.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.countychain.chain.Bottleneck;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.KeyTechnology;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.report.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * The 晋江 sample's 《县域重点产业创新链调研报告》 for 纺织鞋服, template edition fujian-2024. The text describes the
 * industry in general, public-knowledge terms; every figure it quotes is computed from the fictional sample data
 * and says so. Universities and institutes in 三.3 are real and described by their public field only; the
 * enterprise, platform and team rows are fictional and marked 样例.
 */
final class JinjiangReport {
    private static final int YEAR = SampleCounty.YEAR;
    /** What a table cell says for a figure the enterprise did not report (every shown enterprise reports them). */
    private static final String NOT_REPORTED = "未填报";

    private JinjiangReport() {
    }

    static ResearchReport report(List<Enterprise> enterprises, ChainMap map) {
        List<ReportItem> items = List.of(
                item11(enterprises),
                item12(map),
                ReportItem.ofParagraphs("2.1", PARAS_21),
                ReportItem.ofParagraphs("2.2", PARAS_22),
                ReportItem.ofParagraphs("2.3", PARAS_23),
                ReportItem.ofParagraphs("3.1", PARAS_31),
                ReportItem.ofParagraphs("3.2", PARAS_32),
                ReportItem.ofParagraphs("3.3", "下表列出本产业链科技创新的优势单位和团队，供项目组织、揭榜挂帅和成果对接参考。"
                        + "高校、科研院所按其公开的学科和研究方向列出；标注“样例”的企业、平台和团队均为虚构。"));
        return new ResearchReport(SampleCounty.CHAIN_ID + "-" + YEAR, SampleCounty.UNIT_ID, SampleCounty.UNIT_NAME,
                SampleCounty.CHAIN_ID, "纺织鞋服", ReportTemplates.FUJIAN_2024, YEAR,
                List.of(JinjiangEnterprises.JINJIANG), items, advantageUnits(), "晋江市科学技术局（样例）",
                LocalDate.of(YEAR, 10, 15));
    }

    private static ContentBlock p(String text) {
        return new ContentBlock.Paragraph(text);
    }

    private static ReportItem item11(List<Enterprise> enterprises) {
        List<Enterprise> inScope = enterprises.stream().filter(e -> e.aboveScale() && e.manufacturing()).toList();
        long withRd = inScope.stream().filter(e -> latest(e).map(AnnualRdFigures::hasRdInvestment).orElse(false))
                .count();
        long withInstitution = inScope.stream()
                .filter(e -> latest(e).map(AnnualRdFigures::hasRdInstitution).orElse(false)).count();
        long highTech = enterprises.stream().filter(e -> e.isHighTechDuring(YEAR)).count();
        List<ContentBlock> blocks = new ArrayList<>();
        blocks.add(p("纺织鞋服是晋江市的传统优势产业和重要支柱产业。改革开放以来，晋江从家庭作坊式的鞋服加工起步，"
                + "逐步形成了化纤原料、纺纱织造、印染后整理、鞋材辅料、成品制造到品牌营销的较完整产业链，"
                + "运动鞋服、休闲服装和功能面料等细分领域在国内外具有较高知名度，素有“中国鞋都”之称。"));
        blocks.add(p("产业组织上，晋江呈现“龙头品牌带动、中小企业专业配套”的格局：陈埭等镇鞋业企业高度集聚，"
                + "面料、鞋底、鞋材、辅料和专用装备企业就近配套，形成了较短的协作半径和较快的打样、交货能力。"
                + "一批本土运动品牌从代工起步走向自主品牌，带动设计、检测、电商等生产性服务业发展。"));
        blocks.add(p("创新资源方面，龙头企业普遍设立企业技术中心和运动科学实验室，部分企业在省外设立研发和设计中心，"
                + "以“飞地”方式利用外地人才；高校院所通过共建研究院、科技特派员等方式参与企业技术攻关。"
                + "但链上中小企业研发投入偏少、研发机构覆盖面不高的问题仍较突出，是“全覆盖两提升”行动的重点。"));
        blocks.add(p("以本报告所附样例数据集（企业均为虚构）为例：链上共有" + enterprises.size() + "家企业，其中规上制造业企业"
                + inScope.size() + "家；" + YEAR + "年有研发投入的规上制造业企业" + withRd + "家，设有研发机构的"
                + withInstitution + "家；当年处于有效期内的高新技术企业" + highTech + "家。表1列出部分样例企业的研发投入情况。"));
        blocks.add(rdTable(enterprises));
        blocks.add(new ContentBlock.Figure(FigureKind.RD_INTENSITY_CHART,
                "图1 晋江市纺织鞋服产业链样例企业研发强度（" + YEAR + "年，样例数据）", null));
        return new ReportItem("1.1", blocks);
    }

    private static java.util.Optional<AnnualRdFigures> latest(Enterprise e) {
        return e.year(YEAR);
    }

    private static ContentBlock.Table rdTable(List<Enterprise> enterprises) {
        List<SampleEnterprise> shown = List.of(SampleEnterprise.E01, SampleEnterprise.E02, SampleEnterprise.E06,
                SampleEnterprise.E20, SampleEnterprise.E30, SampleEnterprise.E32);
        List<List<String>> rows = new ArrayList<>();
        for (SampleEnterprise s : shown) {
            Enterprise e = enterprises.stream().filter(x -> x.creditCode().equals(s.code)).findFirst().orElseThrow();
            AnnualRdFigures f = e.year(YEAR).orElseThrow();
            rows.add(List.of(e.name(), wan(f.operatingRevenue()), wan(f.rdExpense()),
                    percent(f.rdExpense(), f.operatingRevenue()), f.hasRdInstitution() ? "有" : "无"));
        }
        return new ContentBlock.Table("表1 部分样例企业研发投入情况（" + YEAR + "年，样例数据）",
                List.of("企业名称", "营业收入（万元）", "研发费用（万元）", "研发费用占营业收入比重", "研发机构"), rows);
    }

    private static String wan(@Nullable BigDecimal yuan) {
        if (yuan == null) {
            return NOT_REPORTED;
        }
        return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return NOT_REPORTED;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static ReportItem item12(ChainMap map) {
        List<ContentBlock> blocks = new ArrayList<>();
        blocks.add(p("从技术水平看，晋江纺织鞋服产业在运动鞋中底发泡、功能面料、飞织鞋面和数字化设计等方面积累较快，"
                + "龙头企业已推出采用超临界物理发泡中底、再生纤维面料的产品，部分企业建成了自动裁断、智能吊挂和"
                + "智能仓储相结合的柔性产线。"));
        blocks.add(p("但对照产业创新链图谱（图2），链上仍存在断点、堵点和难点：上游高端差别化纤维、生物基纤维和高回弹"
                + "弹性体原料本地缺少供给，依赖省外和进口；中游印染环节受排污总量约束，绿色工艺放大和园区配套不畅；"
                + "成品制造的缝制、帮底结合等工序仍高度依赖人工；下游中小企业与品牌、平台的数据协同不畅，"
                + "废旧鞋服回收体系尚未建立。表2汇总了图谱上标注的主要卡点。"));
        blocks.add(new ContentBlock.Figure(FigureKind.CHAIN_MAP, "图2 晋江市纺织鞋服产业创新链图谱", null));
        blocks.add(bottleneckTable(map));
        blocks.add(p("总体看，晋江纺织鞋服产业的技术瓶颈集中在“材料—工艺—装备”三个层面：关键材料自主供给不足，"
                + "绿色染整和高性能发泡等工艺的工程化放大能力不足，柔性物料自动化装备和工业软件的本地供给不足。"));
        return new ReportItem("1.2", blocks);
    }

    private static ContentBlock.Table bottleneckTable(ChainMap map) {
        List<List<String>> rows = new ArrayList<>();
        for (ChainLink link : map.links()) {
            for (Bottleneck b : link.bottlenecks()) {
                rows.add(List.of(link.name(), "—", b.kind().label(), b.description()));
            }
            for (KeyTechnology t : link.technologies()) {
                for (Bottleneck b : t.bottlenecks()) {
                    rows.add(List.of(link.name(), t.name(), b.kind().label(), b.description()));
                }
            }
        }
        return new ContentBlock.Table("表2 产业链主要断点、堵点和难点", List.of("环节", "关键技术", "类型", "问题"), rows);
    }

    private static final String[] PARAS_21 = {
        "我国是全球最大的纺织服装和鞋类生产国、消费国和出口国，产业链条完整、配套能力强，"
                + "从化纤、纺纱、织造、印染到服装、鞋类制造和品牌零售各环节均有大批企业。",
        "近年来，国内纺织鞋服产业处在转型升级期：一方面，劳动力等要素成本上升，部分加工环节向中西部和东南亚转移，"
                + "国际订单竞争加剧；另一方面，运动健康、户外休闲消费持续升温，国产运动品牌的市场认可度明显提高，"
                + "带动功能面料、高性能鞋材和设计研发环节加快发展。",
        "产业布局上，福建、浙江、广东、江苏等沿海省份是主要集聚区，形成了若干各具特色的鞋服、面料和化纤产业集群；"
                + "电商和直播等新零售渠道改变了订单结构，小批量、多批次、快速返单成为常态，对供应链的柔性提出了更高要求。",
        "与此同时，国际品牌和主要出口市场对产品的环保、低碳和可追溯要求不断提高，"
                + "再生材料使用、化学品管理和碳足迹核算正在成为进入市场的门槛。"
    };

    private static final String[] PARAS_22 = {
        "纤维材料方面，国内再生涤纶、差别化纤维的产能和技术已较成熟，生物基纤维开始产业化，"
                + "但部分高端弹性体、特种纤维及其专用料仍依赖进口，高品质再生纤维的稳定性有待提高。",
        "染整方面，数码印花、低浴比染色等节水节能技术推广较快，超临界二氧化碳无水染色等颠覆性技术已有示范，"
                + "但染料体系和装备放大尚未完全突破；无氟防水等绿色功能整理的性能与传统工艺仍有差距。",
        "制造方面，裁断、吊挂、仓储等环节的自动化程度明显提高，但鞋面缝制、帮底结合、服装缝纫等柔性物料加工工序"
                + "仍以人工为主，自动抓取、视觉识别和柔性装配是行业共同的难点；高端电脑横机、工业设计软件国产化程度不高。",
        "设计与评价方面，三维设计、虚拟样衣和运动生物力学测试已在头部企业应用，"
                + "但中小企业数字化设计能力弱，功能评价方法和标准体系有待完善。"
    };

    private static final String[] PARAS_23 = {
        "绿色低碳与循环化：再生纤维、生物基材料、无水或少水染整、无氟整理和废旧纺织品高值化回收将加快推广，"
                + "产品碳足迹核算和绿色供应链管理成为品牌竞争的重要内容。",
        "功能化与高性能化：围绕运动健康需求，轻量高回弹中底、功能面料、智能穿戴等产品持续迭代，"
                + "材料—结构—功能一体化设计成为研发重点。",
        "数字化与智能化：三维设计、虚拟样衣、工业互联网和智能工厂将贯通设计、生产和销售，"
                + "以数据驱动的柔性快反供应链成为中小企业融入品牌体系的关键。",
        "科学化与标准化：运动生物力学、人体工学和功能评价方法将更多进入产品开发，"
                + "企业主导或参与制定团体标准、行业标准的意愿增强。"
    };

    private static final String[] PARAS_31 = {
        "强链补链延链。围绕化纤原料、高回弹弹性体和高端装备等断点，以龙头企业需求为牵引开展精准招商和产业链招商，"
                + "引进一批关键材料和装备项目；支持龙头企业带动配套企业协同发展，提高本地配套率。",
        "推进绿色转型。统筹印染产能与排污总量，完善园区集中治污和中水回用设施，"
                + "对无水染色、低浴比染色、无氟整理等绿色工艺技改项目开辟审批绿色通道。",
        "加快数字化改造。分行业推出中小企业数字化改造样板，推广工业互联网协同平台，"
                + "打通品牌商、工厂和面辅料企业之间的订单、设计和产能数据。",
        "完善循环利用体系。探索建立废旧鞋服回收、分拣和再生利用体系，支持再生材料在本地品牌产品中应用。",
        "用好“飞地”资源。依托科创飞地和异地研发机构，柔性引进设计、材料和数字化人才，形成“研发在外、转化在晋江”的合作模式。"
    };

    private static final String[] PARAS_32 = {
        "实施“全覆盖两提升”精准帮扶。对无研发投入、无研发机构、无发明专利的规上制造业企业建立“一对一”服务清单，"
                + "指导企业规范研发费用归集、建立研发机构和申报专利；鼓励企业建立研发准备金制度。",
        "用足用好惠企政策。推动高新技术企业全部建立研发辅助账并享受所得税优惠，"
                + "指导有研发投入的企业享受研发费用加计扣除，引导科技贷支持链上科技型中小企业；"
                + "对研发费用占营业收入比重高于5%或年度自主研发费用2000万元以上的企业优先推荐申报科技计划项目。",
        "加强监测与培育。会同工信、统计部门开展规上企业研发投入监测，避免企业在科技部门立有项目但统计报表研发为零的情况；"
                + "对照高新技术企业认定条件逐一分析链上科技型企业差距，实施分类培育。",
        "技术攻关方向：（1）超临界物理发泡中底工艺与高回弹弹性体专用料；（2）再生涤纶、生物基纤维高品质纺丝；"
                + "（3）超临界二氧化碳无水染色、无氟防水透湿整理；（4）飞织鞋面智能设计与编织程序自动生成；"
                + "（5）视觉点胶、帮底结合等柔性物料自动化装备；（6）运动生物力学评价与数字化设计；"
                + "（7）废旧涤棉混纺织物化学法回收与EVA鞋材再生。",
        "组织方式上，以产业链科技特派团为纽带，采用“揭榜挂帅”方式组织攻关，依托中试平台和概念验证中心加快成果熟化，"
                + "对接全省科技成果转移转化公共服务平台，推动技术需求清单与科技成果清单“两张清单”精准匹配。"
    };

    private static List<AdvantageUnit> advantageUnits() {
        return List.of(
                new AdvantageUnit("东华大学", UnitKind.UNIVERSITY, "纺织科学与工程、功能纤维",
                        "纺织学科综合实力强，在纤维材料、功能纺织品方面研究积累深厚", null),
                new AdvantageUnit("江南大学", UnitKind.UNIVERSITY, "纺织化学与染整工程",
                        "在生态染整、纺织化学品方面有较强研究力量", null),
                new AdvantageUnit("华侨大学", UnitKind.UNIVERSITY, "材料科学与工程",
                        "地处泉州、厦门，长期服务闽南制造业，在高分子材料方面有研究基础", null),
                new AdvantageUnit("中国科学院海西研究院泉州装备制造研究中心", UnitKind.RESEARCH_INSTITUTE,
                        "智能装备、先进制造", "扎根泉州，面向鞋服等传统产业开展装备与工艺研发", null),
                new AdvantageUnit("泉州纺织服装职业学院", UnitKind.UNIVERSITY, "服装设计与工艺、技能人才培养",
                        "面向闽南纺织服装产业培养设计和技术技能人才", null),
                new AdvantageUnit(SampleEnterprise.E01.name, UnitKind.ENTERPRISE, "运动鞋服、超临界发泡中底",
                        "省级企业技术中心（样例），链主企业（虚构）", "刘振宇（样例） 13800000106"),
                new AdvantageUnit("晋江鞋服新材料中试平台（样例）", UnitKind.PLATFORM, "鞋材、面料中试",
                        "提供发泡、染整小批量中试与检测服务（虚构）", "0595-85550201"),
                new AdvantageUnit("晋江市纺织鞋服产业链科技特派团（样例）", UnitKind.TEAM, "材料、染整、装备、数字化设计",
                        "一链一团，揭榜挂帅组织攻关（虚构）", "郑文博（样例） 13800000101"));
    }
}
