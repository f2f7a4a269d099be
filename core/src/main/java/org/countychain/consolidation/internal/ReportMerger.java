package org.countychain.consolidation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.countychain.division.DivisionCode;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateItem;
import org.jspecify.annotations.Nullable;

/**
 * Merges a group's reports into one city report. Per template item: for each county (by code) with content, a
 * sub-heading {@code （n）县名} and its blocks in order; then the tables whose header is shared by two or more
 * counties' reports, merged into one with a leading county column; then the chain map and R&amp;D chart once,
 * drawn from the merged data. Item 三.3's units with the same normalised name become one unit that lists every
 * county.
 */
public final class ReportMerger {
    /** The heading of the county column of merged tables. */
    public static final String COUNTY_COLUMN = "县（市、区）";

    private ReportMerger() {
    }

    /** A report with the county it comes from. */
    private record Part(DivisionCode county, String countyName, ResearchReport report, boolean several) {
        String heading(int n) {
            return "（" + n + "）" + countyName + (several ? "（" + report.id() + "）" : "");
        }
    }

    /**
     * Merges the reports.
     *
     * @param id              the merged report's id
     * @param cityId          the city-level unit's id
     * @param cityName        its name
     * @param chainId         the merged chain's id
     * @param chainName       the merged chain's name
     * @param edition         the template edition every report follows
     * @param template        that edition, or {@code null} when unknown (items then follow their ids' order)
     * @param year            the reporting year
     * @param coveredCounties every county covered
     * @param sources         the group's sources, sorted
     * @return the merged report
     */
    public static ResearchReport merge(String id, String cityId, String cityName, String chainId, String chainName,
                                       String edition, @Nullable ReportTemplate template, int year,
                                       List<DivisionCode> coveredCounties, List<Source> sources) {
        List<Part> parts = new ArrayList<>();
        for (Source s : sources) {
            DivisionCode county = s.chain().county();
            for (ResearchReport r : s.reports()) {
                parts.add(new Part(county, s.dataset().unitName(), r, s.reports().size() > 1));
            }
        }
        List<ReportItem> items = new ArrayList<>();
        Set<FigureKind> drawn = EnumSet.noneOf(FigureKind.class);
        for (String itemId : itemIds(template, parts)) {
            List<ContentBlock> blocks = item(itemId, parts, drawn, cityName);
            if (!blocks.isEmpty()) {
                items.add(new ReportItem(itemId, blocks));
            }
        }
        return new ResearchReport(id, cityId, cityName, chainId, chainName, edition, year, coveredCounties, items,
                units(parts), null, null);
    }

    private static List<String> itemIds(@Nullable ReportTemplate template, List<Part> parts) {
        List<String> ids = new ArrayList<>();
        if (template != null) {
            template.items().stream().map(TemplateItem::id).forEach(ids::add);
        }
        Set<String> others = new TreeSet<>();
        parts.forEach(p -> p.report().items().forEach(i -> {
            if (!ids.contains(i.itemId())) {
                others.add(i.itemId());
            }
        }));
        ids.addAll(others);
        return ids;
    }

    private static List<ContentBlock> item(String itemId, List<Part> parts, Set<FigureKind> drawn, String cityName) {
        // Headers shared by the tables of two or more reports in this item are merged.
        Map<List<String>, Integer> reportsWithHeader = new LinkedHashMap<>();
        for (Part p : parts) {
            p.report().item(itemId).ifPresent(i -> i.blocks().stream()
                    .filter(b -> b instanceof ContentBlock.Table).map(b -> ((ContentBlock.Table) b).header())
                    .distinct().forEach(h -> reportsWithHeader.merge(h, 1, Integer::sum)));
        }
        Map<List<String>, TableAcc> merged = new LinkedHashMap<>();
        reportsWithHeader.forEach((h, n) -> {
            if (n >= 2) {
                merged.put(h, new TableAcc());
            }
        });
        List<ContentBlock> blocks = new ArrayList<>();
        List<ContentBlock> cityWide = new ArrayList<>();
        int n = 0;
        for (Part p : parts) {
            ReportItem item = p.report().item(itemId).orElse(null);
            if (item == null || item.isEmpty()) {
                continue;
            }
            List<ContentBlock> own = new ArrayList<>();
            for (ContentBlock b : item.blocks()) {
                if (b instanceof ContentBlock.Table t && merged.containsKey(t.header())) {
                    merged.get(t.header()).add(t, p.countyName());
                } else if (b instanceof ContentBlock.Figure f && f.kind() != FigureKind.IMAGE) {
                    // Drawn from the merged chain and its enterprises: once per report, for the city.
                    if (drawn.add(f.kind())) {
                        cityWide.add(new ContentBlock.Figure(f.kind(), f.caption().replace(p.countyName(), cityName),
                                null));
                    }
                } else if (b instanceof ContentBlock.Subheading h) {
                    // A county's own sub-heading keeps its text, not a county attribution.
                    own.add(new ContentBlock.Subheading(h.text(), null));
                } else {
                    own.add(b);
                }
            }
            if (!own.isEmpty()) {
                blocks.add(new ContentBlock.Subheading(p.heading(++n), p.county()));
                blocks.addAll(own);
            }
        }
        merged.forEach((header, acc) -> blocks.add(acc.table(header)));
        blocks.addAll(cityWide);
        return blocks;
    }

    private static final class TableAcc {
        final List<String> captions = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();

        void add(ContentBlock.Table t, String countyName) {
            captions.add(t.caption());
            for (List<String> row : t.rows()) {
                List<String> r = new ArrayList<>(row.size() + 1);
                r.add(countyName);
                r.addAll(row);
                rows.add(r);
            }
        }

        ContentBlock.Table table(List<String> header) {
            List<String> h = new ArrayList<>(header.size() + 1);
            h.add(COUNTY_COLUMN);
            h.addAll(header);
            return new ContentBlock.Table(Texts.joinDistinct(captions), h, rows);
        }
    }

    private static List<AdvantageUnit> units(List<Part> parts) {
        Map<String, List<AdvantageUnit>> byName = new LinkedHashMap<>();
        Map<String, Set<DivisionCode>> counties = new LinkedHashMap<>();
        for (Part p : parts) {
            for (AdvantageUnit u : p.report().advantageUnits()) {
                String key = ChainNames.plainKey(u.name());
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
                Set<DivisionCode> c = counties.computeIfAbsent(key, k -> new TreeSet<>());
                c.add(p.county());
                c.addAll(u.counties());
            }
        }
        List<AdvantageUnit> result = new ArrayList<>();
        byName.forEach((key, units) -> {
            AdvantageUnit first = units.get(0);
            result.add(new AdvantageUnit(first.name(), first.kind(),
                    Texts.joinDistinct(units.stream().map(AdvantageUnit::field).toList()),
                    Texts.joinDistinct(units.stream().map(AdvantageUnit::strengths).toList()),
                    Texts.joinDistinct(units.stream().map(AdvantageUnit::contact).toList()),
                    List.copyOf(counties.get(key))));
        });
        return result;
    }
}
