package org.countychain.examples.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.countychain.CountyChainIOException;
import org.countychain.CountyChainVersion;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.spi.ReportExporter;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;

/**
 * Example plug-in of the {@link ReportExporter} SPI: the same research report as Markdown (CommonMark with GitHub
 * tables), in the template's structure. Found through {@code META-INF/services}; figures are written as their
 * captions, since Markdown cannot hold a chart.
 */
public final class MarkdownReportExporter implements ReportExporter {
    @Override
    public String formatId() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public ExportResult write(ExportRequest request, OutputStream out) {
        request.checkSubmittable();
        ResearchReport r = request.report();
        ReportTemplate t = request.template();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.titleFor(r.unitName())).append("\n\n").append(r.chainName()).append("\n\n");
        for (TemplateChapter c : t.chapters()) {
            md.append("## ").append(c.number()).append('、').append(t.fill(c.title(), r.unitName())).append("\n\n");
            for (TemplateItem i : c.items()) {
                md.append("### ").append(i.number()).append('.').append(t.fill(i.title(), r.unitName())).append("\n\n");
                List<ContentBlock> blocks = r.item(i.id()).map(ReportItem::blocks).orElse(List.of());
                boolean empty = r.item(i.id()).map(ReportItem::isEmpty).orElse(true);
                if (empty && r.advantageUnits().isEmpty()) {
                    md.append("（待填写）\n\n");
                }
                for (ContentBlock b : blocks) {
                    if (b instanceof ContentBlock.Paragraph p && !p.isEmpty()) {
                        md.append(p.text()).append("\n\n");
                    } else if (b instanceof ContentBlock.Table tb) {
                        table(md, tb.caption(), tb.header(), tb.rows());
                    } else if (b instanceof ContentBlock.Figure f) {
                        md.append("*").append(f.caption()).append("*\n\n");
                    } else if (b instanceof ContentBlock.Subheading h) {
                        md.append("#### ").append(h.text()).append("\n\n");
                    }
                }
                if (i.kind() == org.countychain.report.ItemKind.UNIT_TABLE && !r.advantageUnits().isEmpty()) {
                    table(md, null, List.of("名称", "类型", "领域", "优势"), r.advantageUnits().stream()
                            .map(MarkdownReportExporter::row).toList());
                }
            }
        }
        for (AppendixTable a : request.appendices()) {
            md.append("## ").append(a.title()).append("\n\n");
            table(md, a.caption(), a.header(), a.rows());
        }
        byte[] bytes = md.toString().getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new CountyChainIOException("markdown", e);
        }
        return new ExportResult(formatId(), bytes.length, 0, List.of());
    }

    private static List<String> row(AdvantageUnit u) {
        return List.of(u.name(), u.kind().label(), u.field() == null ? "—" : u.field(),
                u.strengths() == null ? "—" : u.strengths());
    }

    private static void table(StringBuilder md, String caption, List<String> header, List<List<String>> rows) {
        if (caption != null) {
            md.append("**").append(caption).append("**\n\n");
        }
        md.append('|').append(String.join("|", header.stream().map(MarkdownReportExporter::cell).toList()))
                .append("|\n|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            md.append('|').append(String.join("|", row.stream().map(MarkdownReportExporter::cell).toList()))
                    .append("|\n");
        }
        md.append('\n');
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The version this plug-in was compiled against: the compiler copies the constant into this class. */
    @Override
    public String builtAgainst() {
        return CountyChainVersion.SPI;
    }
}
