package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.MoneyUnit;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.export.walk.ReportWalker;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.json.CountyChainJson;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ResearchReport;
import org.countychain.report.UnitKind;
import org.countychain.sample.SampleCounty;

/**
 * The appendices drawn from the data set and R11's visit list, rendered with LibreOffice, for the sample county
 * and for a county whose names, ids and tables are long: each appendix's title whole (no character or two alone on
 * a line), its headings and short cells never leaving one character on a line of their own, every credit code,
 * certificate number, date, amount, id and maturity level on one line, and no table ending with its last row alone
 * on a page.
 */
@Tag("libreoffice")
class AppendixRenderingTest {
    private static final Path OUT = Path.of("target", "libreoffice", "appendices");
    private static final List<NoticeAppendix> CHECKED = List.of(NoticeAppendix.CHAIN, NoticeAppendix.PLATFORMS,
            NoticeAppendix.ACHIEVEMENTS, NoticeAppendix.WATCH_LIST, NoticeAppendix.HIGH_TECH_VISITS,
            NoticeAppendix.DEMANDS, NoticeAppendix.SERVICE, NoticeAppendix.PRIORITY, NoticeAppendix.ANOMALIES,
            NoticeAppendix.BOTTLENECKS, NoticeAppendix.CULTIVATION, NoticeAppendix.TEAMS);
    /** Codes, numbers, dates, amounts and ids: runs of Latin letters and digits with inner punctuation (a slash, as in
     * MES/ERP, is a place a line may break). */
    private static final Pattern ATOM = Pattern.compile("TRL \\d|[0-9A-Za-z][0-9A-Za-z.,%*-]*[0-9A-Za-z%]");
    /** A cell line up to this many characters is a label: it wraps, if at all, without leaving one character alone. */
    private static final int SHORT_CELL = 8;

    /** One county's report with every checked appendix, rendered once. */
    private record Rendered(String name, List<AppendixTable> tables, Path pdf) {
    }

    private static final java.util.Map<String, Rendered> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<Named<String>> counties() {
        return Stream.of(Named.of("晋江 sample", "sample"), Named.of("county with long names", "long-names"));
    }

    /** The county's report, rendered once for the tests that read it. */
    private static synchronized Rendered rendered(String name) throws Exception {
        Rendered r = RENDERED.get(name);
        if (r == null) {
            r = render(name, name.equals("sample") ? SampleCounty.jinjiang() : longNames());
            RENDERED.put(name, r);
        }
        return r;
    }

    private static Rendered render(String name, CountyDataset county) throws Exception {
        ResearchReport report = county.reports().get(0);
        ExportRequest request = ExportRequest.builder(report).dataset(county)
                .noticeAppendices(CHECKED.toArray(NoticeAppendix[]::new)).build();
        Files.createDirectories(OUT);
        Path docx = OUT.resolve(name + ".docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxExporter().write(request, out);
        }
        return new Rendered(name, request.appendices(), LibreOffice.toPdf(docx));
    }

