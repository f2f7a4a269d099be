package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ContentBlock;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;

/**
 * {@code read-report} on a Word report LibreOffice made from hand-written HTML (石狮市, 纺织鞋服; see
 * {@code word/shishi-textile-footwear.html}), on directories of them, and consolidation of a county that sent only
 * its Word report with one that sent JSON.
 */
class ReadReportCommandTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();
    private static final String FIRST = "石狮市纺织服装产业起步于上世纪八十年代，现已形成从化纤、织造、印染到服装制造的完整链条。";

    @TempDir
    Path tmp;
    private Path shishi;

    @BeforeEach
    void fixture() throws IOException {
        shishi = tmp.resolve("石狮市调研报告.docx");
        try (InputStream in = getClass().getResourceAsStream("word/shishi-textile-footwear.docx")) {
            Files.copy(in, shishi);
        }
    }

    @Test
    void readsAWordReportIntoJsonAndSaysWhatItRecognised() throws IOException {
        Path json = tmp.resolve("out/shishi.json");
        CliRunner.Result r = CliRunner.run("read-report", shishi.toString(), "--out", json.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo(String.format(Locale.ROOT, """
                石狮市调研报告.docx：石狮市（350581）纺织鞋服，2024年；识别条目 8/8，未归位内容 0 处，发现 0 个
                  已识别：1.1 1.2 2.1 2.2 2.3 3.1 3.2 3.3
                已将报告写入 %s
                """, json));
        ResearchReport report = JSON.mapper().readValue(json.toFile(), ResearchReport.class);
        assertThat(report.unitId()).isEqualTo("350581");
        assertThat(report.item("1.1").orElseThrow().blocks()).containsExactly(new ContentBlock.Paragraph(FIRST));
        assertThat(report.advantageUnits()).hasSize(2);
    }

    @Test
    void whatWasNotRecognisedIsListedWithPositionsAndExitsOne() throws IOException {
        Path doc = tmp.resolve("missing.docx");
        byte[] bytes = Files.readAllBytes(shishi);
        // The same document, with item 二.3's heading worded beyond the tolerance.
        Files.write(doc, replaceInDocument(bytes, "3.产业技术发展趋势（方向）", "3.未来展望"));
        CliRunner.Result r = CliRunner.run("--lang", "en", "read-report", doc.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("items recognised 7/8", "  not found: 2.3",
                "[CC-6422] item 2.3 “3.产业技术发展趋势（方向）” not found",
                "  required items empty: 2.3");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aRefusedFileExitsTwoWithItsCodeAndNoStackTrace() throws IOException {
        Path doc = tmp.resolve("旧版.doc");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        Files.write(doc, out.toByteArray());
        CliRunner.Result r = CliRunner.run("read-report", doc.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("[CC-6402]", "旧版.doc", "另存为").doesNotContain("Exception", "\tat ");
        Files.write(doc, new byte[0]);
        r = CliRunner.run("--lang", "en", "read-report", doc.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("[CC-6401]", "empty file").doesNotContain("Exception");
    }

    @Test
    void aDirectoryIsReadFileByFileAndABadFileNeverHidesTheOthers() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.copy(shishi, dir.resolve("a-石狮市.docx"));
        Files.write(dir.resolve("b-损坏.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.writeString(dir.resolve("~$a-石狮市.docx"), "Word's lock file");
        Path out = tmp.resolve("json");
        CliRunner.Result r = CliRunner.run("read-report", dir.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("已跳过：[CC-6401] b-损坏.docx").doesNotContain("~$");
        assertThat(r.out()).contains("a-石狮市.docx：石狮市（350581）纺织鞋服");
        assertThat(out.resolve("a-石狮市.json")).exists();
        assertThat(out.resolve("b-损坏.json")).doesNotExist();
    }

    @Test
    void aCountyThatSentOnlyItsWordReportIsConsolidatedWithItsTextAttributed() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("city"));
        JSON.write(SampleCounty.jinjiang(), in.resolve("350582.json"));
        Files.copy(shishi, in.resolve("石狮市.docx"));
        Path out = tmp.resolve("consolidated");
        CliRunner.Result r = CliRunner.run("consolidate", in.toString(), "--city", "350500",
                "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Word 报告 石狮市.docx：石狮市，识别条目 8/8，必填条目为空：无，发现 0 个",
                "读取县域数据集 2 个", "纺织鞋服：涉及 2 个县（市、区）");
        CountyDataset city = JSON.readCountyDataset(out.resolve("350500-2024.json"));
        ResearchReport merged = city.reports().get(0);
        assertThat(merged.coveredCounties()).contains(DivisionCode.of("350581"), DivisionCode.of("350582"));
        var blocks = merged.item("1.1").orElseThrow().blocks();
        int shishiAt = blocks.indexOf(blocks.stream().filter(b -> b instanceof ContentBlock.Subheading s
                && DivisionCode.of("350581").equals(s.county())).findFirst().orElseThrow());
        assertThat(blocks.get(shishiAt + 1)).isEqualTo(new ContentBlock.Paragraph(FIRST));
        assertThat(merged.advantageUnits()).anySatisfy(u -> {
            assertThat(u.name()).isEqualTo("石狮市纺织面料检测中心（样例）");
            assertThat(u.counties()).containsExactly(DivisionCode.of("350581"));
        });
        assertThat(out.resolve(merged.id() + ".docx")).exists();
    }

    /**
     * {@code coverage} and {@code package} read a directory of a JSON data set and a county's Word report: the
     * county that sent only Word has its own report, and the package holds it as .docx beside the city's.
     */
    @Test
    void coverageAndPackageCountACountyThatSentOnlyItsWordReport() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("city"));
        JSON.write(SampleCounty.jinjiang(), in.resolve("350582.json"));
        Files.copy(shishi, in.resolve("石狮市.docx"));
        Path json = tmp.resolve("coverage.json");
        CliRunner.Result coverage = CliRunner.run("coverage", in.toString(), "--city", "350500",
                "--out", json.toString());
        assertThat(coverage.err()).isEmpty();
        assertThat(coverage.out()).contains("Word 报告 石狮市.docx：石狮市");
        org.countychain.coverage.CityCoverage city = JSON.read(json, org.countychain.coverage.CityCoverage.class);
        assertThat(city.unit("350581").orElseThrow().status())
                .isEqualTo(org.countychain.coverage.CoverageStatus.OWN_REPORT);
        assertThat(city.unit("350582").orElseThrow().status())
                .isEqualTo(org.countychain.coverage.CoverageStatus.OWN_REPORT);

        Path zip = tmp.resolve("泉州市.zip");
        CliRunner.Result pack = CliRunner.run("package", in.toString(), "--city", "350500", "--out", zip.toString());
        assertThat(pack.err()).isEmpty();
        assertThat(pack.out()).contains("已写出 " + zip);
        List<String> names = new ArrayList<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.Collections.list(z.entries()).forEach(e -> names.add(e.getName()));
        }
        assertThat(names).filteredOn(n -> n.endsWith(".docx")).anyMatch(n -> n.contains("/350581-石狮市-"))
                .anyMatch(n -> n.contains("/350582-晋江市-"));
    }

    @Test
    void validateTakesADirectoryOfDataSetsAndWordReportsAndReportsEachCountysCompleteness() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("received"));
        JSON.write(SampleCounty.jinjiang(), in.resolve("350582.json"));
        Files.copy(shishi, in.resolve("a-石狮市.docx"));
        // A second Word report of 石狮市 with item 二.3 worded beyond recognition: that item is empty.
        Files.write(in.resolve("b-石狮市.docx"), replaceInDocument(Files.readAllBytes(shishi),
                "3.产业技术发展趋势（方向）", "3.未来展望"));
        Files.write(in.resolve("c-损坏.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        CliRunner.Result draft = CliRunner.run("validate", in.toString());
        assertThat(draft.err()).isEmpty();
        assertThat(draft.out()).contains(
                "Word 报告 a-石狮市.docx：石狮市，识别条目 8/8，必填条目为空：无，发现 0 个",
                "Word 报告 b-石狮市.docx：石狮市，识别条目 7/8，必填条目为空：2.3",
                "无法读取：[CC-6401] c-损坏.docx",
                "石狮市：Word 报告 2 份，必填条目为空 1 项",
                in.resolve("350582.json") + "：校验通过");
        // The unreadable file is an error; the others are still validated.
        assertThat(draft.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        Files.delete(in.resolve("c-损坏.docx"));
        assertThat(CliRunner.run("validate", in.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        // For submission the empty required item is an error naming the item.
        CliRunner.Result submission = CliRunner.run("--lang", "en", "validate", in.toString(), "--group",
                "submission");
        assertThat(submission.out()).contains("CV-0812", "石狮市: 2 Word report(s), 1 required item(s) empty",
                in.resolve("a-石狮市.docx") + ": valid", in.resolve("b-石狮市.docx") + ": invalid");
        assertThat(submission.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(submission.err()).isEmpty();
    }

    /** The document with one text replaced in word/document.xml. */
    static byte[] replaceInDocument(byte[] docx, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             var zout = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                byte[] b = zin.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(xml).contains(from.substring(2));
                    b = xml.replace(from.substring(2), to.substring(2))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(b);
            }
        }
        return out.toByteArray();
    }
}
