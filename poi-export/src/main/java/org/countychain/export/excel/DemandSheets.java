package org.countychain.export.excel;

import static org.countychain.export.excel.SheetColumns.money;
import static org.countychain.export.excel.SheetColumns.row;
import static org.countychain.export.excel.SheetColumns.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.jspecify.annotations.Nullable;

/**
 * A data set's technology demands (关键核心技术需求清单, R4, 一.2) as a sheet of the lists workbook: one row per demand
 * with its chain, link, county, proposing enterprise and credit code, industry class, keywords, the bottlenecks or
 * key technologies it is aimed at, and the investment the proposer plans for it in yuan (计划投入（元）, a money cell
 * like the other sheets' money columns; empty when not given).
 *
 * <pre>{@code
 * ListsWorkbookWriter.write(DemandSheets.sheets(county, Locale.SIMPLIFIED_CHINESE), Path.of("技术需求.xlsx"));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class DemandSheets {
    private DemandSheets() {
    }

    /**
     * The demand sheet, in the data set's order.
     *
     * @param dataset the data set
     * @param locale  the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return one sheet, present even when the data set has no demands
     */
    public static List<ListSheet> sheets(CountyDataset dataset, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (TechnologyDemand d : dataset.demands()) {
            rows.add(row(d.id(), d.title(), d.chainId(), d.linkId(), d.county().value(), d.proposer(),
                    d.proposerCode() == null ? null : d.proposerCode().value(), d.industryCode(),
                    String.join("、", d.keywords()), String.join("、", d.targetIds()), d.plannedInvestment()));
        }
        return List.of(new ListSheet(zh ? "技术需求" : "Technology demands",
                zh ? "关键核心技术需求清单" : "Key technology demands", "R4", "一.2",
                List.of(text(zh ? "需求编号" : "Demand id"), text(zh ? "技术需求" : "Demand"),
                        text(zh ? "产业链" : "Chain"), text(zh ? "环节" : "Link"),
                        text(zh ? "所在县（市、区）" : "County"), text(zh ? "提出企业" : "Proposer"),
                        text(zh ? "统一社会信用代码" : "Credit code"), text(zh ? "行业代码" : "Industry class"),
                        text(zh ? "关键词" : "Keywords"), text(zh ? "攻关对象编号" : "Targets"),
                        money(zh ? "计划投入（元）" : "Planned investment (yuan)")), rows));
    }
}
