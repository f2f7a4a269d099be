package org.countychain.examples.plugins;

import static org.countychain.export.walk.TextEscaping.markdown;
import static org.countychain.export.walk.TextEscaping.markdownInline;
import static org.countychain.export.walk.TextEscaping.markdownTableCell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.countychain.CountyChainIOException;
import org.countychain.CountyChainVersion;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.spi.ReportExporter;
import org.countychain.export.walk.ReportVisitor;
import org.countychain.export.walk.ReportWalker;
import org.countychain.export.walk.WalkedFigure;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;

/**
 * Example plug-in of the {@link ReportExporter} SPI: the same research report as Markdown (CommonMark with GitHub
 * tables), in the template's structure. It lets {@link ReportWalker} walk the report, so it writes what the Word
 * export writes, personal data masked as the request says, and escapes every text with
 * {@link org.countychain.export.walk.TextEscaping}. Figures are written as their captions (and the R&amp;D intensity
 * chart as a table of its data), since Markdown cannot hold a chart. Found through {@code META-INF/services}.
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
        Markdown md = new Markdown();
        ReportWalker.walk(request, md);
        byte[] bytes = md.sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new CountyChainIOException("markdown", e);
        }
        return new ExportResult(formatId(), bytes.length, 0, md.warnings);
    }

    /** Writes each part the walker hands over. */
    private static final class Markdown implements ReportVisitor {
        final StringBuilder sb = new StringBuilder();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void title(String text) {
            sb.append("# ").append(markdownInline(text)).append("\n\n");
        }

        @Override
        public void subtitle(String text) {
            sb.append(markdown(text)).append("\n\n");
        }

        @Override
        public void chapter(TemplateChapter chapter, String heading) {
            sb.append("## ").append(markdownInline(heading)).append("\n\n");
        }

        @Override
        public void item(TemplateItem item, String heading) {
            sb.append("### ").append(markdownInline(heading)).append("\n\n");
        }

        @Override
        public void emptyItem(TemplateItem item) {
            sb.append("（待填写）\n\n");
        }

        @Override
        public void paragraph(String text) {
            // A line break inside a paragraph is a hard break: a backslash at the end of the line.
            sb.append(markdown(text).replace("\n", "\\\n")).append("\n\n");
        }

        @Override
        public void subheading(String text) {
            sb.append("#### ").append(markdownInline(text)).append("\n\n");
        }

        @Override
        public void figure(WalkedFigure figure) {
            if (figure.missing() != null) {
                sb.append("（").append(markdown(figure.missing())).append("）\n\n");
                warnings.add(figure.block().caption() + "：" + figure.missing());
            } else if (!figure.rdIntensity().isEmpty()) {
                table(null, List.of("企业", "研发强度（%）"), figure.rdIntensity().stream()
                        .map(b -> List.of(b.enterprise(), b.percent().toPlainString())).toList());
            }
            sb.append('*').append(markdownInline(figure.block().caption())).append("*\n\n");
        }

        @Override
        public void appendix(AppendixTable a) {
            sb.append("## ").append(markdownInline(a.title())).append("\n\n");
            table(a.caption(), a.header(), a.rows());
            if (a.note() != null) {
                sb.append(markdown(a.note())).append("\n\n");
            }
        }

        @Override
        public void table(String caption, List<String> header, List<List<String>> rows) {
            if (caption != null) {
                sb.append("**").append(markdownInline(caption)).append("**\n\n");
            }
            row(header);
            sb.append('|').append("---|".repeat(header.size())).append('\n');
            for (List<String> row : rows) {
                row(row);
            }
            sb.append('\n');
        }

        private void row(List<String> cells) {
            sb.append('|');
            for (String cell : cells) {
                sb.append(markdownTableCell(cell)).append('|');
            }
            sb.append('\n');
        }
    }

    /** The version this plug-in was compiled against: the compiler copies the constant into this class. */
    @Override
    public String builtAgainst() {
        return CountyChainVersion.SPI;
    }
}
