package org.countychain.export.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.countychain.Labelled;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.Division;
import org.countychain.division.Divisions;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.ServiceContact;
import org.countychain.report.ResearchReport;
import org.countychain.rules.CriterionResult;
import org.countychain.rules.CultivationEntry;
import org.countychain.rules.HighTechVisitEntry;
import org.countychain.rules.NoticeList;
import org.countychain.privacy.PersonalData;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamResult;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.ServiceListEntry;
import org.countychain.rules.model.CriterionStatus;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.Share;
import org.jspecify.annotations.Nullable;

/**
 * The notice's lists for a report's chain as appendix tables, from the rule engine's verdicts (R5 service list, R7
 * priority list, R8 anomalies, R11 cultivation list) for the report's year, kept to the enterprises of the report's
 * chain. The engine is screened once per export.
 */
final class NoticeLists {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private NoticeLists() {
    }

    static List<AppendixTable> tables(List<NoticeAppendix> which, ResearchReport report,
                                      @Nullable CountyDataset dataset, List<Enterprise> chain,
                                      @Nullable RuleEngine engine, PersonalData personalData) {
        if (which.isEmpty()) {
            return List.of();
        }
        ScreeningResult result = dataset == null ? null : (engine != null ? engine : Shared.ENGINE).screen(
                ScreeningInput.builder().county(dataset).reportingYear(report.year()).build());
        Set<String> onChain = new HashSet<>();
        chain.forEach(e -> onChain.add(e.creditCode().toString()));
        List<AppendixTable> tables = new ArrayList<>();
        int number = 1;
        // The chain's full name as the county writes it (陶瓷产业链), else the report's chain name with 产业链.
        String chainName = dataset == null ? null : dataset.chain(report.chainId())
                .map(org.countychain.chain.IndustryChain::displayFullName).orElse(null);
        String fullName = chainName != null ? chainName
                : report.chainName().endsWith("产业链") ? report.chainName() : report.chainName() + "产业链";
        for (NoticeAppendix a : which) {
            String title = "附件" + number++ + " " + (a == NoticeAppendix.WATCH_LIST ? "" : fullName) + a.label();
            String caption = "表 " + title.substring(title.indexOf(' ') + 1);
            String note = "数据年度：" + report.year() + "年；依据闽科高〔2024〕135号" + rule(a) + "，" + source(a);
            List<List<String>> rows = result == null || dataset == null ? List.of() : switch (a) {
                case SERVICE -> service(result, onChain, personalData);
                case PRIORITY -> priority(result, onChain);
                case ANOMALIES -> anomalies(result, onChain);
                case CULTIVATION -> cultivation(result, onChain);
                case BOTTLENECKS -> bottlenecks(result, dataset, report.chainId());
                case TEAMS -> teams(dataset, report.chainId());
                case HIGH_TECH_VISITS -> visits(result, onChain, derivedCertificates(dataset));
                case CHAIN -> DatasetTables.chain(dataset, report.chainId());
                case PLATFORMS -> DatasetTables.platforms(dataset, report.chainId());
                case ACHIEVEMENTS -> DatasetTables.achievements(dataset, report.chainId());
                case WATCH_LIST -> DatasetTables.watchList(dataset, report.year());
                case DEMANDS -> DatasetTables.demands(dataset, report.chainId());
            };
            if (dataset != null) {
                note = switch (a) {
                    case CHAIN -> DatasetTables.chainNote(dataset, report.chainId()) + note;
                    case WATCH_LIST -> DatasetTables.watchListNote(dataset, report.year()) + note;
                    default -> note;
                };
            }
            tables.add(new AppendixTable(title, caption, header(a), rows, note));
        }
        return tables;
    }

    private static String source(NoticeAppendix a) {
        return switch (a) {
            case CHAIN, PLATFORMS, ACHIEVEMENTS, WATCH_LIST, DEMANDS -> "据本报告所附数据集整理。";
            default -> "由规则引擎对本报告所附数据集筛查生成。";
        };
    }

