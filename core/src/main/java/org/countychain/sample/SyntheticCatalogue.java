package org.countychain.sample;

import java.util.List;
import java.util.Map;

/**
 * The fixed vocabulary of the synthetic generator: kinds of county key chain (name, GB/T 4754 code, aliases, words
 * for enterprise names, three links and three key technologies), the real key industries of some Fujian counties
 * (from the project's reference list of typical county industries), each city's shared theme chain, and name
 * pools. None of it depends on the seed.
 */
final class SyntheticCatalogue {
    private SyntheticCatalogue() {
    }

    /** A kind of chain; everything is Chinese text for people except {@code slug}, used in ids. */
    record ChainKind(String name, String slug, String industryCode, List<String> aliases, List<String> words,
                     List<String> links, List<String> technologies) {
    }

    private static ChainKind k(String name, String slug, String code, String aliases, String words, String links,
                               String technologies) {
        return new ChainKind(name, slug, code, split(aliases), split(words), split(links), split(technologies));
    }

    private static List<String> split(String text) {
        return List.of(text.split("\\|"));
    }

    /** Chain kinds named by the reference list of typical county industries. */
    static final List<ChainKind> NAMED = List.of(
            k("纺织鞋服", "textile-footwear", "C19", "鞋服纺织|纺织服装", "鞋业|服饰|纺织科技|鞋材",
                    "化纤与面料|鞋服制造|品牌营销", "功能面料|超临界发泡中底|柔性快反制造"),
            k("集成电路", "integrated-circuits", "C3973", "芯片|半导体", "半导体|微电子|芯科技",
                    "设计与材料|晶圆制造|封装测试", "特色工艺|化合物半导体|先进封装"),
            k("陶瓷", "ceramics", "C307", "日用陶瓷|工艺陶瓷", "陶瓷|瓷业|陶艺",
                    "原料与釉料|成型烧成|设计与品牌", "高白瓷泥料|低温快烧|数字化设计"),
            k("茶", "tea", "C1530", "茶产业|精制茶", "茶业|茶叶|茶品",
                    "茶园种植|精制加工|品牌营销", "生态茶园管理|清洁化连续化加工|茶叶深加工"),
            k("藤铁工艺", "rattan-iron-crafts", "C2439", "藤铁家居|工艺家居", "工艺品|家居|藤铁",
                    "原料与五金|编织与焊接|设计与外贸", "仿藤新材料|机器人焊接|家居设计"),
            k("电机电器", "motors", "C381", "中小型电机|电机", "电机|电器|机电",
                    "硅钢与铜材|电机制造|整机应用", "高效电机设计|自动化绕线|智能控制"),
            k("食用菌", "edible-fungi", "C1372", "菌菇|银耳", "食用菌|菌业|生物科技",
                    "菌种与基质|栽培与加工|流通与品牌", "菌种选育|工厂化栽培|精深加工"),
            k("纺织服装", "textile-garments", "C18", "服装|纺织", "服装|制衣|织造",
                    "纺纱织造|服装制造|品牌营销", "功能面料|智能缝制|数字化设计"),
            k("纺织", "textile", "C17", "化纤纺织|纺织化纤", "纺织|化纤|织造",
                    "化纤原料|纺纱织造|染整后整理", "差别化纤维|高效织造|绿色染整"),
            k("现代纺织服装", "modern-textile-garments", "C17", "纺织服装|纺织化纤", "纺织|化纤|服饰",
                    "化纤原料|纺纱织造|服装制造", "锦纶聚合纺丝|经编织造|绿色印染"),
            k("新型显示", "new-display", "C3974", "显示面板|光电显示", "光电|显示科技|电子",
                    "材料与器件|面板制造|模组与终端", "玻璃基板|微型发光二极管显示|柔性显示"),
            k("鲍鱼", "abalone", "A0411", "鲍鱼养殖|海水养殖", "水产|海洋生物|渔业",
                    "苗种繁育|养殖|精深加工", "良种选育|病害防控|冷链加工"),
            k("河鲀水产品", "puffer-fish", "A0411", "河豚|河鲀养殖", "水产|食品|海洋",
                    "苗种|养殖|加工", "控毒养殖|精深加工|冷链物流"),
            k("绿色石化", "petrochemicals", "C2511", "石油化工|石化", "石化|化工|新材料",
                    "炼化|化工新材料|下游制品", "炼化一体化|高端聚烯烃|安全环保"),
            k("高端阀门", "valves", "C3443", "阀门|机械装备", "阀门|机械|流体",
                    "铸锻件|阀门制造|工程应用", "精密铸造|密封材料|智能阀门"),
            k("氟新材料", "fluorine-materials", "C2619", "氟化工|含氟材料", "氟化工|新材料|化学",
                    "萤石与氢氟酸|含氟精细化学品|含氟聚合物", "电子级氢氟酸|含氟聚合物合成|副产物循环"));

