package org.countychain.export.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.BottleneckCoverage;
import org.countychain.dataset.CountyDataset;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.talent.ChallengeTask;
import org.jspecify.annotations.Nullable;

/**
 * The appendix tables drawn from the data set as the county gave it rather than from the rule engine's verdicts: the
 * chain's basic facts and scale, its platforms, its achievements, and the intermediary watch list's editions. A table
 * with nothing to list has one row saying so ({@code 未填报}), so the page never shows an empty grid.
 */
final class DatasetTables {
    static final List<String> CHAIN_HEADER = List.of("年度", "产值", "企业数（家）", "其中规上企业（家）");
    /**
     * Six columns, not one per fact: on a portrait page eight columns beside credit codes, dates and ids left two
     * characters a line. Each cell puts one fact on a line.
     */
    static final List<String> PLATFORM_HEADER = List.of("序号", "平台名称及类型", "依托单位及统一社会信用代码",
            "服务环节及内容", "成立及认定日期", "攻关对象");
    static final List<String> ACHIEVEMENT_HEADER = List.of("序号", "成果名称", "持有单位", "所属环节", "成熟度", "来源",
            "攻关对象");
    static final List<String> WATCH_LIST_HEADER = List.of("序号", "名单年度", "通报年份", "机构名称", "统一社会信用代码",
            "列入原因", "本年度适用");
    static final List<String> DEMAND_HEADER = List.of("序号", "需求编号", "技术需求", "提出企业", "攻关对象",
            "计划投入（万元）", "揭榜任务及状态");
    private static final String NONE = "—";
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private DatasetTables() {
    }

    /** The chain's scale by year, the earliest first, the output value in the unit the county states it. */
    static List<List<String>> chain(@Nullable CountyDataset dataset, String chainId) {
        if (dataset == null) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        dataset.chain(chainId).ifPresent(c -> c.scale().stream().sorted(Comparator.comparingInt(ChainScale::year))
                .forEach(s -> rows.add(List.of(s.year() + "年",
                        s.outputValue() == null ? NONE : s.displayUnit().format(s.outputValue()),
                        s.enterprises() == null ? NONE : s.enterprises().toString(),
                        s.aboveScaleEnterprises() == null ? NONE : s.aboveScaleEnterprises().toString()))));
        return rows.isEmpty() ? List.of(List.of("（未填报）", NONE, NONE, NONE)) : rows;
    }

    /** The chain's facts the scale table does not show, for the note: {@code 产业链全称：…；试点产业链：是；行业代码：C19。}. */
    static String chainNote(CountyDataset dataset, String chainId) {
        Optional<IndustryChain> chain = dataset.chain(chainId);
        if (chain.isEmpty()) {
            return "";
        }
        IndustryChain c = chain.get();
        String pilot = c.pilot() == null ? "未说明" : c.pilot() ? "是" : "否";
        return "产业链全称：" + c.displayFullName() + "；试点产业链：" + pilot + "；国民经济行业代码："
                + (c.industryCode() == null ? "未填报" : c.industryCode()) + "。";
    }

    /**
     * The platforms serving the chain (or every chain: those naming none), in the data set's order: the name above
     * its type and level, each host on a line with its credit code on the next, the links served and what the
     * platform offers there, each date on a line, each target on a line.
     */
    static List<List<String>> platforms(@Nullable CountyDataset dataset, String chainId) {
        if (dataset == null) {
            return List.of();
        }
        ChainMap map = map(dataset, chainId);
        List<List<String>> rows = new ArrayList<>();
        for (InnovationPlatform p : dataset.platforms()) {
            if (!p.chainIds().isEmpty() && !p.chainIds().contains(chainId)) {
                continue;
            }
            String type = p.type().label() + "（" + p.level().label() + "）"
                    + (p.enclave() != null ? "，飞地：" + p.enclave().place() : "");
            String hosts = p.hosts().isEmpty() ? NONE
                    : p.hosts().stream().map(DatasetTables::host).collect(Collectors.joining("\n"));
            String links = p.linkIds().isEmpty() ? "全链"
                    : p.linkIds().stream().map(l -> linkName(map, l)).collect(Collectors.joining("、"));
            String services = p.services().isEmpty() ? links : links + "：" + String.join("、", p.services());
            List<String> dates = new ArrayList<>();
            if (p.establishedOn() != null) {
                dates.add(p.establishedOn() + " 成立");
            }
            if (p.recognisedOn() != null) {
                dates.add(p.recognisedOn() + " 认定");
            }
            rows.add(List.of(Integer.toString(rows.size() + 1), p.name() + "\n" + type, hosts, services,
                    dates.isEmpty() ? NONE : String.join("\n", dates), targets(map, p.targetIds())));
        }
        return rows.isEmpty() ? List.of(List.of(NONE, "（未填报）", NONE, NONE, NONE, NONE)) : rows;
    }