    private static String rule(NoticeAppendix a) {
        return switch (a) {
            case SERVICE -> "（R5）";
            case PRIORITY -> "（R7）";
            case ANOMALIES -> "（R8）";
            case CULTIVATION -> "（R11）";
            case BOTTLENECKS -> "（R4）";
            case TEAMS -> "（R13）";
            case HIGH_TECH_VISITS -> "（R11）";
            case CHAIN -> "（R1、R2）";
            case PLATFORMS -> "（R10）";
            case ACHIEVEMENTS -> "（R4）";
            case WATCH_LIST -> "（R12）";
            case DEMANDS -> "（R4）";
        };
    }

    private static List<String> header(NoticeAppendix a) {
        return switch (a) {
            case SERVICE -> List.of("序号", "企业名称", "统一社会信用代码", "缺项", "服务联系人", "联系人身份", "是否人才团队成员");
            case PRIORITY -> List.of("序号", "企业名称", "营业收入（万元）", "研发费用（万元）", "研发强度", "自主研发费用（万元）",
                    "推荐理由");
            case ANOMALIES -> List.of("序号", "企业名称", "统一社会信用代码", "异常情况");
            case CULTIVATION -> List.of("序号", "企业名称", "统一社会信用代码", "未满足的认定条件", "无法判断的条件");
            case BOTTLENECKS -> List.of("序号", "环节/关键技术", "类型", "断点、堵点、难点", "编号", "指向它的科技成果");
            // Five columns, one fact a line in a cell: eight beside tasks and results left two characters a line, a
            // heading's last character alone and a row taller than the page.
            case TEAMS -> List.of("序号", "团队名称、模式及服务期", "团长及成员（职称）", "揭榜挂帅任务", "成果及后补助");
            // No credit code, as in the priority list: the certificate number names the enterprise as a high-tech
            // enterprise, and fewer columns leave more room for the names beside the numbers and dates.
            case HIGH_TECH_VISITS -> List.of("序号", "企业名称", "证书编号", "发证日期", "有效期至", "服务联系人", "联系人身份");
            case CHAIN -> DatasetTables.CHAIN_HEADER;
            case PLATFORMS -> DatasetTables.PLATFORM_HEADER;
            case ACHIEVEMENTS -> DatasetTables.ACHIEVEMENT_HEADER;
            case WATCH_LIST -> DatasetTables.WATCH_LIST_HEADER;
            case DEMANDS -> DatasetTables.DEMAND_HEADER;
        };
    }

    /**
     * R5: the chain's enterprises on the service list with their gaps and contact: name, organisation and phone
     * (masked unless personal data is shown), the contact's role as its label ({@code 身份未填} when the county did
     * not say) and whether the contact is a person of a talent team.
     */
    private static List<List<String>> service(ScreeningResult result, Set<String> onChain,
                                              PersonalData personalData) {
        List<List<String>> rows = new ArrayList<>();
        for (ServiceListEntry e : result.serviceList()) {
            if (onChain.contains(e.enterprise().id())) {
                ServiceContact c = e.contact();
                rows.add(List.of(Integer.toString(rows.size() + 1), e.enterprise().name(), e.enterprise().id(),
                        labels(e.gaps(), "、"), c == null ? "（未指定）" : contact(c, personalData),
                        c == null ? "—" : c.role() == null ? "身份未填" : c.role().label(),
                        c == null ? "—" : c.belongsToTalentTeam() ? "是" : "否"));
            }
        }
        return rows;
    }

