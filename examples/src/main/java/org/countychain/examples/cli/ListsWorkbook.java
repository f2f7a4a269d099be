package org.countychain.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.countychain.CountyChainIOException;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.excel.DemandSheets;
import org.countychain.export.excel.ListSheet;
import org.countychain.export.excel.ListsWorkbookWriter;
import org.countychain.export.excel.PlatformSheets;
import org.countychain.export.excel.ScreeningWorkbook;
import org.countychain.export.excel.TeamSheets;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.rules.ScreeningResult;

/**
 * The lists workbook {@code screen --out} and {@code demo} write: the screening's lists ({@link ScreeningWorkbook}),
 * then what the data sets hold for the notice's other lists when they hold it — the technology demands
 * ({@link DemandSheets}), the S&amp;T commissioner teams ({@link TeamSheets}), the platforms and the intermediary
 * watch list ({@link PlatformSheets}). A province's counties share each sheet, one row per county's element (the
 * sheets name the county); watch-list entries that several counties (or the province) hold alike are listed once.
 */
final class ListsWorkbook {
    /** The watch list's place among {@link PlatformSheets}' sheets (platforms, hosts, watch list). */
    private static final int WATCH_LIST_SHEET = 2;

    private ListsWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param result              the screening result
     * @param counties            the screened counties (none for nothing but the screening's lists)
     * @param provinceWatchList   the province's watch list, used for a county without its own, or null
     * @param locale              the reader's language
     * @param out                 the file
     */
    static void write(ScreeningResult result, List<CountyDataset> counties,
            IntermediaryWatchList provinceWatchList, Locale locale, Path out) {
        List<ListSheet> sheets = new ArrayList<>(ScreeningWorkbook.sheets(result, locale));
        sheets.addAll(datasetSheets(counties, provinceWatchList, locale));
        try {
            ListsWorkbookWriter.write(sheets, out);
        } catch (IOException e) {
            throw new CountyChainIOException(out.toString(), e);
        }
    }

    /**
     * The data sets' sheets: demands when a county has demands, teams when one has teams, platforms and the watch
     * list when one has platforms or a watch list applies; the rows of every county in the counties' order.
     */
    static List<ListSheet> datasetSheets(List<CountyDataset> counties,
            IntermediaryWatchList provinceWatchList, Locale locale) {
        List<ListSheet> demands = null;
        List<ListSheet> teams = null;
        List<ListSheet> platforms = null;
        for (CountyDataset county : counties) {
            if (!county.demands().isEmpty()) {
                demands = merge(demands, DemandSheets.sheets(county, locale), Integer.MAX_VALUE);
            }
            if (!county.teams().isEmpty()) {
                teams = merge(teams, TeamSheets.sheets(county, locale), Integer.MAX_VALUE);
            }
            CountyDataset withList = county.watchList() == null && provinceWatchList != null
                    ? county.toBuilder().watchList(provinceWatchList).build() : county;
            if (!withList.platforms().isEmpty() || withList.watchList() != null) {
                platforms = merge(platforms, PlatformSheets.sheets(withList, locale), WATCH_LIST_SHEET);
            }
        }
        List<ListSheet> out = new ArrayList<>();
        for (List<ListSheet> part : java.util.Arrays.asList(demands, teams, platforms)) {
            if (part != null) {
                out.addAll(part);
            }
        }
        return out;
    }

    /**
     * The sheets of one more county appended to those of the counties before it, sheet by sheet; rows of the sheets
     * from {@code distinctFrom} on are kept once (a watch list several counties share).
     */
    private static List<ListSheet> merge(List<ListSheet> before, List<ListSheet> next, int distinctFrom) {
        if (before == null) {
            return next;
        }
        List<ListSheet> merged = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            ListSheet a = before.get(i);
            List<List<Object>> rows = new ArrayList<>(a.rows());
            rows.addAll(next.get(i).rows());
            if (i >= distinctFrom) {
                Set<List<Object>> distinct = new LinkedHashSet<>(rows);
                rows = new ArrayList<>(distinct);
            }
            merged.add(new ListSheet(a.name(), a.title(), a.ruleId(), a.noticeSection(), a.columns(), rows));
        }
        return merged;
    }
}