    /** Chain kinds used as city themes and to give every county at least two chains. */
    static final List<ChainKind> GENERIC = List.of(
            k("机械装备", "machinery", "C34", "装备制造|通用设备", "机械|装备|重工",
                    "零部件|整机制造|运维服务", "精密加工|智能控制|远程运维"),
            k("电子信息", "electronics", "C39", "电子|信息制造", "电子|科技|信息",
                    "元器件|整机制造|软件与服务", "传感器|嵌入式系统|工业软件"),
            k("鞋业", "footwear", "C195", "制鞋|鞋服", "鞋业|鞋材|体育用品",
                    "鞋材|成鞋制造|品牌营销", "鞋底发泡|自动化制鞋|功能设计"),
            k("新材料", "new-materials", "C2659", "先进材料|化工新材料", "新材料|材料科技|化学",
                    "原料|材料制备|应用", "改性工艺|复合材料|表征检测"),
            k("食品加工", "food-processing", "C14", "食品|农副食品加工", "食品|食业|饮品",
                    "原料基地|加工制造|冷链与销售", "保鲜技术|智能化生产线|食品安全检测"),
            k("竹木加工", "bamboo-wood", "C20", "竹产业|木竹制品", "竹业|木业|家居",
                    "竹木原料|加工制造|家居应用", "竹材改性|重组竹|环保胶黏剂"),
            k("环保装备", "environmental-equipment", "C359", "环保机械|节能环保", "环保|机械|环境科技",
                    "核心部件|整机制造|工程服务", "除尘脱硫|固废处理|智能监测"),
            k("锂电新能源", "lithium-battery", "C3841", "新能源电池|锂电池", "新能源|电池|锂电",
                    "正负极材料|电芯制造|储能与回收", "高镍正极|固态电池|电池回收"),
            k("水产品加工", "seafood-processing", "C136", "海产品加工|水产加工", "水产|食品|海洋",
                    "捕捞养殖|加工|冷链销售", "超低温冷冻|副产物利用|即食加工"),
            k("建材", "building-materials", "C30", "新型建材|绿色建材", "建材|新材料|石业",
                    "原料|建材制造|工程应用", "固废建材|装配式构件|低碳水泥"),
            k("生物医药", "biomedicine", "C27", "医药|生物制药", "药业|生物|医疗",
                    "原料药|制剂|医疗器械", "合成生物|缓释制剂|质量一致性"),
            k("家居", "furniture", "C21", "家具|定制家居", "家居|家具|木业",
                    "板材|家具制造|设计营销", "定制柔性生产|环保涂装|智能家居"),
            k("汽车零部件", "auto-parts", "C367", "汽配|汽车配件", "汽配|机电|精密",
                    "材料与铸件|零部件制造|整车配套", "轻量化|精密成形|电驱系统"),
            k("石材", "stone", "C3032", "石材加工|建筑石材", "石业|石材|建材",
                    "荒料|石材加工|装饰应用", "智能切割|废料利用|仿石材料"),
            k("冶金", "metallurgy", "C31", "钢铁|金属冶炼", "钢铁|金属|冶金",
                    "原料|冶炼|深加工", "短流程炼钢|特种钢|节能减排"),
            k("光伏", "photovoltaic", "C3825", "太阳能|光伏新能源", "光伏|能源|光电",
                    "硅料硅片|电池组件|电站应用", "异质结电池|组件封装|智能运维"));

