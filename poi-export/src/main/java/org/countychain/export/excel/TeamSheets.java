package org.countychain.export.excel;

import static org.countychain.export.excel.SheetColumns.count;
import static org.countychain.export.excel.SheetColumns.date;
import static org.countychain.export.excel.SheetColumns.money;
import static org.countychain.export.excel.SheetColumns.row;
import static org.countychain.export.excel.SheetColumns.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.Labelled;
import org.countychain.dataset.CountyDataset;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamResult;
import org.jspecify.annotations.Nullable;

/**
 * The S&amp;T commissioner teams of a data set as sheets of the lists workbook (科技特派团名单, R13, 五.1): the teams
 * (mode, how they were formed, period of service, the chains served, other counties' ones as {@code county:chain},
 * leader, members and commissioners counted, post-subsidies summed),
 * their members (title, whether a registered S&amp;T commissioner), their challenge tasks (id, issuer and credit
 * code, status and the county's wording of it, funding, start and due dates, what they tackle) and their results
 * (task, post-subsidy in yuan). Phone numbers are personal data and are not listed.
 *
 * <pre>{@code
 * ListsWorkbookWriter.write(TeamSheets.sheets(county, Locale.SIMPLIFIED_CHINESE), Path.of("特派团.xlsx"));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class TeamSheets {
    private static final String RULE = "R13";
    private static final String SECTION = "五.1";

    private TeamSheets() {
    }

    /**
     * The four sheets: teams, members, challenge tasks, results, in the data set's order.
     *
     * @param dataset the data set
     * @param locale  the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the sheets, each present even when empty
     */
    public static List<ListSheet> sheets(CountyDataset dataset, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        List<List<@Nullable Object>> teams = new ArrayList<>();
        List<List<@Nullable Object>> members = new ArrayList<>();
        List<List<@Nullable Object>> tasks = new ArrayList<>();
        List<List<@Nullable Object>> results = new ArrayList<>();
        for (TalentTeam t : dataset.teams()) {
            int commissioners = 0;
            List<Commissioner> people = new ArrayList<>();
            if (t.leader() != null) {
                people.add(t.leader());
            }
            people.addAll(t.members());
            for (Commissioner c : people) {
                commissioners += Boolean.TRUE.equals(c.scienceCommissioner()) ? 1 : 0;
                members.add(row(t.id(), t.name(), c.name(), c.organisation(), c.field(), c.title(),
                        yesNo(c.scienceCommissioner(), zh), c == t.leader() ? (zh ? "团长" : "leader")
                                : (zh ? "成员" : "member")));
            }
            BigDecimal subsidies = null;
            for (TeamResult r : t.results()) {
                if (r.postSubsidy() != null) {
                    subsidies = subsidies == null ? r.postSubsidy() : subsidies.add(r.postSubsidy());
                }
                results.add(row(t.id(), t.name(), Integer.toString(r.year()), r.description(), r.taskId(),
                        yesNo(r.postSubsidyRecommended(), zh), r.postSubsidy()));
            }
            for (ChallengeTask k : t.tasks()) {
                tasks.add(row(t.id(), t.name(), k.id(), k.title(), k.issuer(),
                        k.issuerCode() == null ? null : k.issuerCode().value(), label(k.status(), locale),
                        k.statusText(), k.funding(), k.startOn(), k.dueOn(), String.join("、", k.targetIds())));
            }
            teams.add(row(t.id(), t.name(), t.county().value(), label(t.mode(), locale),
                    t.formation() == null ? null : label(t.formation(), locale), t.serviceFrom(), t.serviceUntil(),
                    chains(t), t.leader() == null ? null : t.leader().name(),
                    t.leader() == null ? null : t.leader().title(), people.size(), commissioners, t.tasks().size(),
                    subsidies));
        }
        return List.of(
                new ListSheet(zh ? "科技特派团" : "Teams", zh ? "科技特派团名单" : "S&T commissioner teams", RULE, SECTION,
                        List.of(text(zh ? "团队编号" : "Team id"), text(zh ? "团队名称" : "Team"),
                                text(zh ? "所在县（市、区）" : "County"), text(zh ? "组团模式" : "Mode"),
                                text(zh ? "组建方式" : "Formation"), date(zh ? "服务期起" : "Service from"),
                                date(zh ? "服务期止" : "Service until"), text(zh ? "服务产业链" : "Chains"),
                                text(zh ? "团长" : "Leader"), text(zh ? "团长职称" : "Leader's title"),
                                count(zh ? "人数（含团长）" : "People (leader included)"),
                                count(zh ? "其中科技特派员" : "Of them S&T commissioners"),
                                count(zh ? "揭榜任务数" : "Challenge tasks"),
                                money(zh ? "后补助合计（元）" : "Post-subsidies (yuan)")), teams),
                new ListSheet(zh ? "团队成员" : "Members", zh ? "科技特派团成员" : "Team members", RULE, SECTION,
                        List.of(text(zh ? "团队编号" : "Team id"), text(zh ? "团队名称" : "Team"),
                                text(zh ? "姓名" : "Name"), text(zh ? "单位" : "Organisation"),
                                text(zh ? "专业领域" : "Field"), text(zh ? "职称" : "Title"),
                                text(zh ? "是否科技特派员" : "S&T commissioner"), text(zh ? "团内角色" : "Role")),
                        members),
                new ListSheet(zh ? "揭榜任务" : "Challenge tasks", zh ? "科技特派团揭榜挂帅任务" : "Challenge tasks",
                        RULE, SECTION,
                        List.of(text(zh ? "团队编号" : "Team id"), text(zh ? "团队名称" : "Team"),
                                text(zh ? "任务编号" : "Task id"), text(zh ? "任务名称" : "Task"),
                                text(zh ? "发榜方" : "Issuer"), text(zh ? "发榜方信用代码" : "Issuer's credit code"),
                                text(zh ? "状态" : "Status"), text(zh ? "进展说明" : "Status as worded"),
                                money(zh ? "经费（元）" : "Funding (yuan)"), date(zh ? "开始日期" : "Start"),
                                date(zh ? "截止日期" : "Due"), text(zh ? "攻关对象编号" : "Targets")), tasks),
                new ListSheet(zh ? "团队成果" : "Results", zh ? "科技特派团成果与后补助" : "Team results and post-subsidies",
                        RULE, SECTION,
                        List.of(text(zh ? "团队编号" : "Team id"), text(zh ? "团队名称" : "Team"),
                                text(zh ? "年度" : "Year"), text(zh ? "成果" : "Result"),
                                text(zh ? "所属任务" : "Task"), text(zh ? "是否推荐后补助" : "Post-subsidy recommended"),
                                money(zh ? "后补助（元）" : "Post-subsidy (yuan)")), results));
    }

    /** The chains it serves: its data set's by id, then other counties' as {@code 350581:350581-apparel}. */
    private static String chains(TalentTeam t) {
        List<String> all = new ArrayList<>(t.chainIds());
        t.otherChains().forEach(r -> all.add(r.toString()));
        return String.join("、", all);
    }

    private static String label(Labelled l, Locale locale) {
        return l.displayName(locale);
    }

    private static @Nullable String yesNo(@Nullable Boolean v, boolean zh) {
        return v == null ? null : v ? (zh ? "是" : "yes") : (zh ? "否" : "no");
    }
}
