package org.countychain.export.docx.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Writes {@code fixtures/poi-xwpf.docx}, a report made with Apache POI's XWPF the way a system that generates Word
 * files itself would: headings as bold plain paragraphs (no heading styles) numbered by Word's automatic numbering
 * in numbering.xml ({@code 一、} counted in Chinese, {@code 1.} restarting under each chapter, no number typed),
 * footnotes, a table with a two-row header (cells merged down and across) and phone numbers, an explicit page
 * break, a section break in a paragraph's properties and a paragraph with {@code w:pageBreakBefore}. Run
 * {@link #main} to remake it; the reader's tests read the committed file.
 */
final class PoiWrittenReport {
    private PoiWrittenReport() {
    }

    /**
     * Remakes the fixture.
     *
     * @param args the file to write, by default the fixture in the test resources
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "src/test/resources/org/countychain/export/docx/read/fixtures/poi-xwpf.docx");
        Files.write(out, write());
    }

    static byte[] write() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = numbering(doc);
            centred(doc, "晋江市县域重点产业创新链调研报告", 22);
            centred(doc, "纺织鞋服", 16);

            heading(doc, numId, 0, "晋江市县域重点产业发展现状");
            heading(doc, numId, 1, "产业现状");
            XWPFParagraph p = body(doc, "2024年全县纺织鞋服产业规模以上企业实现产值1200亿元");
            footnote(doc, p, "数据来源：晋江市统计局《2024年晋江统计年鉴》。");
            p.createRun().setText("，占全县规模以上工业的四成。");
            heading(doc, numId, 1, "产业技术发展现状、技术瓶颈");
            body(doc, "重点企业研发投入逐年增加，但高端装备和工业软件依赖外地。");
            body(doc, "表1 重点企业研发投入");
            twoRowHeaderTable(doc);
            XWPFParagraph last = body(doc, "功能面料和智能制造是下一步攻关方向。");
            last.createRun().addBreak(BreakType.PAGE);

            heading(doc, numId, 0, "晋江市重点产业国内产业发展现状");
            heading(doc, numId, 1, "产业现状");
            body(doc, "我国纺织鞋服产业规模居世界首位，集群化发展特征明显。");
            heading(doc, numId, 1, "产业技术发展现状、技术瓶颈");
            body(doc, "国内在差别化纤维、绿色印染方面技术较成熟。");
            heading(doc, numId, 1, "产业技术发展趋势（方向）");
            XWPFParagraph endOfSection = body(doc, "绿色低碳、数字智能和功能化是主要方向。");
            // A section break (next page) ends this paragraph: the next chapter starts a page.
            endOfSection.getCTP().addNewPPr().addNewSectPr().addNewType().setVal(STSectionMark.NEXT_PAGE);

            heading(doc, numId, 0, "晋江市县域重点产业发展对策建议");
            heading(doc, numId, 1, "产业对策建议");
            p = body(doc, "建议围绕鞋服智能制造推进强链补链");
            footnote(doc, p, "参见《晋江市“十四五”制造业高质量发展专项规划》。");
            p.createRun().setText("。");
            XWPFParagraph item = heading(doc, numId, 1, "产业科技创新对策建议及技术攻关方向");
            item.setPageBreak(true);
            p = body(doc, "建议组织功能面料、无水染色和智能缝制装备技术攻关");
            footnote(doc, p, "攻关方向由县科技局会同行业协会提出。");
            p.createRun().setText("。");
            heading(doc, numId, 1, "晋江市重点产业科技创新优势单位（团队）");
            unitTable(doc);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Level 0: 一、 counted in Chinese; level 1: 1. restarting under each chapter. */
    private static BigInteger numbering(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        CTLvl chapter = abs.addNewLvl();
        chapter.setIlvl(BigInteger.ZERO);
        chapter.addNewStart().setVal(BigInteger.ONE);
        chapter.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        chapter.addNewLvlText().setVal("%1、");
        CTLvl item = abs.addNewLvl();
        item.setIlvl(BigInteger.ONE);
        item.addNewStart().setVal(BigInteger.ONE);
        item.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        item.addNewLvlText().setVal("%2.");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }

    private static void centred(XWPFDocument doc, String text, int pt) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(pt);
    }

    private static XWPFParagraph heading(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(text);
        return p;
    }

    private static XWPFParagraph body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        p.createRun().setText(text);
        return p;
    }

    private static void footnote(XWPFDocument doc, XWPFParagraph p, String text) {
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText(text);
        p.addFootnoteReference(note);
    }

    /** 序号, 企业名称 and 联系电话 merged down over two header rows; 研发投入（万元） across 2023年 and 2024年. */
    private static void twoRowHeaderTable(XWPFDocument doc) {
        XWPFTable t = doc.createTable(4, 5);
        String[][] cells = {
            {"序号", "企业名称", "研发投入（万元）", "", "联系电话"},
            {"", "", "2023年", "2024年", ""},
            {"1", "晋江市样例鞋业有限公司", "1200", "1350", "0595-85671234"},
            {"2", "晋江市样例面料科技有限公司", "860", "990", "0595-85675678"},
        };
        for (int r = 0; r < cells.length; r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < cells[r].length; c++) {
                row.getCell(c).setText(cells[r][c]);
            }
        }
        for (int c : new int[] {0, 1, 4}) {
            tcPr(t.getRow(0).getCell(c)).addNewVMerge().setVal(STMerge.RESTART);
            tcPr(t.getRow(1).getCell(c)).addNewVMerge();
        }
        // 研发投入 spans two grid columns: the cell after it goes.
        tcPr(t.getRow(0).getCell(2)).addNewGridSpan().setVal(BigInteger.TWO);
        t.getRow(0).removeCell(3);
    }

    private static void unitTable(XWPFDocument doc) {
        List<List<String>> rows = List.of(
                List.of("序号", "单位（团队）名称", "类型", "研究领域", "优势", "联系方式"),
                List.of("1", "华侨大学材料科学与工程学院", "高校", "高分子发泡材料", "鞋底发泡技术省级重点实验室",
                        "李教授 0595-22345678"),
                List.of("2", "晋江市鞋服产业技术研究院（样例）", "科研院所", "智能制造装备", "鞋服智能制造整线方案",
                        "王主任 0595-32345678"));
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                t.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