    /** The achievements meant for the chain, in the data set's order. */
    static List<List<String>> achievements(@Nullable CountyDataset dataset, String chainId) {
        if (dataset == null) {
            return List.of();
        }
        ChainMap map = map(dataset, chainId);
        List<List<String>> rows = new ArrayList<>();
        for (Achievement a : dataset.achievements()) {
            if (!chainId.equals(a.chainId())) {
                continue;
            }
            rows.add(List.of(Integer.toString(rows.size() + 1), a.title(), a.owner(),
                    a.linkId() == null ? NONE : linkName(map, a.linkId()), maturity(a),
                    a.origin() == null ? NONE : a.origin().label(), targets(map, a.targetIds())));
        }
        return rows.isEmpty() ? List.of(List.of(NONE, "（未填报）", NONE, NONE, NONE, NONE, NONE)) : rows;
    }

    /**
     * The chain's technology demands in the data set's order: id, title, the proposing enterprise, the bottlenecks or
     * key technologies aimed at by title and id, the planned investment in 万元 (two decimals, as the other money
     * columns), and the challenge tasks of the teams aimed at the same bottlenecks with their status as the county
     * words it ({@code [350582-task1]攻关中：中试线调试中}), a task a line, or {@code 暂无揭榜任务}.
     */
    static List<List<String>> demands(@Nullable CountyDataset dataset, String chainId) {
        if (dataset == null) {
            return List.of();
        }
        ChainMap map = map(dataset, chainId);
        List<BottleneckCoverage.Status> coverage = BottleneckCoverage.of(dataset).stream()
                .filter(s -> s.chain().id().equals(chainId)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (TechnologyDemand d : dataset.demands()) {
            if (!chainId.equals(d.chainId())) {
                continue;
            }
            Set<ChallengeTask> tasks = new LinkedHashSet<>();
            coverage.stream().filter(s -> s.demands().contains(d)).forEach(s -> tasks.addAll(s.tasks()));
            String status = tasks.isEmpty() ? "暂无揭榜任务"
                    // A task a line, its id first: after 中； a renderer found no break before [350500-task1]
                    // and broke the id itself (350500-tas / k1).
                    : tasks.stream().map(DatasetTables::taskStatus).collect(Collectors.joining("\n"));
            rows.add(List.of(Integer.toString(rows.size() + 1), d.id(), d.title(),
                    d.proposer() == null ? NONE : d.proposer(), targets(map, d.targetIds()),
                    d.plannedInvestment() == null ? NONE
                            : d.plannedInvestment().divide(WAN, 2, RoundingMode.HALF_UP).toPlainString(),
                    status));
        }
        return rows.isEmpty() ? List.of(List.of(NONE, NONE, "（未填报）", NONE, NONE, NONE, NONE)) : rows;
    }

    private static String taskStatus(ChallengeTask k) {
        return (k.id() == null ? "" : "[" + k.id() + "]") + k.title() + "：" + k.status().label()
                + (k.statusText() == null ? "" : "，" + k.statusText());
    }

    /**
     * An achievement as the bottleneck table names it: {@code 350582-a02 尼龙弹性体合成与发泡专用料（TRL 6，省外）}, its id
     * alone when the data set does not hold it.
     */
    static String achievement(CountyDataset dataset, String id) {
        Optional<Achievement> found = dataset == null ? Optional.empty()
                : dataset.achievements().stream().filter(a -> a.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            return id;
        }
        Achievement a = found.get();
        List<String> notes = new ArrayList<>();
        if (a.maturity() != null) {
            notes.add(maturity(a));
        }
        if (a.origin() != null) {
            notes.add(a.origin().label());
        }
        return id + " " + a.title() + (notes.isEmpty() ? "" : "（" + String.join("，", notes) + "）");
    }

    /** Every edition of the watch list, the latest year first, one row per entry (one row for an empty edition). */
    static List<List<String>> watchList(@Nullable CountyDataset dataset, int year) {
        IntermediaryWatchList list = dataset == null ? null : dataset.watchList();
        if (list == null) {
            return List.of(List.of(NONE, "（未填报）", NONE, NONE, NONE, NONE, NONE));
        }
        Optional<IntermediaryWatchList> inForce = list.inForce(year);
        List<List<String>> rows = new ArrayList<>();
        for (IntermediaryWatchList e : list.editions()) {
            String applies = inForce.isPresent() && inForce.get().year() == e.year() ? "是" : "否";
            String published = e.publicationYear() + "年" + (e.publishedIn() == null ? "（推定）" : "");
            if (e.entries().isEmpty()) {
                rows.add(List.of(Integer.toString(rows.size() + 1), e.year() + "年", published, "（无）", NONE, NONE,
                        applies));
            }
            for (Intermediary i : e.entries()) {
                rows.add(List.of(Integer.toString(rows.size() + 1), e.year() + "年", published, i.name(),
                        i.creditCode() == null ? NONE : i.creditCode().value(), i.reason() == null ? NONE : i.reason(),
                        applies));
            }
        }
        return rows;
    }

    /** Which edition R12 applies in the year, for the note: {@code 2024年适用2023年度名单（2024年通报）。}. */
    static String watchListNote(CountyDataset dataset, int year) {
        IntermediaryWatchList list = dataset.watchList();
        if (list == null) {
            return "";
        }
        return list.inForce(year).map(e -> year + "年适用" + e.year() + "年度名单（" + e.publicationYear() + "年通报"
                + (e.source() == null ? "" : "，" + e.source()) + "）。")
                .orElse(year + "年尚无已通报的名单。");
    }

    private static String maturity(Achievement a) {
        return a.maturity() == null ? NONE : "TRL " + a.maturity();
    }

    /** A host on a line, its credit code on the next: a code in brackets beside a long name broke in two. */
    private static String host(HostOrganisation h) {
        return h.creditCode() == null ? h.name() : h.name() + "\n" + h.creditCode().value();
    }

    private static @Nullable ChainMap map(CountyDataset dataset, String chainId) {
        return dataset.chain(chainId).map(IndustryChain::map).orElse(null);
    }

    private static String linkName(@Nullable ChainMap map, String linkId) {
        if (map != null) {
            for (ChainLink l : map.links()) {
                if (l.id().equals(linkId)) {
                    return l.name();
                }
            }
        }
        return linkId;
    }

    /** Bottlenecks by their title (or description), key technologies by their name, each with its id. */
    private static String targets(@Nullable ChainMap map, List<String> ids) {
        if (ids.isEmpty()) {
            return NONE;
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            // The id on a line of its own: beside a title it was broken at its hyphens.
            out.add(targetName(map, id).map(n -> n + "\n" + id).orElse(id));
        }
        return String.join("\n", out);
    }

    private static Optional<String> targetName(@Nullable ChainMap map, String id) {
        if (map == null) {
            return Optional.empty();
        }
        for (ChainMap.PlacedBottleneck p : map.placedBottlenecks()) {
            if (id.equals(p.bottleneck().id())) {
                return Optional.of(p.bottleneck().title() != null ? p.bottleneck().title()
                        : p.bottleneck().description());
            }
        }
        for (ChainLink l : map.links()) {
            for (KeyTechnology t : l.technologies()) {
                if (id.equals(t.id())) {
                    return Optional.of(t.name());
                }
            }
        }
        return Optional.empty();
    }
}
