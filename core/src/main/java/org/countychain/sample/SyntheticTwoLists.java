package org.countychain.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.countychain.sample.SyntheticCatalogue.ChainKind;

/**
 * Seeded synthetic "two lists" (合成两张清单) at any size, for benchmarks and load tests of the matcher: technology
 * demands and S&amp;T achievements over the 32 chain kinds of the synthetic province (纺织鞋服, 集成电路, 陶瓷, 茶,
 * 锂电新能源, 食品加工, 机械装备, …), each text composed from the kind's links and key technologies and from shared
 * pools of aspects, problems, methods and effects, so that terms have the skewed frequencies of real lists: a few
 * words (技术, 提高) everywhere, chain words in a thirtieth, technology words in a hundredth. The same seed and sizes
 * always give equal lists; ids are {@code syn-d0000001} and {@code syn-a0000001} upward.
 *
 * <pre>{@code
 * SyntheticTwoLists lists = SyntheticTwoLists.generate(42L, 10_000, 100_000);
 * MatchIndex.ofAchievements(lists.achievements()).matchAll(lists.demands(), 5);
 * }</pre>
 *
 * @param demands      the demands
 * @param achievements the achievements
 * @since 0.1.0
 */
public record SyntheticTwoLists(List<TechnologyDemand> demands, List<Achievement> achievements) {
    /** The most entries of either list one call generates. */
    public static final int MAX_SIZE = 5_000_000;

    private static final List<String> ASPECTS = List.of("工艺优化", "关键装备", "质量控制", "在线检测", "国产化替代",
            "节能降耗", "智能化改造", "配方设计", "良品率提升", "绿色低碳", "数字化管理", "可靠性评价", "成本控制",
            "自动化生产线", "性能提升", "标准体系", "寿命预测", "废料循环利用", "精密测量", "柔性制造");
    private static final List<String> PROBLEMS = List.of("良品率低", "能耗偏高", "关键材料依赖进口", "人工成本高",
            "批次一致性差", "检测周期长", "环保压力大", "设备老化", "工艺参数不稳定", "产品附加值低", "交付周期长",
            "核心部件寿命短");
    private static final List<String> METHODS = List.of("基于机器视觉的", "基于数字孪生的", "采用新型催化体系的",
            "连续化", "模块化", "低温", "高精度", "柔性", "多传感器融合的", "多目标优化的", "微波辅助", "超声强化");
    private static final List<String> EFFECTS = List.of("良品率提高到95%以上", "单位能耗降低20%", "生产效率提高一倍",
            "综合成本降低三成", "实现进口替代", "污染物排放显著减少", "检测时间缩短到分钟级", "产品寿命延长一倍");
    private static final List<String> RESULTS = List.of("关键技术", "成套装备", "工艺包", "专用材料", "检测方法",
            "软件系统", "示范线");
    private static final List<String> COUNTIES = List.of("350582", "350526", "350524", "350981", "350922", "350821",
            "350426", "350112", "350824", "350123", "350623", "350725", "350423", "350583", "350681", "350902",
            "350128", "350322", "350481", "350784");
    private static final List<String> REGIONS = List.of("350000", "350100", "350200", "350500", "310000", "320000",
            "330000", "440300", "110000", "370000");

    /**
     * Copies the lists.
     */
    public SyntheticTwoLists {
        demands = Checks.list(demands, "demands");
        achievements = Checks.list(achievements, "achievements");
    }

    /**
     * Generates the two lists.
     *
     * @param seed             the seed; equal seeds and sizes give equal lists
     * @param demandCount      the number of demands, 0 to {@value #MAX_SIZE}
     * @param achievementCount the number of achievements, 0 to {@value #MAX_SIZE}
     * @return the lists
     * @throws InvalidInputException {@link ErrorCode#OUT_OF_RANGE} when a size is out of range
     */
    public static SyntheticTwoLists generate(long seed, int demandCount, int achievementCount) {
        checkSize(demandCount, "demandCount");
        checkSize(achievementCount, "achievementCount");
        SplittableRandom random = new SplittableRandom(seed);
        List<ChainKind> kinds = new ArrayList<>(SyntheticCatalogue.NAMED);
        kinds.addAll(SyntheticCatalogue.GENERIC);
        String[] linkIds = {"up", "mid", "down"};
        List<TechnologyDemand> demands = new ArrayList<>(demandCount);
        for (int i = 1; i <= demandCount; i++) {
            ChainKind kind = kinds.get(random.nextInt(kinds.size()));
            int link = random.nextInt(3);
            String tech = kind.technologies().get(random.nextInt(3));
            String aspect = pick(random, ASPECTS);
            String problem = pick(random, PROBLEMS);
            String title = tech + aspect;
            String description = kind.name() + "企业在" + kind.links().get(link) + "环节" + problem + "，需要" + tech
                    + "方面的" + pick(random, ASPECTS) + "技术，目标是" + pick(random, EFFECTS) + "。";
            demands.add(new TechnologyDemand(String.format(Locale.ROOT, "syn-d%07d", i), title, description, "syn-" + kind.slug(),
                    linkIds[link], DivisionCode.of(pick(random, COUNTIES)), kind.industryCode(), null, null,
                    List.of(tech, aspect, kind.name())));
        }
        List<Achievement> achievements = new ArrayList<>(achievementCount);
        for (int i = 1; i <= achievementCount; i++) {
            ChainKind kind = kinds.get(random.nextInt(kinds.size()));
            int link = random.nextInt(3);
            String tech = kind.technologies().get(random.nextInt(3));
            String method = pick(random, METHODS);
            String result = pick(random, RESULTS);
            String title = method + tech + result;
            String description = "面向" + kind.links().get(link) + "环节的" + tech + pick(random, ASPECTS) + "，"
                    + pick(random, EFFECTS) + "，已在" + kind.words().get(random.nextInt(kind.words().size()))
                    + "企业应用（合成数据）。";
            boolean placed = random.nextInt(2) == 0;
            achievements.add(new Achievement(String.format(Locale.ROOT, "syn-a%07d", i), title, description,
                    pick(random, SyntheticCatalogue.ORGANISATIONS), kind.name(), kind.industryCode(),
                    placed ? "syn-" + kind.slug() : null, placed ? linkIds[link] : null,
                    DivisionCode.of(pick(random, REGIONS)), List.of(tech, pick(random, ASPECTS))));
        }
        return new SyntheticTwoLists(demands, achievements);
    }

    private static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static void checkSize(int size, String field) {
        if (size < 0 || size > MAX_SIZE) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, field, Integer.toString(size), "0.." + MAX_SIZE);
        }
    }
}
