package org.countychain.export.excel;

import static org.countychain.export.excel.SheetColumns.count;
import static org.countychain.export.excel.SheetColumns.date;
import static org.countychain.export.excel.SheetColumns.row;
import static org.countychain.export.excel.SheetColumns.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.CountyDataset;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.jspecify.annotations.Nullable;

/**
 * A data set's innovation platforms and intermediary watch list as sheets of the lists workbook: the platforms (R10,
 * 三: type, level, chains and links served, when set up and recognised, services, targets, hosts), one row per host
 * organisation with its credit code, and the watch list (R12, 四.2): every edition the data set keeps, one row per
 * entry with the year the edition concerns, the year it was circulated, its source, the intermediary's name and
 * credit code, the reason given, and whether the edition is the one in force in the data set's year.
 *
 * <pre>{@code
 * ListsWorkbookWriter.write(PlatformSheets.sheets(county, Locale.SIMPLIFIED_CHINESE), Path.of("平台与中介.xlsx"));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class PlatformSheets {
    private PlatformSheets() {
    }

    /**
     * The three sheets: platforms, their hosts, the watch list, in the data set's order (the watch list's editions
     * the latest year first).
     *
     * @param dataset the data set
     * @param locale  the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the sheets, each present even when empty
     */
    public static List<ListSheet> sheets(CountyDataset dataset, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        List<List<@Nullable Object>> platforms = new ArrayList<>();
        List<List<@Nullable Object>> hosts = new ArrayList<>();
        for (InnovationPlatform p : dataset.platforms()) {
            platforms.add(row(p.id(), p.name(), p.type().displayName(locale), p.level().displayName(locale),
                    p.county().value(), String.join("、", p.chainIds()), String.join("、", p.linkIds()),
                    p.enclave() == null ? null : p.enclave().place(), p.establishedOn(), p.recognisedOn(),
                    String.join("、", p.services()), String.join("、", p.targetIds()),
                    p.operator() == null ? null : p.operator().value(), p.hosts().size()));
            for (int i = 0; i < p.hosts().size(); i++) {
                HostOrganisation h = p.hosts().get(i);
                hosts.add(row(p.id(), p.name(), i + 1, h.name(), h.creditCode() == null ? null : h.creditCode().value(),
                        i == 0 ? (zh ? "牵头依托单位" : "lead host") : (zh ? "共建单位" : "co-builder")));
            }
        }
        List<List<@Nullable Object>> watch = new ArrayList<>();
        IntermediaryWatchList list = dataset.watchList();
        if (list != null) {
            Integer inForce = list.inForce(dataset.year()).map(IntermediaryWatchList::year).orElse(null);
            for (IntermediaryWatchList e : list.editions()) {
                String applies = Integer.valueOf(e.year()).equals(inForce) ? (zh ? "是" : "yes") : (zh ? "否" : "no");
                for (Intermediary i : e.entries()) {
                    watch.add(row(Integer.toString(e.year()), Integer.toString(e.publicationYear()), e.publishedIn() == null ? (zh ? "推定" : "assumed")
                            : (zh ? "填报" : "stated"), e.source(), i.name(),
                            i.creditCode() == null ? null : i.creditCode().value(), i.reason(), applies));
                }
            }
        }
        return List.of(
                new ListSheet(zh ? "创新平台" : "Platforms", zh ? "创新平台名单" : "Innovation platforms", "R10", "三",
                        List.of(text(zh ? "平台编号" : "Platform id"), text(zh ? "平台名称" : "Platform"),
                                text(zh ? "类型" : "Type"), text(zh ? "级别" : "Level"),
                                text(zh ? "所在县（市、区）" : "County"), text(zh ? "服务产业链" : "Chains"),
                                text(zh ? "服务环节" : "Links"), text(zh ? "飞地所在地" : "Enclave in"),
                                date(zh ? "成立日期" : "Established"), date(zh ? "认定日期" : "Recognised"),
                                text(zh ? "服务内容" : "Services"), text(zh ? "攻关对象编号" : "Targets"),
                                text(zh ? "运营单位信用代码" : "Operator's credit code"),
                                count(zh ? "依托单位数" : "Hosts")), platforms),
                new ListSheet(zh ? "平台依托单位" : "Platform hosts", zh ? "创新平台依托单位" : "Platforms' host organisations",
                        "R10", "三",
                        List.of(text(zh ? "平台编号" : "Platform id"), text(zh ? "平台名称" : "Platform"),
                                count(zh ? "顺序" : "Order"), text(zh ? "单位名称" : "Organisation"),
                                text(zh ? "统一社会信用代码" : "Credit code"), text(zh ? "角色" : "Role")), hosts),
                new ListSheet(zh ? "中介机构通报名单" : "Watch list", zh ? "严重失误科技中介服务机构名单（各年度）"
                        : "Intermediaries with serious errors (every edition)", "R12", "四.2",
                        List.of(text(zh ? "名单年度" : "Year of the list"), text(zh ? "通报年份" : "Circulated in"),
                                text(zh ? "通报年份来源" : "Circulation year"), text(zh ? "通报文件" : "Source"),
                                text(zh ? "机构名称" : "Intermediary"), text(zh ? "统一社会信用代码" : "Credit code"),
                                text(zh ? "列入原因" : "Reason"),
                                text(zh ? "数据年度适用" : "In force in the data set's year")), watch));
    }
}