    /**
     * The sample with every name a dozen characters longer, the chain's name long enough for two-line titles, ten
     * years of scale, four times the platforms (two hosts each, three dates and services), three times the
     * achievements and a watch list of three editions with long names and reasons.
     */
    static CountyDataset longNames() {
        CountyChainJson json = CountyChainJson.defaults();
        String text = json.writeToString(SampleCounty.jinjiang())
                .replace("（样例）", "（泉州湾经济技术开发区样例）")
                .replace("\"纺织鞋服\"", "\"纺织鞋服运动用品与功能面料\"");
        CountyDataset county = json.read(text, CountyDataset.class);
        IndustryChain chain = county.chains().get(0);
        List<ChainScale> scale = new ArrayList<>();
        for (int year = 2015; year <= 2024; year++) {
            scale.add(new ChainScale(year, new BigDecimal("123456789.12").add(BigDecimal.valueOf(year)),
                    10_000 + year, 9_000 + year, year % 2 == 0 ? MoneyUnit.TEN_THOUSAND_YUAN : MoneyUnit.YUAN));
        }
        IndustryChain longChain = new IndustryChain(chain.id(), chain.name(),
                "晋江市纺织鞋服运动用品与功能面料（含鞋材、化纤原料、印染后整理）产业链", chain.county(), chain.industryCode(),
                chain.aliases(), chain.pilot(), scale, chain.map());
        List<InnovationPlatform> platforms = new ArrayList<>();
        for (int copy = 1; copy <= 4; copy++) {
            for (InnovationPlatform p : county.platforms()) {
                List<HostOrganisation> hosts = List.of(
                        new HostOrganisation("福建省晋江市恒达鞋服智能制造科技股份有限公司" + copy, code("91350582MA2YQ4WJ" + copy)),
                        new HostOrganisation("华侨大学材料科学与工程学院高分子材料研究团队", null));
                platforms.add(new InnovationPlatform(p.id() + "-" + copy, p.name() + "第" + copy + "分中心",
                        p.type(), p.level(), p.county(), p.chainIds(), p.operator(), p.enclave(), p.targetIds(),
                        copy == 1 ? p.hosts() : hosts, p.linkIds(), p.establishedOn(), p.recognisedOn(),
                        copy == 1 ? p.services() : List.of("发泡鞋材中试与小批量试产", "检验检测认证", "MES/ERP工业软件实施")));
            }
        }
        List<Achievement> achievements = new ArrayList<>();
        for (int copy = 1; copy <= 3; copy++) {
            for (Achievement a : county.achievements()) {
                achievements.add(new Achievement(a.id() + "-" + copy, a.title() + "（第" + copy + "代）", a.description(),
                        a.owner(), a.field(), a.industryCode(), a.chainId(), a.linkId(), a.region(), a.keywords(),
                        a.targetIds(), a.maturity(), a.origin()));
            }
        }
        List<IntermediaryWatchList> earlier = new ArrayList<>();
        IntermediaryWatchList latest = null;
        for (int year = 2023; year >= 2021; year--) {
            List<Intermediary> entries = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                entries.add(new Intermediary("福建省泉州市某某高新技术企业认定咨询服务有限公司第" + year + i + "分公司",
                        code("91350503MA3" + year + i + "R"), "代企业编造研发项目、知识产权和高新技术产品收入材料，情节严重（" + year
                        + "年第" + i + "批）"));
            }
            if (latest == null) {
                latest = new IntermediaryWatchList(year, year + 1, "省高新技术企业认定管理机构内部通报", entries, List.of());
            } else {
                earlier.add(new IntermediaryWatchList(year, year + 1, "省高新技术企业认定管理机构内部通报", entries, List.of()));
            }
        }
        IntermediaryWatchList watchList = new IntermediaryWatchList(latest.year(), latest.publishedIn(), latest.source(),
                latest.entries(), earlier);
        return county.toBuilder().chains(List.of(longChain)).platforms(platforms).achievements(achievements)
                .watchList(watchList).build();
    }

    private static CreditCode code(String first17) {
        return new CreditCode(first17 + CreditCode.checkCharacter(first17));
    }

    // ---------------------------------------------------------------- the checks

    private static String flatten(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The text of the pages from the appendix's title to the next appendix's title (or the end). */
    private static String pagesOf(Rendered r, int index, String[] pages) {
        return pagesOf(r, index, pages, pages);
    }

    /** The same pages as {@link #pagesOf(Rendered, int, String[])}, taken from another rendering of the text. */
    private static String pagesOf(Rendered r, int index, String[] pages, String[] taken) {
        StringBuilder b = new StringBuilder();
        String title = flatten(r.tables().get(index).title());
        String next = index + 1 < r.tables().size() ? flatten(r.tables().get(index + 1).title()) : null;
        boolean in = false;
        for (int p = 0; p < pages.length; p++) {
            String flat = flatten(pages[p]);
            if (!in && flat.contains(title)) {
                in = true;
            } else if (in && next != null && flat.contains(next)) {
                break;
            }
            if (in) {
                b.append(taken[p]).append('\f');
            }
        }
        assertThat(b).as("pages of %s", title).isNotEmpty();
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counties")
    void titlesHeadingsAndShortCellsLeaveNoCharacterAlone(String county) throws Exception {
        Rendered r = rendered(county);
        String[] pages = LibreOffice.text(r.pdf()).split("\f");
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < r.tables().size(); i++) {
            AppendixTable t = r.tables().get(i);
            String text = pagesOf(r, i, pages);
            List<String> lines = text.lines().map(String::strip).toList();
            softly.assertThat(flatten(text)).as("title of %s", t.title()).contains(flatten(t.title()));
            for (int k = 1; k <= 2; k++) {
                softly.assertThat(lines).as("the last %d character(s) of %s alone on a line", k, t.title())
                        .doesNotContain(t.title().substring(t.title().length() - k));
            }
            Set<String> labels = new LinkedHashSet<>(t.header());
            for (List<String> row : t.rows()) {
                for (String cell : row) {
                    for (String line : cell.split("\n")) {
                        if (line.length() > 1 && line.length() <= SHORT_CELL) {
                            labels.add(line);
                        }
                    }
                }
            }
            for (String label : labels) {
                softly.assertThat(aloneAtTheEnd(lines, label)).as("%s: “%s” wraps leaving its last character alone",
                        t.title(), label).isFalse();
            }
        }
        softly.assertAll();
    }

    /**
     * The report's 三.3 table (优势单位（团队）) is set by the same layout. Beside short units its name column held seven
     * characters a line, and 单位（团队）名称 left 称 on a line of its own; none of its headings may leave one.
     */
    @Test
    void theUnitTableHeadingsLeaveNoCharacterAlone() throws Exception {
        CountyDataset county = SampleCounty.jinjiang();
        ResearchReport r = county.reports().get(0);
        List<AdvantageUnit> units = List.of(
                new AdvantageUnit("华侨大学团队", UnitKind.UNIVERSITY, "材料", "省重点学科", "陈工 0595-12345678"),
                new AdvantageUnit("轻工研究所一", UnitKind.RESEARCH_INSTITUTE, "鞋材", "国家级资质", "李工 0595-22345678"),
                new AdvantageUnit("轻工研究所二", UnitKind.RESEARCH_INSTITUTE, "面料", "行业标准多", "王工 0595-32345678"));
        ExportRequest request = ExportRequest.of(county, new ResearchReport(r.id(), r.unitId(), r.unitName(),
                r.chainId(), r.chainName(), r.templateEdition(), r.year(), r.coveredCounties(), r.items(), units,
                r.preparedBy(), r.preparedOn()));
        Files.createDirectories(OUT);
        Path docx = OUT.resolve("short-units.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxExporter().write(request, out);
        }
        String text = LibreOffice.text(LibreOffice.toPdf(docx));
        int caption = text.indexOf("优势单位（团队）\n", text.indexOf("表 3"));
        assertThat(caption).as("the 三.3 table's caption").isNotNegative();
        List<String> lines = text.substring(caption).lines().limit(40).map(String::strip).toList();
        assertThat(flatten(String.join("", lines))).contains("单位（团队）名称", "华侨大学团队");
        for (String heading : ReportWalker.advantageUnitHeader(request)) {
            assertThat(aloneAtTheEnd(lines, heading)).as("%s wraps leaving its last character alone", heading)
                    .isFalse();
        }
    }

    /**
     * Whether a label's last character is alone on a line: a line of that one character whose preceding lines end
     * with the rest of the label.
     */
    private static boolean aloneAtTheEnd(List<String> lines, String label) {
        String last = label.substring(label.length() - 1);
        String rest = flatten(label.substring(0, label.length() - 1));
        if (last.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).equals(last)) {
                StringBuilder before = new StringBuilder();
                for (int j = i - 1; j >= 0 && j >= i - 4 && before.length() < rest.length(); j--) {
                    before.insert(0, flatten(lines.get(j)));
                }
                if (before.toString().endsWith(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counties")
    void codesDatesAmountsIdsAndLevelsStayOnOneLine(String county) throws Exception {
        Rendered r = rendered(county);
        String[] pages = LibreOffice.text(r.pdf()).split("\f");
        String[] layoutPages = LibreOffice.layoutText(r.pdf()).split("\f");
        SoftAssertions softly = new SoftAssertions();
        int atoms = 0;
        for (int i = 0; i < r.tables().size(); i++) {
            AppendixTable t = r.tables().get(i);
            // Each appendix's own pages: an id broken in one table must not pass because another table prints it.
            String layout = pagesOf(r, i, pages, layoutPages);
            for (List<String> row : t.rows()) {
                for (String cell : row) {
                    Matcher m = ATOM.matcher(cell);
                    while (m.find()) {
                        String atom = m.group();
                        if (atom.length() >= 4) {
                            atoms++;
                            softly.assertThat(layout.contains(atom)).as("%s: %s on one line", t.title(), atom).isTrue();
                        }
                    }
                }
            }
        }
        softly.assertThat(atoms).as("codes, dates, amounts and ids checked").isGreaterThan(60);
        softly.assertAll();
    }

    /**
     * A table that crosses a page keeps at least two rows on its last page: its last row starts on the page where the
     * row before it ends.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("counties")
    void noTableEndsWithItsLastRowAloneOnAPage(String county) throws Exception {
        Rendered r = rendered(county);
        String[] pages = LibreOffice.text(r.pdf()).split("\f");
        String[] layout = LibreOffice.layoutText(r.pdf()).split("\f");
        List<String> alone = new ArrayList<>();
        int spanning = 0;
        for (int i = 0; i < r.tables().size(); i++) {
            AppendixTable t = r.tables().get(i);
            if (t.rows().size() < 2) {
                continue;
            }
            String[] own = pagesOf(r, i, pages, layout).split("\f");
            if (own.length < 2) {
                continue;
            }
            spanning++;
            List<String> beforeLast = t.rows().get(t.rows().size() - 2);
            int last = pageOf(own, t.rows().get(t.rows().size() - 1));
            // A row taller than half a page may cross it: it counts on the page where it ends.
            int before = Math.max(pageOf(own, beforeLast), pageWhereItEnds(pagesOf(r, i, pages).split("\f"),
                    beforeLast));
            if (last > before) {
                alone.add(t.title() + ": its last row alone on page " + (last + 1) + " of the appendix");
            }
        }
        assertThat(alone).isEmpty();
        if (r.name().equals("long-names")) {
            assertThat(spanning).as("tables that cross a page (the check must be exercised)").isGreaterThanOrEqualTo(3);
        }
    }

    /**
     * The last page holding the end of one of a row's longer cells (its last four characters), -1 when none is found.
     */
    private static int pageWhereItEnds(String[] pages, List<String> row) {
        int page = -1;
        for (String cell : row) {
            String flat = flatten(cell);
            if (flat.length() < 8) {
                continue;
            }
            String end = flat.substring(flat.length() - 4);
            for (int p = pages.length - 1; p > page; p--) {
                if (flatten(pages[p]).contains(end)) {
                    page = p;
                    break;
                }
            }
        }
        return page;
    }

    /**
     * The page of a row: the page (of the appendix's pages, in layout text) where its 序号 starts a line, or for a
     * table without one where its first cell is.
     */
    private static int pageOf(String[] pages, List<String> row) {
        String first = row.get(0);
        Pattern start = first.matches("\\d+") ? Pattern.compile("(?m)^ {0,12}" + first + "(\\s|$)") : null;
        for (int p = pages.length - 1; p >= 0; p--) {
            if (start != null ? start.matcher(pages[p]).find() : flatten(pages[p]).contains(flatten(first))) {
                return p;
            }
        }
        throw new AssertionError("row " + row + " not found");
    }

}
