package org.countychain.benchmarks.poitl;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.PictureRenderData;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;
import com.deepoove.poi.data.RowRenderData;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.TableRenderData;
import com.deepoove.poi.data.Tables;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import org.countychain.chain.ChainLink;
import org.countychain.chain.KeyTechnology;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;

/**
 * poi-tl 1.12.2 rendering an equivalent document: a template (made once with XWPF: title, subtitle, a section per
 * chapter and item, body paragraphs, tables with a repeated header row, a picture; fonts set for East-Asian text)
 * and a data model with the same text, the same tables (the chain map as a table), the R&amp;D chart as a PNG and
 * the appendix. Only {@link #write} is timed: compiling the template and rendering the model, then writing.
 */
public final class PoiTl {
    private final byte[] template;
    private final Map<String, Object> model;

    /**
     * Prepares the template and the model.
     *
     * @param request the document
     */
    public PoiTl(ExportRequest request) {
        this.template = template();
        this.model = model(request);
    }

    /**
     * Compiles the template, renders the model and writes the document.
     *
     * @param out where to write
     */
    public void write(OutputStream out) {
        try (XWPFTemplate t = XWPFTemplate.compile(Documents.stream(template)).render(model)) {
            t.write(out);
        } catch (IOException e) {
            throw Documents.unchecked(e);
        }
    }

