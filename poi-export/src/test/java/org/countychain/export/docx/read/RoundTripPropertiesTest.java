package org.countychain.export.docx.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.ExportRequest;
import org.countychain.privacy.PersonalData;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateItem;
import org.countychain.report.UnitKind;

/**
 * Every report the library exports reads back to an equal report: random reports (items left out, paragraphs with
 * line breaks and tabs, tables with and without captions, sub-headings with and without counties, figures whose
 * data is missing, pictures, advantage units, consolidated reports) are exported and read.
 */
class RoundTripPropertiesTest {
    private static final String WORDS = "产业链创新技术研发企业平台人才装备材料工艺市场绿色数字智能制造服务协同";
    private static final String MIDDLE = WORDS + "，、；：（）%0123456789ABCxyz ";
    private static final List<Division> COUNTIES = Divisions.fujian().counties();
    static final byte[] PNG = png();

    @Property(tries = 60)
    void anExportedReportReadsBackEqual(@ForAll long seed) {
        ResearchReport report = report(new Random(seed));
        ExportRequest.Builder request = ExportRequest.builder(report).personalData(PersonalData.FULL);
        report.items().stream().flatMap(i -> i.blocks().stream())
                .filter(b -> b instanceof ContentBlock.Figure f && f.kind() == FigureKind.IMAGE)
                .map(b -> ((ContentBlock.Figure) b).image()).distinct().forEach(name -> request.image(name, PNG));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(request.build(), out);

        ReadResult read = ReportReader.defaults().read(out.toByteArray(), "generated.docx");

        assertSameReport(read.report(), report);
        assertThat(read.unplaced()).isEmpty();
        assertThat(read.findings()).allSatisfy(f -> assertThat(f.code().code()).isEqualTo("CC-6422"));
    }

    /** Equal reports; when not, the first difference is named (item and block) rather than two whole reports. */
    static void assertSameReport(ResearchReport actual, ResearchReport expected) {
        assertThat(actual.items()).extracting(ReportItem::itemId)
                .containsExactlyElementsOf(expected.items().stream().map(ReportItem::itemId).toList());
        for (int i = 0; i < expected.items().size(); i++) {
            assertThat(actual.items().get(i).blocks()).as("item " + expected.items().get(i).itemId())
                    .containsExactlyElementsOf(expected.items().get(i).blocks());
        }
        assertThat(actual.advantageUnits()).containsExactlyElementsOf(expected.advantageUnits());
        assertThat(actual).isEqualTo(expected);
    }

    static ResearchReport report(Random random) {
        Division county = COUNTIES.get(random.nextInt(COUNTIES.size()));
        boolean consolidated = random.nextInt(4) == 0;
        List<DivisionCode> covered = new ArrayList<>(List.of(county.code()));
        if (consolidated) {
            covered.add(COUNTIES.get((COUNTIES.indexOf(county) + 1) % COUNTIES.size()).code());
        }
        List<ReportItem> items = new ArrayList<>();
        int figures = 0;
        int tables = 0;
        for (TemplateItem t : ReportTemplates.fujian2024().items()) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            List<ContentBlock> blocks = new ArrayList<>();
            blocks.add(new ContentBlock.Paragraph(text(random, 4, 120)));
            int n = random.nextInt(5);
            for (int b = 0; b < n; b++) {
                switch (random.nextInt(6)) {
                    case 0 -> blocks.add(new ContentBlock.Paragraph(text(random, 1, 40) + "\n" + text(random, 1, 40)
                            + "\t" + text(random, 1, 10)));
                    case 1 -> {
                        int width = 1 + random.nextInt(5);
                        List<String> header = new ArrayList<>();
                        for (int c = 0; c < width; c++) {
                            header.add("列" + (c + 1) + text(random, 0, 6));
                        }
                        List<List<String>> rows = new ArrayList<>();
                        int height = random.nextInt(4);
                        for (int r = 0; r < height; r++) {
                            List<String> row = new ArrayList<>();
                            for (int c = 0; c < width; c++) {
                                row.add(random.nextInt(6) == 0 ? "" : text(random, 1, 20));
                            }
                            rows.add(row);
                        }
                        String caption = random.nextBoolean() ? "表" + ++tables + " " + text(random, 2, 20) : null;
                        blocks.add(new ContentBlock.Table(caption, header, rows));
                    }
                    case 2 -> {
                        Division sub = COUNTIES.get(random.nextInt(COUNTIES.size()));
                        blocks.add(random.nextBoolean()
                                ? new ContentBlock.Subheading("（" + (b + 1) + "）" + sub.name(), sub.code())
                                : new ContentBlock.Subheading("（" + (b + 1) + "）" + text(random, 2, 10), null));
                    }
                    case 3 -> blocks.add(new ContentBlock.Figure(FigureKind.IMAGE,
                            "图" + ++figures + " " + text(random, 2, 20), "picture-" + random.nextInt(3) + ".png"));
                    case 4 -> blocks.add(new ContentBlock.Figure(random.nextBoolean() ? FigureKind.CHAIN_MAP
                            : FigureKind.RD_INTENSITY_CHART, "图" + ++figures + " " + text(random, 2, 20), null));
                    default -> blocks.add(new ContentBlock.Paragraph(text(random, 30, 300)));
                }
            }
            if (t.kind() == org.countychain.report.ItemKind.UNIT_TABLE && random.nextBoolean()) {
                continue;
            }
            items.add(new ReportItem(t.id(), blocks));
        }
        List<AdvantageUnit> units = new ArrayList<>();
        int unitCount = random.nextInt(4);
        for (int u = 0; u < unitCount; u++) {
            List<DivisionCode> counties = consolidated ? List.of(covered.get(random.nextInt(covered.size())))
                    : List.of();
            units.add(new AdvantageUnit(text(random, 2, 30) + u, UnitKind.values()[random.nextInt(5)],
                    random.nextBoolean() ? null : text(random, 1, 20),
                    random.nextBoolean() ? null : text(random, 1, 50),
                    random.nextBoolean() ? null : "联系人 1380000" + (1000 + random.nextInt(9000)), counties));
        }
        String unitId = consolidated ? county.code().prefecture().value() : county.code().value();
        String unitName = consolidated ? Divisions.fujian().find(county.code().prefecture()).orElseThrow().name()
                : county.name();
        return new ResearchReport("r-" + random.nextInt(1000), unitId, unitName, "chain-" + random.nextInt(100),
                text(random, 2, 12), ReportTemplates.FUJIAN_2024, 2020 + random.nextInt(10), covered, items, units,
                random.nextBoolean() ? null : text(random, 2, 20),
                random.nextBoolean() ? null : LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }

    /** Text that starts with a word and never looks like a heading, a caption or the draft placeholder. */
    static String text(Random random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        if (length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder().append(WORDS.charAt(random.nextInt(WORDS.length())));
        for (int i = 1; i < length; i++) {
            sb.append(MIDDLE.charAt(random.nextInt(MIDDLE.length())));
        }
        return sb.toString().strip() + (random.nextInt(3) == 0 ? "。" : "");
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