    /**
     * R11: the chain's high-tech enterprises of the year with the certificate that ends last and the contact, by name
     * and organisation (no phone: a visit list goes round the bureau), the contact's role and team membership.
     */
    private static List<List<String>> visits(ScreeningResult result, Set<String> onChain, Set<String> derived) {
        List<List<String>> rows = new ArrayList<>();
        for (HighTechVisitEntry e : result.highTechVisitList()) {
            if (!onChain.contains(e.enterprise().id())) {
                continue;
            }
            ServiceContact c = e.contact();
            String who = c == null ? "（未指定）"
                    : c.organisation() == null ? c.name() : c.name() + "（" + c.organisation() + "）";
            // Role and membership on a line each: joined, a narrow column left 员 alone on a line.
            String role = c == null ? "—" : (c.role() == null ? "身份未填" : c.role().label()) + "\n"
                    + (c.belongsToTalentTeam() ? "是人才团队成员" : "非人才团队成员");
            // The derived mark on a line of its own: after the date, a narrow column broke the date itself.
            rows.add(List.of(Integer.toString(rows.size() + 1), e.enterprise().name(), e.certificate().number(),
                    e.certificate().issuedOn().toString(), e.certificate().effectiveValidUntil()
                    + (derived.contains(e.enterprise().id() + " " + e.certificate().number()) ? "\n（推算）" : ""),
                    who, role));
        }
        return rows;
    }

    /**
     * The certificates of the data set whose last valid day is derived from the issue date, as {@code credit code +
     * " " + number}: the visit list marks their day {@code （推算）}. The engine's entry holds the day, not whether it
     * was stated.
     */
    private static Set<String> derivedCertificates(CountyDataset dataset) {
        Set<String> derived = new HashSet<>();
        for (Enterprise e : dataset.enterprises()) {
            for (org.countychain.enterprise.HighTechCertificate c : e.highTechCertificates()) {
                if (c.validUntilDerived()) {
                    derived.add(e.creditCode() + " " + c.number());
                }
            }
        }
        return derived;
    }