    private static byte[] template() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            tag(doc, "{{title}}", "方正小标宋简体", 22, ParagraphAlignment.CENTER);
            tag(doc, "{{subtitle}}", "楷体_GB2312", 16, ParagraphAlignment.CENTER);
            tag(doc, "{{?chapters}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{heading}}", "黑体", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{?items}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{itemHeading}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{?paragraphs}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{text}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{/paragraphs}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{?tables}}", "仿宋_GB2312", 12, ParagraphAlignment.CENTER);
            tag(doc, "{{caption}}", "黑体", 14, ParagraphAlignment.CENTER);
            tag(doc, "{{#table}}", "仿宋_GB2312", 12, ParagraphAlignment.LEFT);
            tag(doc, "{{/tables}}", "仿宋_GB2312", 12, ParagraphAlignment.CENTER);
            tag(doc, "{{?figures}}", "仿宋_GB2312", 12, ParagraphAlignment.CENTER);
            tag(doc, "{{@picture}}", "仿宋_GB2312", 12, ParagraphAlignment.CENTER);
            tag(doc, "{{caption}}", "黑体", 14, ParagraphAlignment.CENTER);
            tag(doc, "{{/figures}}", "仿宋_GB2312", 12, ParagraphAlignment.CENTER);
            tag(doc, "{{/items}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{/chapters}}", "仿宋_GB2312", 16, ParagraphAlignment.BOTH);
            tag(doc, "{{?appendices}}", "黑体", 16, ParagraphAlignment.LEFT);
            tag(doc, "{{appendixTitle}}", "黑体", 16, ParagraphAlignment.LEFT);
            tag(doc, "{{#appendixTable}}", "仿宋_GB2312", 12, ParagraphAlignment.LEFT);
            tag(doc, "{{/appendices}}", "黑体", 16, ParagraphAlignment.LEFT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw Documents.unchecked(e);
        }
    }

    private static void tag(XWPFDocument doc, String tag, String font, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setText(tag);
    }

    private static Map<String, Object> model(ExportRequest request) {
        ResearchReport r = request.report();
        ReportTemplate t = request.template();
        Map<String, Object> m = new HashMap<>();
        m.put("title", t.titleFor(r.unitName()));
        m.put("subtitle", r.chainName());
        PictureRenderData chart = Pictures.ofBytes(chartPng(), PictureType.PNG).size(590, 340).create();
        List<Map<String, Object>> chapters = new ArrayList<>();
        int tableNumber = 0;
        for (TemplateChapter c : t.chapters()) {
            Map<String, Object> chapter = new HashMap<>();
            chapter.put("heading", c.number() + "、" + t.fill(c.title(), r.unitName()));
            List<Map<String, Object>> items = new ArrayList<>();
            for (TemplateItem i : c.items()) {
                Map<String, Object> item = new HashMap<>();
                item.put("itemHeading", i.number() + "." + t.fill(i.title(), r.unitName()));
                List<Map<String, Object>> paragraphs = new ArrayList<>();
                List<Map<String, Object>> tables = new ArrayList<>();
                List<Map<String, Object>> figures = new ArrayList<>();
                for (ContentBlock b : r.item(i.id()).map(ReportItem::blocks).orElse(List.of())) {
                    if (b instanceof ContentBlock.Paragraph p) {
                        paragraphs.add(Map.of("text", p.text()));
                    } else if (b instanceof ContentBlock.Subheading h) {
                        paragraphs.add(Map.of("text", h.text()));
                    } else if (b instanceof ContentBlock.Table tb) {
                        tableNumber++;
                        tables.add(Map.of("caption", tb.caption(), "table", table(tb.header(), tb.rows())));
                    } else if (b instanceof ContentBlock.Figure f) {
                        switch (f.kind()) {
                            case RD_INTENSITY_CHART -> figures.add(Map.of("picture", chart, "caption", f.caption()));
                            default -> tables.add(Map.of("caption", f.caption(), "table", chainMap(request)));
                        }
                    }
                }
                if (!r.advantageUnits().isEmpty() && i.id().equals("3.3")) {
                    List<List<String>> rows = new ArrayList<>();
                    for (AdvantageUnit u : r.advantageUnits()) {
                        rows.add(List.of(Integer.toString(rows.size() + 1), u.name(), u.kind().label(),
                                String.valueOf(u.field()), String.valueOf(u.strengths()), String.valueOf(u.contact())));
                    }
                    tables.add(Map.of("caption", "表" + (tableNumber + 1) + " " + t.fill(i.title(), r.unitName()),
                            "table", table(List.of("序号", "单位（团队）名称", "类型", "研究领域", "优势", "联系方式"), rows)));
                }
                item.put("paragraphs", paragraphs);
                item.put("tables", tables);
                item.put("figures", figures);
                items.add(item);
            }
            chapter.put("items", items);
            chapters.add(chapter);
        }
        m.put("chapters", chapters);
        List<Map<String, Object>> appendices = new ArrayList<>();
        for (AppendixTable a : request.appendices()) {
            appendices.add(Map.of("appendixTitle", a.title(), "appendixTable", table(a.header(), a.rows())));
        }
        m.put("appendices", appendices);
        return m;
    }

    private static TableRenderData table(List<String> header, List<List<String>> rows) {
        Tables.TableBuilder b = Tables.ofWidth(15.6).center();
        b.addRow(Rows.of(header.toArray(String[]::new)).repeatedHeader().center().create());
        for (List<String> row : rows) {
            RowRenderData r = Rows.of(row.toArray(String[]::new)).create();
            b.addRow(r);
        }
        return b.create();
    }

    private static TableRenderData chainMap(ExportRequest request) {
        List<ChainLink> links = request.chain().map(c -> c.map().links()).orElse(List.of());
        List<String> header = new ArrayList<>(List.of("环节"));
        List<String> tech = new ArrayList<>(List.of("关键技术"));
        List<String> actors = new ArrayList<>(List.of("链上主体"));
        for (ChainLink l : links) {
            header.add(l.name());
            tech.add(String.join("\n", l.technologies().stream().map(KeyTechnology::name).toList()));
            actors.add(Integer.toString(l.actors().size()));
        }
        return table(header, List.of(tech, actors));
    }

    private static byte[] chartPng() {
        BufferedImage img = new BufferedImage(1180, 680, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1180, 680);
        g.setColor(new Color(0x2E5A88));
        for (int i = 0; i < 15; i++) {
            g.fillRect(300, 20 + i * 42, 800 - i * 40, 30);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw Documents.unchecked(e);
        }
    }
}
