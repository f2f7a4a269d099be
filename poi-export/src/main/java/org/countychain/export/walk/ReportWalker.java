package org.countychain.export.walk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.countychain.Experimental;
import org.countychain.chain.ChainMap;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.ItemKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;
import org.jspecify.annotations.Nullable;

/**
 * Walks a research report in its template's order (报告遍历器) and hands every part to a {@link ReportVisitor}: the
 * title and subtitles, each chapter and item with its heading, the item's paragraphs, subheadings, tables and
 * figures (with their data), the advantage-unit table (三.3), then the appendices. It writes what the Word export
 * writes — same headings, same table numbering, same figure data — and shows personal data as the request's
 * {@link org.countychain.privacy.PersonalData} says (masked by default), so another format needs no second walk
 * of the template.
 *
 * <pre>{@code
 * ReportWalker.walk(request, new ReportVisitor() {
 *     public void chapter(TemplateChapter c, String heading) { md.append("## ").append(TextEscaping.markdown(heading)); }
 *     public void paragraph(String text) { md.append(TextEscaping.markdown(text)).append("\n\n"); }
 * });
 * }</pre>
 *
 * <p>Experimental: may change until a second release has proved it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public final class ReportWalker {
    /** The most bars the R&amp;D intensity chart shows. */
    public static final int MAX_INTENSITY_BARS = 15;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExportRequest request;
    private final ReportVisitor visitor;
    private int tables;

    private ReportWalker(ExportRequest request, ReportVisitor visitor) {
        this.request = request;
        this.visitor = visitor;
    }

    /**
     * Walks the report. Does not check that the request may be submitted: an exporter calls
     * {@link ExportRequest#checkSubmittable()} first, as the Word export does.
     *
     * @param request what to export
     * @param visitor what receives the parts
     */
    public static void walk(ExportRequest request, ReportVisitor visitor) {
        new ReportWalker(Objects.requireNonNull(request, "request"), Objects.requireNonNull(visitor, "visitor"))
                .walk();
    }

    private void walk() {
        ResearchReport report = request.report();
        ReportTemplate template = request.template();
        visitor.title(template.titleFor(report.unitName()));
        visitor.subtitle(report.displaySubtitle());
        if (report.isConsolidated()) {
            visitor.subtitle("（涵盖" + String.join("、", countyNames(report.coveredCounties())) + "）");
        }
        for (TemplateChapter chapter : template.chapters()) {
            visitor.chapter(chapter, chapter.number() + "、" + template.fill(chapter.title(), report.unitName()));
            for (TemplateItem item : chapter.items()) {
                visitor.item(item, item.number() + "." + template.fill(item.title(), report.unitName()));
                item(item, report);
                visitor.endItem(item);
            }
        }
        for (AppendixTable a : request.appendices()) {
            visitor.appendix(a);
        }
    }

    private void item(TemplateItem item, ResearchReport report) {
        Optional<ReportItem> content = report.item(item.id());
        boolean unitTable = item.kind() == ItemKind.UNIT_TABLE && !report.advantageUnits().isEmpty();
        boolean empty = content.map(ReportItem::isEmpty).orElse(true);
        if (empty && !unitTable) {
            visitor.emptyItem(item);
            return;
        }
        if (!empty) {
            for (ContentBlock block : content.get().blocks()) {
                block(block);
            }
        }
        if (unitTable) {
            tables++;
            visitor.table(unitTableCaption(request, item, tables),
                    advantageUnitHeader(request), advantageUnitRows(request));
        }
    }

    private void block(ContentBlock block) {
        if (block instanceof ContentBlock.Paragraph p) {
            if (!p.isEmpty()) {
                visitor.paragraph(p.text());
            }
        } else if (block instanceof ContentBlock.Table t) {
            tables++;
            visitor.table(t.caption(), t.header(), t.rows());
        } else if (block instanceof ContentBlock.Figure f) {
            visitor.figure(figure(request, f));
        } else if (block instanceof ContentBlock.Subheading h) {
            visitor.subheading(h.text());
        }
    }

    /**
     * A figure with its data, as the Word export draws it.
     *
     * @param request the export
     * @param figure  the figure block
     * @return the figure with its data, or why it is missing
     */
    public static WalkedFigure figure(ExportRequest request, ContentBlock.Figure figure) {
        return switch (figure.kind()) {
            case CHAIN_MAP -> {
                Optional<ChainMap> map = request.chain().map(chain -> chain.map())
                        .filter(m -> !m.stages().isEmpty());
                yield new WalkedFigure(figure, map, List.of(), Optional.empty(),
                        map.isPresent() ? null : "产业链图谱数据缺失");
            }
            case RD_INTENSITY_CHART -> {
                List<WalkedFigure.IntensityBar> bars = rdIntensity(request.chainEnterprises(),
                        request.report().year());
                yield new WalkedFigure(figure, Optional.empty(), bars, Optional.empty(),
                        bars.isEmpty() ? "无可用的研发数据" : null);
            }
            case IMAGE -> {
                // An IMAGE figure always names its image (ContentBlock.Figure checks it).
                String name = figure.image();
                Optional<byte[]> bytes = name == null ? Optional.empty() : request.image(name);
                yield new WalkedFigure(figure, Optional.empty(), List.of(), bytes,
                        bytes.isPresent() ? null : "图片缺失：" + name);
            }
        };
    }

    /**
     * The R&amp;D intensity of the enterprises with revenue and R&amp;D expense in the year, highest first (ties
     * by name), at most {@value #MAX_INTENSITY_BARS}.
     *
     * @param enterprises the chain's enterprises
     * @param year        the report's year
     * @return the bars
     */
    public static List<WalkedFigure.IntensityBar> rdIntensity(List<Enterprise> enterprises, int year) {
        List<WalkedFigure.IntensityBar> bars = new ArrayList<>();
        for (Enterprise e : enterprises) {
            AnnualRdFigures f = e.year(year).orElse(null);
            if (f == null || f.rdExpense() == null || f.operatingRevenue() == null
                    || f.operatingRevenue().signum() <= 0) {
                continue;
            }
            bars.add(new WalkedFigure.IntensityBar(e.name(), f.rdExpense().multiply(HUNDRED)
                    .divide(f.operatingRevenue(), 2, RoundingMode.HALF_UP)));
        }
        bars.sort(Comparator.comparing(WalkedFigure.IntensityBar::percent).reversed()
                .thenComparing(WalkedFigure.IntensityBar::enterprise));
        return bars.size() > MAX_INTENSITY_BARS ? List.copyOf(bars.subList(0, MAX_INTENSITY_BARS)) : bars;
    }

    /**
     * The caption of item 三.3's table of advantage units: the county's own ({@link ResearchReport#unitTableCaption()})
     * or {@code 表N} and the item's title, N counting the tables before it.
     *
     * @param request what is exported
     * @param item    the 三.3 item of the template
     * @param number  the table's number among the report's tables
     * @return the caption
     */
    public static String unitTableCaption(ExportRequest request, TemplateItem item, int number) {
        ResearchReport report = request.report();
        return report.unitTableCaption() != null ? report.unitTableCaption()
                : "表" + number + " " + request.template().fill(item.title(), report.unitName());
    }

    /**
     * The column headings of the advantage-unit table (三.3); a consolidated report adds the counties.
     *
     * @param request the export
     * @return the headings
     */
    public static List<String> advantageUnitHeader(ExportRequest request) {
        List<String> header = new ArrayList<>(List.of("序号", "单位（团队）名称", "类型"));
        if (listsCounties(request.report())) {
            header.add("县（市、区）");
        }
        header.addAll(List.of("研究领域", "优势", "联系方式"));
        return header;
    }

    /**
     * The rows of the advantage-unit table, contacts shown as the request's personal-data policy says.
     *
     * @param request the export
     * @return the rows
     */
    public static List<List<String>> advantageUnitRows(ExportRequest request) {
        boolean counties = listsCounties(request.report());
        List<List<String>> rows = new ArrayList<>();
        for (AdvantageUnit u : request.report().advantageUnits()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(rows.size() + 1), u.name(), u.kind().label()));
            if (counties) {
                row.add(u.counties().isEmpty() ? "—" : String.join("、", countyNames(u.counties())));
            }
            row.addAll(List.of(dash(u.field()), dash(u.strengths()), u.contact() == null ? "—" : request.personalData().text(u.contact())));
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    /** In a consolidated report the units say which counties list them. */
    private static boolean listsCounties(ResearchReport report) {
        return report.advantageUnits().stream().anyMatch(u -> !u.counties().isEmpty());
    }

    /**
     * The names of counties, their codes where the division list does not know them.
     *
     * @param codes the codes
     * @return the names
     */
    public static List<String> countyNames(List<DivisionCode> codes) {
        Divisions divisions = Divisions.fujian();
        return codes.stream().map(c -> divisions.find(c).map(Division::name).orElse(c.value())).toList();
    }

    private static String dash(@Nullable String s) {
        return s == null ? "—" : s;
    }
}