    private static List<List<String>> priority(ScreeningResult result, Set<String> onChain) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : result.list(NoticeList.PRIORITY_LIST)) {
            if (!onChain.contains(f.subject().id()) || !"R7-PRIORITY".equals(f.code())) {
                continue;
            }
            String ratio = ratio(f.value("rdRatioPercent"), f.value("rdRatioThresholdPercent"));
            rows.add(List.of(Integer.toString(rows.size() + 1), f.subject().name(), wan(f.value("operatingRevenue")),
                    wan(f.value("rdExpense")), ratio, wan(f.value("selfFundedRdExpense")),
                    f.value("reasons") instanceof List<?> reasons ? labels(reasons, "；") : "—"));
        }
        return rows;
    }

    /**
     * The R&amp;D share in percent, with as many decimals as it takes to see it against the threshold
     * (5.00000001%, not 5.00%), two without a threshold; a dash when the finding has no defined share.
     */
    private static String ratio(@Nullable Object share, @Nullable Object threshold) {
        if (!(share instanceof Share s)) {
            return "—";
        }
        BigDecimal thresholdPercent = threshold instanceof Share t ? t.percent(12) : null;
        String text = thresholdPercent == null ? null : s.percentText(thresholdPercent);
        if (text == null) {
            BigDecimal percent = s.percent(2);
            text = percent == null ? null : percent.toPlainString();
        }
        return text == null ? "—" : text + "%";
    }

    private static List<List<String>> anomalies(ScreeningResult result, Set<String> onChain) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : result.list(NoticeList.RD_STATISTICS_ANOMALIES)) {
            if (onChain.contains(f.subject().id())) {
                rows.add(List.of(Integer.toString(rows.size() + 1), f.subject().name(), f.subject().id(),
                        f.message(ZH)));
            }
        }
        return rows;
    }

    private static List<List<String>> cultivation(ScreeningResult result, Set<String> onChain) {
        List<List<String>> rows = new ArrayList<>();
        for (CultivationEntry e : result.cultivationList()) {
            if (onChain.contains(e.enterprise().id())) {
                rows.add(List.of(Integer.toString(rows.size() + 1), e.enterprise().name(), e.enterprise().id(),
                        criteria(e, CriterionStatus.NOT_MET), criteria(e, CriterionStatus.UNDECIDABLE)));
            }
        }
        return rows;
    }

    /** The chain's unaddressed bottlenecks in the map's order (the engine lists them by id). */
    private static List<List<String>> bottlenecks(ScreeningResult result, CountyDataset dataset, String chainId) {
        List<String> mapOrder = dataset.chain(chainId).flatMap(c -> Optional.ofNullable(c.map()))
                .map(m -> m.placedBottlenecks().stream().map(p -> p.bottleneck().id()).toList())
                .orElse(List.of());
        List<Finding> findings = new ArrayList<>(result.list(NoticeList.UNADDRESSED_BOTTLENECKS).stream()
                .filter(f -> f.subject().id().equals(chainId)).toList());
        findings.sort(java.util.Comparator.comparingInt(f -> mapOrder.indexOf(String.valueOf(f.value("bottleneckId")))));
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            String achievements = f.value("achievements") instanceof List<?> ids && !ids.isEmpty()
                    ? ids.stream().map(id -> DatasetTables.achievement(dataset, String.valueOf(id)))
                            .collect(Collectors.joining("；")) : "—";
            rows.add(List.of(Integer.toString(rows.size() + 1), String.valueOf(f.value("place")),
                    f.value("kind") instanceof Labelled l ? l.label() : String.valueOf(f.value("kind")),
                    String.valueOf(f.value("title")), String.valueOf(f.value("bottleneckId")), achievements));
        }
        return rows;
    }

    /**
     * R13: the teams serving the chain, one fact a line in a cell: the team's name, its mode, how it was formed, its
     * period of service and the other counties' chains it serves; the leader, then each member; each task, its dates on the next line; each result. A member marked ★
     * is a registered S&amp;T commissioner; a task shows its status as the county words it beside the enumerated one;
     * a result its task and the post-subsidy in 万元. Phones are not printed. A date or id never follows a CJK
     * character directly: it starts a line or follows a space, where a renderer may break the line before it.
     */
    private static List<List<String>> teams(CountyDataset dataset, String chainId) {
        List<List<String>> rows = new ArrayList<>();
        for (TalentTeam t : dataset.teams()) {
            if (!t.chainIds().contains(chainId)) {
                continue;
            }
            String mode = t.mode().label() + (t.formation() == null ? "" : "\n" + t.formation().label());
            String period = t.serviceFrom() == null && t.serviceUntil() == null ? "服务期未填"
                    : (t.serviceFrom() == null ? "" : t.serviceFrom() + " ") + "至"
                    + (t.serviceUntil() == null ? "" : " " + t.serviceUntil());
            String leader = "团长：" + (t.leader() == null ? "（未确定）" : person(t.leader()));
            String members = t.members().isEmpty() ? "成员：—"
                    : t.members().stream().map(NoticeLists::person).collect(Collectors.joining("\n", "成员：", ""));
            String tasks = t.tasks().isEmpty() ? "—" : t.tasks().stream().map(NoticeLists::task)
                    .collect(Collectors.joining("\n"));
            String results = t.results().isEmpty() ? "—" : t.results().stream().map(NoticeLists::result)
                    .collect(Collectors.joining("\n"));
            rows.add(List.of(Integer.toString(rows.size() + 1), t.name() + "\n" + mode + "\n" + period + elsewhere(t),
                    leader + "\n" + members, tasks, results));
        }
        return rows;
    }

    /**
     * A city-level team's chains of other counties, on a line after its period: {@code 另服务：石狮市 350581-apparel},
     * the county by its name where the divisions know it.
     */
    private static String elsewhere(TalentTeam t) {
        if (t.otherChains().isEmpty()) {
            return "";
        }
        return t.otherChains().stream().map(r -> Divisions.fujian().find(r.county()).map(Division::name)
                .orElse(r.county().value()) + " " + r.chainId()).collect(Collectors.joining("、", "\n另服务：", ""));
    }

    private static String person(Commissioner c) {
        StringBuilder sb = new StringBuilder(c.name());
        if (Boolean.TRUE.equals(c.scienceCommissioner())) {
            sb.append('★');
        }
        if (c.title() != null || c.organisation() != null) {
            sb.append('（').append(c.organisation() == null ? "" : c.organisation())
                    .append(c.title() != null && c.organisation() != null ? "，" : "")
                    .append(c.title() == null ? "" : c.title()).append('）');
        }
        return sb.toString();
    }

    private static String task(ChallengeTask k) {
        StringBuilder sb = new StringBuilder();
        if (k.id() != null) {
            sb.append('[').append(k.id()).append(']');
        }
        sb.append(k.title()).append("（发榜方：").append(k.issuer()).append("，").append(k.status().label());
        if (k.statusText() != null) {
            sb.append("：").append(k.statusText());
        }
        sb.append('）');
        if (k.startOn() != null || k.dueOn() != null) {
            sb.append('\n').append(k.startOn() == null ? "" : k.startOn() + " ").append("至")
                    .append(k.dueOn() == null ? "" : " " + k.dueOn());
        }
        return sb.toString();
    }

    private static String result(TeamResult r) {
        StringBuilder sb = new StringBuilder().append(r.year()).append("年 ").append(r.description());
        List<String> notes = new ArrayList<>();
        if (r.taskId() != null) {
            notes.add("任务 " + r.taskId());
        }
        if (r.postSubsidy() != null) {
            notes.add("后补助 " + wan(r.postSubsidy()) + " 万元");
        } else if (r.postSubsidyRecommended()) {
            notes.add("推荐后补助");
        }
        if (!notes.isEmpty()) {
            sb.append('（').append(String.join("，", notes)).append('）');
        }
        return sb.toString();
    }

    private static String criteria(CultivationEntry e, CriterionStatus status) {
        String s = e.criteria().stream().filter(c -> c.status() == status).map(NoticeLists::criterion)
                .collect(Collectors.joining("；"));
        return s.isEmpty() ? "—" : s;
    }

    private static String criterion(CriterionResult c) {
        StringBuilder sb = new StringBuilder(c.criterion().label());
        if (c.status() == CriterionStatus.UNDECIDABLE) {
            // The engine names the missing fields in English for developers; the document says what a reader needs.
            sb.append("（数据不全）");
        } else if (c.actual() != null && !c.actual().isBlank()) {
            sb.append("（实际").append(figure(percent(c, c.actual())))
                    .append(c.required() == null ? "" : "，要求" + figure(percent(c, c.required()))).append("）");
        }
        return sb.toString();
    }

    /**
     * A figure after 实际 or 要求: a date or code with a hyphen (2024-03-18) set apart by a space. Written right after
     * the CJK text, a renderer found no place to break the line before it and broke the date (2024-03-1 / 8).
     */
    private static String figure(String value) {
        return value.matches(".*[0-9A-Za-z]-[0-9A-Za-z].*") ? " " + value : value;
    }

    /** The ratio criteria's figures are percentages; a reader must see the sign. */
    private static String percent(CriterionResult c, String value) {
        boolean ratio = switch (c.criterion()) {
            case RD_RATIO, DOMESTIC_RD_SHARE, HIGH_TECH_PRODUCT_REVENUE, SCIENCE_TECH_STAFF -> true;
            default -> false;
        };
        return ratio && value.matches("-?\\d+(\\.\\d+)?") ? value + "%" : value;
    }

    private static String labels(List<?> values, String separator) {
        return values.stream().map(v -> v instanceof Labelled l ? l.label() : String.valueOf(v))
                .collect(Collectors.joining(separator));
    }

    private static String contact(ServiceContact c, PersonalData personalData) {
        StringBuilder sb = new StringBuilder(c.name());
        if (c.organisation() != null) {
            sb.append('（').append(c.organisation()).append('）');
        }
        if (c.phone() != null) {
            sb.append(' ').append(personalData.phone(c.phone()));
        }
        return sb.toString();
    }

    private static String wan(@Nullable Object yuan) {
        return yuan instanceof BigDecimal b ? b.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString() : "—";
    }

    /** The built-in rules with the notice's thresholds, built when an export first asks for an appendix. */
    private static final class Shared {
        static final RuleEngine ENGINE = RuleEngine.defaults();
    }
}