    /** Real key industries of some counties (reference list of typical county industries), in list order. */
    static final Map<String, List<String>> COUNTY_INDUSTRIES = Map.ofEntries(
            Map.entry("350582", List.of("纺织鞋服", "集成电路")),
            Map.entry("350526", List.of("陶瓷")),
            Map.entry("350524", List.of("茶", "藤铁工艺")),
            Map.entry("350981", List.of("电机电器")),
            Map.entry("350922", List.of("食用菌")),
            Map.entry("350821", List.of("纺织服装")),
            Map.entry("350426", List.of("纺织")),
            Map.entry("350112", List.of("现代纺织服装", "新型显示")),
            Map.entry("350824", List.of("新型显示")),
            Map.entry("350123", List.of("鲍鱼")),
            Map.entry("350623", List.of("河鲀水产品", "绿色石化")),
            Map.entry("350725", List.of("高端阀门")),
            Map.entry("350423", List.of("氟新材料")));

    /**
     * Each city-level unit's theme chain, shared by every other county of the city so that chains repeat inside
     * a city (R3 consolidation).
     */
    static final Map<String, String> CITY_THEMES = Map.ofEntries(
            Map.entry("350100", "现代纺织服装"),
            Map.entry("350200", "电子信息"),
            Map.entry("350300", "鞋业"),
            Map.entry("350400", "新材料"),
            Map.entry("350500", "纺织鞋服"),
            Map.entry("350600", "食品加工"),
            Map.entry("350700", "竹木加工"),
            Map.entry("350800", "环保装备"),
            Map.entry("350900", "锂电新能源"),
            Map.entry("PINGTAN", "水产品加工"));

    static ChainKind kind(String name) {
        for (ChainKind k : NAMED) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        for (ChainKind k : GENERIC) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new IllegalStateException("no chain kind " + name);
    }

    /** First characters of trade names (字号). */
    static final String TRADE_1 = "恒鸿华嘉锦金隆明鹏瑞盛顺泰伟鑫兴旭亚益永裕源远泽正志中众卓新宏海昌诚达丰福冠国和";
    /** Second characters of trade names. */
    static final String TRADE_2 = "达发丰富光广辉佳建捷凯康立利林龙茂美铭宁平强荣润晟胜实通威祥信星阳耀怡逸优宇元运";
    /** Surnames and given-name characters of synthetic people. */
    static final String SURNAMES = "陈林黄张吴王李郑刘杨许蔡洪邱曾廖赖周谢郭";
    static final String GIVEN = "文建志明华国伟海东平晓丽敏静涛军斌勇强鹏";

    /** Places of enclave platforms. */
    static final List<String> ENCLAVE_PLACES = List.of("上海市", "深圳市", "北京市", "杭州市", "厦门市");
    static final List<String> ENCLAVE_CODES = List.of("310000", "440300", "110000", "330100", "350200");

    /** Other provinces' division codes seen in the division part of credit codes of enterprises that moved. */
    static final List<String> OTHER_PROVINCE_CODES = List.of("330782", "440300", "310115", "320583", "330106");

    /** Organisations synthetic commissioners come from; fictional. */
    static final List<String> ORGANISATIONS = List.of("省内某高校材料学院（合成）", "省内某高校机械学院（合成）",
            "省外某科研院所（合成）", "某省级重点实验室（合成）", "某龙头企业研究院（合成）", "省内某农林高校（合成）");
}
