package org.countychain.export.excel;

import static org.countychain.export.excel.SheetColumns.row;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.countychain.coverage.ChainWithoutTeam;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.MissingPilotChain;
import org.countychain.coverage.ProvinceCoverage;
import org.countychain.coverage.UnitCoverage;
import org.jspecify.annotations.Nullable;

/**
 * Report coverage as sheets of the lists workbook (报送覆盖情况工作表), written by {@link ListsWorkbookWriter} with its
 * title row, frozen header, auto-filter, widths for Chinese and A4 landscape print setup: one sheet of every
 * county-level unit and its reports (R1), one of pilot counties' missing chains (R2), one of chains without a team
 * (R13). A province's coverage gives the same three sheets with every city's rows.
 *
 * <pre>{@code
 * CoverageSheets.write(CoverageAnalyzer.defaults().province(ScreeningInput.of(fujian)), Locale.CHINA,
 *         Path.of("覆盖情况.xlsx"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoverageSheets {
    private CoverageSheets() {
    }

    /**
     * The sheets of a city-level unit's coverage.
     *
     * @param coverage the coverage
     * @param locale   the language of titles and headers: Chinese for {@code zh*}, English otherwise
     * @return the three sheets
     */
    public static List<ListSheet> sheets(CityCoverage coverage, Locale locale) {
        return sheets(List.of(Objects.requireNonNull(coverage, "coverage")), locale);
    }

    /**
     * The sheets of a province's coverage.
     *
     * @param coverage the coverage
     * @param locale   the language of titles and headers: Chinese for {@code zh*}, English otherwise
     * @return the three sheets
     */
    public static List<ListSheet> sheets(ProvinceCoverage coverage, Locale locale) {
        return sheets(Objects.requireNonNull(coverage, "coverage").cities(), locale);
    }

    /**
     * Writes a province's coverage as a workbook.
     *
     * @param coverage the coverage
     * @param locale   the language of titles and headers
     * @param out      the file
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws org.countychain.CountyChainIOException when writing fails: the file is written whole or not at all
     *                                                 ({@link org.countychain.io.OutputFiles})
     */
    public static void write(ProvinceCoverage coverage, Locale locale, Path out) throws IOException {
        ListsWorkbookWriter.write(sheets(coverage, locale), out);
    }

    /**
     * Writes a city-level unit's coverage as a workbook to a stream (left open).
     *
     * @param coverage the coverage
     * @param locale   the language of titles and headers
     * @param out      the stream
     * @throws IOException when writing fails
     */
    public static void write(CityCoverage coverage, Locale locale, OutputStream out) throws IOException {
        ListsWorkbookWriter.write(sheets(coverage, locale), out);
    }

    private static List<ListSheet> sheets(List<CityCoverage> cities, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        List<List<@Nullable Object>> units = new ArrayList<>();
        List<List<@Nullable Object>> missing = new ArrayList<>();
        List<List<@Nullable Object>> noTeam = new ArrayList<>();
        for (CityCoverage c : cities) {
            for (UnitCoverage u : c.units()) {
                units.add(row(c.unitName(), u.unitId(), u.unitName(), u.status().displayName(zh ? Locale.CHINA
                        : Locale.ENGLISH), String.join("；", u.ownReportIds()),
                        String.join("；", u.consolidatedReportIds()), u.pilotCounty() ? yes(zh) : no(zh)));
            }
            for (MissingPilotChain m : c.missingPilotChains()) {
                missing.add(row(c.unitName(), m.unitId(), m.unitName(), m.requiredChain(), m.registrySource()));
            }
            for (ChainWithoutTeam t : c.chainsWithoutTeam()) {
                noTeam.add(row(c.unitName(), t.unitId(), t.unitName(), t.chainId(), t.chainName(), t.unitTeams()));
            }
        }
        String city = zh ? "设区市" : "City-level unit";
        String id = zh ? "单位编号" : "Unit id";
        String name = zh ? "单位名称" : "Unit";
        return List.of(
                new ListSheet(zh ? "报告覆盖" : "Coverage", zh ? "县（市、区）调研报告覆盖情况" : "Research reports per county",
                        "R1", "一.1", columns(null, city, id, name, zh ? "覆盖状态" : "Status",
                        zh ? "本县报告" : "Own reports", zh ? "汇总报告" : "Consolidated reports",
                        zh ? "试点县" : "Pilot county"), units),
                new ListSheet(zh ? "试点县缺链" : "Pilot gaps", zh ? "试点县缺少的重点产业链" : "Pilot counties' missing chains",
                        "R2", "一.1", columns(null, city, id, name, zh ? "缺少的产业链" : "Required chain",
                        zh ? "试点县名单来源" : "Registry source"), missing),
                new ListSheet(zh ? "无特派团产业链" : "Chains without team",
                        zh ? "无科技特派团的重点产业链" : "Key chains without an S&T commissioner team", "R13", "五.1",
                        columns(new ListSheet.Column(zh ? "本单位特派团数" : "Teams of the unit", ListSheet.Format.COUNT),
                                city, id, name, zh ? "产业链编号" : "Chain id", zh ? "产业链" : "Chain"), noTeam));
    }

    private static String yes(boolean zh) {
        return zh ? "是" : "yes";
    }

    private static String no(boolean zh) {
        return zh ? "否" : "no";
    }

    /** Text columns with these headers, then the last column when there is one. */
    private static List<ListSheet.Column> columns(ListSheet.@Nullable Column last, String... headers) {
        List<ListSheet.Column> c = new ArrayList<>();
        for (String h : headers) {
            c.add(new ListSheet.Column(h, ListSheet.Format.TEXT));
        }
        if (last != null) {
            c.add(last);
        }
        return c;
    }
}
