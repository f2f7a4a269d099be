package org.countychain.export.docx.internal;

import java.util.List;
import java.util.Optional;

import org.countychain.CountyChainException;
import org.countychain.export.model.ExportErrorCode;
import org.countychain.CountyChainVersion;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.export.docx.spi.ContributionContext;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.walk.ReportWalker;
import org.countychain.report.ContentBlock;
import org.countychain.report.ItemKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;

/**
 * Walks a report in its template's order and writes it: title, subtitle, each chapter's heading ({@code 一、}), each
 * item's heading ({@code 1.}) and its blocks, the 三.3 table of advantage units, the appendices. The template drives
 * every heading; nothing is specific to one edition.
 */
final class ReportBody {
    private final ExportRequest request;
    private final StyleSheet sheet;
    private final List<DocxContributor> contributors;
    private final ContributionContext context;
    private final BodyXml body;
    private final List<String> warnings;
    private int tables;

    ReportBody(ExportRequest request, StyleSheet sheet, List<DocxContributor> contributors, ContributionContext context,
               BodyXml body, List<String> warnings) {
        this.request = request;
        this.sheet = sheet;
        this.contributors = contributors;
        this.context = context;
        this.body = body;
        this.warnings = warnings;
    }

    void write() {
        ResearchReport report = request.report();
        ReportTemplate template = request.template();
        for (DocxContributor c : contributors) {
            guard(c, () -> c.beforeTitle(context, body));
        }
        body.title(template.titleFor(report.unitName()));
        body.subtitle(report.displaySubtitle());
        if (report.isConsolidated()) {
            // A city's consolidated report (R3) names every county it covers under the title.
            body.subtitle("（涵盖" + String.join("、", ReportWalker.countyNames(report.coveredCounties())) + "）");
        }
        for (TemplateChapter chapter : template.chapters()) {
            body.heading(1, chapter.number() + "、" + template.fill(chapter.title(), report.unitName()));
            for (TemplateItem item : chapter.items()) {
                body.heading(3, item.number() + "." + template.fill(item.title(), report.unitName()));
                if (!replaced(item)) {
                    item(item, report);
                }
                for (DocxContributor c : contributors) {
                    guard(c, () -> c.afterItem(item, context, body));
                }
            }
        }
        for (DocxContributor c : contributors) {
            guard(c, () -> c.afterChapters(context, body));
        }
        for (AppendixTable a : request.appendices()) {
            appendix(a);
        }
    }

    private boolean replaced(TemplateItem item) {
        for (DocxContributor c : contributors) {
            boolean[] done = {false};
            guard(c, () -> done[0] = c.replaceItem(item, context, body));
            if (done[0]) {
                return true;
            }
        }
        return false;
    }

    private void item(TemplateItem item, ResearchReport report) {
        Optional<ReportItem> content = report.item(item.id());
        boolean unitTable = item.kind() == ItemKind.UNIT_TABLE && !report.advantageUnits().isEmpty();
        boolean empty = content.map(ReportItem::isEmpty).orElse(true);
        if (empty && !unitTable) {
            body.paragraph(sheet.placeholder());
            return;
        }
        if (!empty) {
            for (ContentBlock block : content.get().blocks()) {
                block(block);
            }
        }
        if (unitTable) {
            advantageUnits(item);
        }
    }

    private void block(ContentBlock block) {
        if (block instanceof ContentBlock.Paragraph p) {
            if (!p.isEmpty()) {
                body.paragraph(p.text());
            }
        } else if (block instanceof ContentBlock.Table t) {
            tables++;
            body.table(t.caption(), t.header(), t.rows());
        } else if (block instanceof ContentBlock.Figure f) {
            figure(f);
        } else if (block instanceof ContentBlock.Subheading h) {
            body.heading(4, h.text());
        }
    }

    private void figure(ContentBlock.Figure f) {
        for (DocxContributor c : contributors) {
            boolean[] done = {false};
            guard(c, () -> done[0] = c.replaceFigure(f, context, body));
            if (done[0]) {
                return;
            }
        }
        switch (f.kind()) {
            case CHAIN_MAP -> {
                var map = request.chain().map(chain -> chain.map());
                if (map.isPresent() && !map.get().stages().isEmpty()) {
                    ChainMapFigure.write(body, map.get(), f.caption());
                } else {
                    missing(f, "产业链图谱数据缺失");
                }
            }
            case RD_INTENSITY_CHART -> {
                List<RdIntensityChart.Bar> bars = RdIntensityChart.bars(request.chainEnterprises(),
                        request.report().year());
                if (bars.isEmpty()) {
                    missing(f, "无可用的研发数据");
                } else {
                    RdIntensityChart.write(body, sheet, bars, f.caption());
                }
            }
            case IMAGE -> {
                // An IMAGE figure always names its image (ContentBlock.Figure checks it).
                String name = f.image();
                Optional<byte[]> bytes = name == null ? Optional.empty() : request.image(name);
                if (name != null && bytes.isPresent() && ImageInfo.of(bytes.get()) != null) {
                    body.image(bytes.get(), sheet.page().textWidthMm(), f.caption(), name);
                } else {
                    missing(f, "图片缺失：" + name);
                }
            }
        }
    }

    private void missing(ContentBlock.Figure f, String why) {
        warnings.add(f.caption() + "：" + why);
        body.paragraph(ParagraphFormats.centred(sheet), "（" + why + "）");
        body.caption(f.caption());
    }

    private void advantageUnits(TemplateItem item) {
        tables++;
        body.table(ReportWalker.unitTableCaption(request, item, tables), ReportWalker.advantageUnitHeader(request),
                ReportWalker.advantageUnitRows(request));
    }

    private void appendix(AppendixTable a) {
        // The title breaks the page itself: a page-break paragraph after a full page would leave a blank page.
        body.appendixTitle(a.title());
        body.table(a.caption(), a.header(), a.rows());
        if (a.rows().isEmpty()) {
            body.note("（无符合条件的企业）");
        }
        if (a.note() != null) {
            body.note(a.note());
        }
    }

    /** A contributor's failure names the contributor; the library's own exceptions pass unchanged. */
    static void guard(DocxContributor c, Runnable r) {
        try {
            r.run();
        } catch (CountyChainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReferenceDataException(ExportErrorCode.EXPORT_PLUGIN, Location.NOWHERE,
                    List.of("contributor " + c.id() + " (" + c.getClass().getName() + ") failed: " + e), e);
        } catch (LinkageError e) {
            // A plug-in compiled against another version calls what this one lacks: say so with both versions.
            throw new ReferenceDataException(ExportErrorCode.EXPORT_PLUGIN, Location.NOWHERE,
                    List.of("contributor " + c.id() + " (" + c.getClass().getName() + ") does not fit this version"
                            + " of CountyChain (built against " + c.builtAgainst() + ", plug-in interfaces "
                            + CountyChainVersion.SPI + "): " + e), e);
        }
    }
}
