package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.report.UnitKind;

/**
 * The layout defects a second county's report showed in LibreOffice, each checked on the rendered PDF: codes, dates
 * and amounts never broken across lines in tables beside long names, the 三.3 table's 类型 on one line, no table
 * ending with its last row alone on a page, no heading leaving one character on a line of its own, no text lost
 * (every sentence of the report is in the PDF's text, a 、 at the end of a line included).
 */
@Tag("libreoffice")
class LayoutRenderingTest {
    private static final Path OUT = Path.of("target", "libreoffice", "layout");
    private static final Pattern PHONE = Pattern.compile("059[5*]-[0-9*]{8}");
    private static final Pattern CODE = Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10}");

    /** A county whose names are long: every table puts long text beside codes, dates and amounts. */
    static ResearchReport secondCounty() {
        ResearchReport r = DocxExporterTest.REPORT;
        List<ReportItem> items = new ArrayList<>();
        for (ReportItem item : r.items()) {
            if (items.isEmpty()) {
                List<ContentBlock> blocks = new ArrayList<>(item.blocks());
                blocks.addAll(commaAtLineEnd());
                items.add(new ReportItem(item.itemId(), blocks));
            } else {
                items.add(item);
            }
        }
        List<AdvantageUnit> units = List.of(
                // Latin tokens in the field and strengths (standards, software) crowd the table's minimum widths.
                new AdvantageUnit("福建省轻工业研究所（福建省轻工业产品质量检验站）", UnitKind.RESEARCH_INSTITUTE,
                        "鞋服新材料、功能性面料与MES/ERP/PLM/SCADA工业软件", "国家级检测资质，主导制定GB/T33000-2016等行业标准十余项",
                        "陈工 0595-12345678"),
                new AdvantageUnit("华侨大学材料科学与工程学院高分子材料研究团队", UnitKind.UNIVERSITY,
                        "高分子发泡材料", "鞋底发泡技术省级重点实验室", "李教授 0595-22345678"),
                new AdvantageUnit("中国科学院海西研究院泉州装备制造研究中心", UnitKind.RESEARCH_INSTITUTE,
                        "智能制造装备与工业软件", "鞋服智能制造整线方案", "王主任 0595-32345678"),
                new AdvantageUnit("泉州市纺织鞋服产业技术创新战略联盟公共服务平台", UnitKind.PLATFORM,
                        "检测认证与工业设计", "服务企业两百余家", "赵经理 0595-42345678"));
        return new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(), r.templateEdition(),
                r.year(), r.coveredCounties(), items, units, r.preparedBy(), r.preparedOn());
    }

    /**
     * Paragraphs whose 、 falls at every position around the end of the first and second lines (28 characters a line,
     * two of indent), so that one of them ends a line with it whatever the fonts.
     */
    private static List<ContentBlock> commaAtLineEnd() {
        List<ContentBlock> blocks = new ArrayList<>();
        String filler = "本县纺织鞋服产业链上下游企业协同攻关关键共性技术推动产业向高端化智能化绿色化转型发展持续提升创新能力";
        for (int at = 22; at <= 30; at++) {
            String head = filler.substring(0, at);
            blocks.add(new ContentBlock.Paragraph(head + "、科技特派员团队" + at + "支、研发机构" + at
                    + "家，建成省级以上创新平台。"));
        }
        for (int at = 50; at <= 58; at++) {
            String head = (filler + filler).substring(0, at);
            blocks.add(new ContentBlock.Paragraph(head + "、重点企业" + at + "家、服务站点若干个，形成梯次培育格局。"));
        }
        return blocks;
    }

    /** Appendices of long names, 18-character codes, dates and amounts. */
    static List<AppendixTable> appendices() {
        List<List<String>> rows = new ArrayList<>();
        String[] names = {"福建省晋江市恒达鞋服智能制造科技股份有限公司", "泉州市闽南新材料科技发展有限公司（合成）",
            "晋江市安海镇某某纺织品进出口贸易有限责任公司", "福建省华联功能性面料研究院有限公司"};
        for (int i = 1; i <= 12; i++) {
            rows.add(List.of(Integer.toString(i), names[i % names.length], code(i),
                    "无研发投入、无研发机构、无有效发明专利、未开展产学研合作", "陈某某（晋江市科技局科技特派员工作站）0595-8" + (1000000 + i)));
        }
        AppendixTable service = new AppendixTable("附件1 晋江市纺织鞋服产业链规模以上工业企业研发活动缺项服务清单", "表 规模以上工业企业研发活动缺项服务清单",
                List.of("序号", "企业名称", "统一社会信用代码", "缺项", "服务联系人"), rows, "数据年度：2024年。");
        List<List<String>> amounts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            amounts.add(List.of(Integer.toString(i), names[i % names.length], code(100 + i), "2024-10-" + (10 + i),
                    "1,234,567.8" + i, "123,456.7" + i, "10.0" + i + "%", "研发费用占比连续三年高于全县平均水平且增长较快"));
        }
        AppendixTable priority = new AppendixTable("附件2 晋江市纺织鞋服产业链重点支持企业名单", "表 重点支持企业名单",
                List.of("序号", "企业名称", "统一社会信用代码", "填报日期", "营业收入（万元）", "研发费用（万元）", "研发强度", "推荐理由"),
                amounts, null);
        return List.of(service, priority);
    }

    private static String code(int i) {
        String[] codes = {"91350526MA2HNBR54G", "91350582MA2YQ4WJ3B", "913505827661289770", "91350500MA8RJ0WB5E"};
        return codes[i % codes.length];
    }

    private static Path secondCountyPdf;

    /** The second county's report, rendered once for the tests that read it. */
    private static synchronized Path secondCountyPdf() throws Exception {
        if (secondCountyPdf == null) {
            ExportRequest request = ExportRequest.builder(secondCounty()).dataset(DocxExporterTest.COUNTY)
                    .appendices(appendices()).build();
            secondCountyPdf = render("second-county.docx", request);
        }
        return secondCountyPdf;
    }

    @Test
    void everySentenceOfTheReportIsOnThePage() throws Exception {
        // Page numbers (— 5 —) fall between the lines of a paragraph that crosses a page: left out.
        String pdf = flatten(LibreOffice.text(secondCountyPdf())).replaceAll("—\\d+—", "");
        List<String> missing = new ArrayList<>();
        int sentences = 0;
        for (ReportItem item : secondCounty().items()) {
            for (ContentBlock block : item.blocks()) {
                if (block instanceof ContentBlock.Paragraph p) {
                    for (String sentence : p.text().split("(?<=[。！？；])")) {
                        sentences++;
                        if (!pdf.contains(flatten(sentence))) {
                            missing.add(sentence);
                        }
                    }
                }
            }
        }
        assertThat(sentences).isGreaterThan(40);
        assertThat(missing).as("sentences of the report not found in the PDF's text").isEmpty();
    }

    /**
     * The chain map of the sample county: actors named where their box has room (they were only counted), and no
     * arrow on a line of its own (arrows wrapped under the links' names).
     */
    @Test
    void chainMapNamesItsActorsAndKeepsArrowsBesideTheLinks() throws Exception {
        org.countychain.chain.ChainMap map = DocxExporterTest.COUNTY.chain(DocxExporterTest.REPORT.chainId())
                .orElseThrow().map();
        String pdf = flatten(LibreOffice.text(secondCountyPdf()));
        List<String> named = new ArrayList<>();
        for (org.countychain.chain.ChainLink link : map.links()) {
            link.actors().stream().limit(2).forEach(a -> named.add(a.name()));
        }
        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(name -> assertThat(pdf).contains(flatten(name)));
        assertThat(layoutText(secondCountyPdf()).lines().map(l -> l.replaceAll("\\s+", "")))
                .as("lines holding only arrows").noneMatch(l -> l.matches("→+"));
    }

    private static String flatten(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void codesDatesAmountsAndTypesStayOnOneLine() throws Exception {
        String layout = layoutText(secondCountyPdf());
        List<String> atoms = new ArrayList<>();
        for (AppendixTable a : appendices()) {
            for (List<String> row : a.rows()) {
                for (String cell : row) {
                    if (cell.matches("[0-9A-Z,.%-]+")) {
                        atoms.add(cell);
                    }
                }
            }
        }
        // 类型 of the 三.3 table: 科研院所 twice, 创新平台 once, never broken. Only the table's lines count: the
        // report's paragraphs say 科研院所 and 创新平台 too.
        String unitTable = unitTableLines(layout);
        assertThat(count(unitTable, "科研院所")).as("科研院所 on one line in the 三.3 table").isEqualTo(2);
        assertThat(count(unitTable, "创新平台")).as("创新平台 on one line in the 三.3 table").isEqualTo(1);
        assertThat(count(unitTable, "高校")).as("高校 on one line in the 三.3 table").isEqualTo(1);
        assertThat(atoms).hasSizeGreaterThan(50);
        for (String atom : atoms) {
            assertThat(layout).as("%s on one line", atom).contains(atom);
        }
        // Phone numbers (masked in the 三.3 table, in full in the appendix) and a standard's number whole: a line
        // broke at their hyphen.
        assertThat(count(unitTable, "GB/T33000-2016")).as("GB/T33000-2016 on one line").isEqualTo(1);
        Matcher phones = PHONE.matcher(layout);
        int wholePhones = 0;
        while (phones.find()) {
            wholePhones++;
        }
        assertThat(wholePhones).as("phone numbers on one line").isEqualTo(4 + 12);
        Matcher m = CODE.matcher(layout);
        int codes = 0;
        while (m.find()) {
            codes++;
        }
        assertThat(codes).as("whole credit codes in the PDF").isGreaterThanOrEqualTo(20);
    }

    /** The lines of the 三.3 table: from its caption to the first appendix's title. */
    private static String unitTableLines(String layout) {
        int caption = layout.indexOf("优势单位（团队）\n", layout.indexOf("表 3"));
        int end = layout.indexOf("附件", caption);
        assertThat(caption).as("the 三.3 table's caption in the PDF").isPositive();
        assertThat(end).as("the first appendix after the 三.3 table").isGreaterThan(caption);
        return layout.substring(caption, end);
    }

    private static final String LONG_TITLE = "晋江市纺织鞋服产业链规模以上工业企业研发活动缺项服务清单及补充说明材料";

    /** Titles of 20 to 28 characters after the label: around the length of a line, some a character or two over. */
    private static String title(int n) {
        return "附件" + (n - 23) + " " + LONG_TITLE.substring(0, 20 + n % 9);
    }

    /**
     * Appendices of 24 to 40 one-line rows, each on its own page: whatever the fonts, some of them end just past a
     * page. None may leave its last row alone on the next page.
     */
    @Test
    void noTableEndsWithItsLastRowAloneOnAPage() throws Exception {
        List<AppendixTable> tables = new ArrayList<>();
        for (int n = 24; n <= 40; n++) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= n; r++) {
                rows.add(List.of(Integer.toString(r), "T" + n + "-R" + r, "样例企业有限公司", "无"));
            }
            tables.add(new AppendixTable(title(n), "表 行数" + n, List.of("序号", "标记", "企业名称", "备注"), rows, null));
        }
        Path pdf = render("rows.docx", ExportRequest.builder(DocxExporterTest.REPORT).dataset(DocxExporterTest.COUNTY)
                .appendices(tables).build());
        String[] pages = LibreOffice.text(pdf).split("\f");
        List<String> alone = new ArrayList<>();
        int spanning = 0;
        for (int n = 24; n <= 40; n++) {
            Pattern marker = Pattern.compile("\\bT" + n + "-R(\\d+)\\b");
            int firstPage = -1;
            int lastPage = -1;
            int onLastPage = 0;
            for (int p = 0; p < pages.length; p++) {
                Matcher m = marker.matcher(pages[p]);
                int here = 0;
                while (m.find()) {
                    here++;
                }
                if (here > 0) {
                    firstPage = firstPage < 0 ? p : firstPage;
                    lastPage = p;
                    onLastPage = here;
                }
            }
            assertThat(lastPage).as("rows of table %d in the PDF", n).isGreaterThanOrEqualTo(0);
            if (lastPage > firstPage) {
                spanning++;
                if (onLastPage < 2) {
                    alone.add("table of " + n + " rows: " + onLastPage + " row on page " + (lastPage + 1));
                }
            }
        }
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(spanning).as("tables that cross a page (the test must exercise the case)").isGreaterThan(3);
        softly.assertThat(alone).as("tables ending with one row alone on a page").isEmpty();
        // Each appendix starts a page, and no page is blank (a page-break paragraph after a full page made one).
        for (int p = 0; p < pages.length; p++) {
            softly.assertThat(pages[p].replaceAll("—\\s*\\d+\\s*—", "").isBlank()).as("page %d blank", p + 1).isFalse();
        }
        // No title leaves a character or two on a line of its own.
        List<String> lines = LibreOffice.text(pdf).lines().map(String::strip).toList();
        for (int n = 24; n <= 40; n++) {
            String title = title(n);
            for (int k = 1; k <= 2; k++) {
                softly.assertThat(lines).as("the last %d character(s) of %s alone on a line", k, title)
                        .doesNotContain(title.substring(title.length() - k));
            }
            softly.assertThat(flatten(LibreOffice.text(pdf))).as("title %s", title).contains(flatten(title));
        }
        softly.assertAll();
    }

    /**
     * R11's cultivation list: the ratio criteria's figures printed with their % sign (实际3.2%，要求5%), on the page
     * as in the table; they were printed without it.
     */
    @Test
    void cultivationRatiosCarryTheirPercentSignOnThePage() throws Exception {
        ExportRequest request = ExportRequest.builder(DocxExporterTest.REPORT).dataset(DocxExporterTest.COUNTY)
                .noticeAppendices(NoticeAppendix.CULTIVATION).build();
        List<String> figures = new ArrayList<>();
        Matcher m = Pattern.compile("（实际[^（）]*）").matcher(String.join("；",
                request.appendices().get(0).rows().stream().flatMap(List::stream).toList()));
        while (m.find()) {
            figures.add(m.group());
        }
        List<String> percentages = new ArrayList<>();
        for (String figure : figures) {
            Matcher p = Pattern.compile("-?[0-9.]+%").matcher(figure);
            while (p.find()) {
                percentages.add(p.group());
            }
        }
        assertThat(percentages).as("percentages in the cultivation list's figures").hasSizeGreaterThan(4);
        // A cell's lines come out between its neighbours' in the PDF's text: each percentage is looked for whole.
        String pdf = flatten(LibreOffice.text(render("cultivation.docx", request)));
        for (String percentage : percentages) {
            assertThat(pdf).as("%s in the PDF", percentage).contains(percentage);
        }
        assertThat(pdf).as("a ratio without its sign").doesNotContainPattern("占比[^（）]{0,12}（实际-?[0-9.]+[，）]");
    }

    private static int count(String text, String s) {
        return text.split(Pattern.quote(s), -1).length - 1;
    }

    static Path render(String name, ExportRequest request) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxExporter().write(request, out);
        }
        return LibreOffice.toPdf(file);
    }

    static String layoutText(Path pdf) throws Exception {
        return LibreOffice.layoutText(pdf);
    }
}
