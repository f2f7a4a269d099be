package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.sample.SampleCounty;

class ReportCommandTest {
    @TempDir
    Path tmp;
    private Path json;

    @BeforeEach
    void sample() throws Exception {
        json = tmp.resolve("jinjiang-2024.json");
        try (InputStream in = SampleCounty.jinjiangJson()) {
            Files.copy(in, json);
        }
    }

    @Test
    void writesTheReportWithTheAppendicesAskedFor() {
        Path out = tmp.resolve("out/report.docx");
        CliRunner.Result r = CliRunner.run("report", json.toString(), "--out", out.toString(),
                "--appendix", "service,priority,anomalies,cultivation");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("已将报告 350582-textile-footwear-2024 写入 " + out);
        InspectedDocument doc = DocxInspector.inspect(out);
        assertThat(doc.outline()).first().isEqualTo("晋江市县域重点产业创新链调研报告");
        assertThat(doc.outline()).filteredOn(h -> h.startsWith("附件")).hasSize(4);
        assertThat(doc.tables()).filteredOn(t -> t.caption() != null && t.caption().contains("服务企业清单"))
                .singleElement().satisfies(t -> assertThat(t.rows().size()).isGreaterThan(1));
    }

    /** R11's visit list as the Word appendix, read back: every high-tech enterprise of the chain with its certificate. */
    @Test
    void theVisitAppendixIsATableOfCertificatesAndContacts() {
        Path out = tmp.resolve("visits.docx");
        CliRunner.Result r = CliRunner.run("report", json.toString(), "--out", out.toString(), "--appendix", "visits");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        InspectedDocument doc = DocxInspector.inspect(out);
        assertThat(doc.outline()).contains("附件1 纺织鞋服产业链高新技术企业入企普查服务清单");
        assertThat(doc.tables()).filteredOn(t -> t.caption() != null && t.caption().contains("入企普查服务清单"))
                .singleElement().satisfies(t -> {
                    assertThat(t.rows()).hasSize(12);
                    assertThat(t.rows().get(0)).containsExactly("序号", "企业名称", "证书编号", "发证日期", "有效期至",
                            "服务联系人", "联系人身份");
                    assertThat(t.rows()).anySatisfy(row -> assertThat(row).contains("GR202235000101", "2022-12-14",
                            "2025-12-13", "科技特派员\n是人才团队成员"));
                });
    }

    @Test
    void anUnknownAppendixOrReportIsAUsageError() {
        CliRunner.Result r = CliRunner.run("--lang", "en", "report", json.toString(), "--out",
                tmp.resolve("r.docx").toString(), "--appendix", "bogus");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("error: [CC-1002]").contains("bogus").contains("teams, visits");
        CliRunner.Result noReport = CliRunner.run("report", json.toString(), "--out",
                tmp.resolve("r.docx").toString(), "--report", "nope");
        assertThat(noReport.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noReport.err()).contains("CC-1005", "nope");
        assertThat(tmp.resolve("r.docx")).doesNotExist();
    }

    @Test
    void anotherFormatComesFromAnExporterPlugin() throws Exception {
        Path out = tmp.resolve("report.md");
        CliRunner.Result r = CliRunner.run("report", json.toString(), "--out", out.toString(),
                "--format", "markdown");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out)).startsWith("# 晋江市县域重点产业创新链调研报告");
        CliRunner.Result unknown = CliRunner.run("report", json.toString(), "--out",
                tmp.resolve("r.pdf").toString(), "--format", "pdf");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("CC-5003", "pdf", "markdown");
    }

    @Test
    void submissionRefusesAnIncompleteReport() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json.toFile());
        com.fasterxml.jackson.databind.node.ArrayNode items =
                (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("reports").get(0).get("items");
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).get("itemId").asText().equals("2.3")) {
                items.remove(i);
            }
        }
        Path incomplete = tmp.resolve("incomplete.json");
        mapper.writeValue(incomplete.toFile(), tree);
        Path out = tmp.resolve("draft.docx");
        assertThat(CliRunner.run("report", incomplete.toString(), "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        assertThat(DocxInspector.inspect(out).paragraphs()).contains("（待填写）");
        Path refused = tmp.resolve("submission.docx");
        CliRunner.Result r = CliRunner.run("report", incomplete.toString(), "--out",
                refused.toString(), "--submission");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("CC-5001", "2.3");
        assertThat(refused).doesNotExist();
    }

    @Test
    void imageFiguresTakeTheirPicturesFromADirectoryAndNeverFromOutsideIt() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json.toFile());
        com.fasterxml.jackson.databind.node.ArrayNode items =
                (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("reports").get(0).get("items");
        for (com.fasterxml.jackson.databind.JsonNode item : items) {
            if (item.get("itemId").asText().equals("2.1")) {
                com.fasterxml.jackson.databind.node.ArrayNode blocks =
                        (com.fasterxml.jackson.databind.node.ArrayNode) item.get("blocks");
                blocks.addObject().put("type", "figure").put("kind", "IMAGE").put("caption", "图3 园区")
                        .put("image", "park.png");
                blocks.addObject().put("type", "figure").put("kind", "IMAGE").put("caption", "图4 外部")
                        .put("image", "../secret.png");
            }
        }
        Path withImages = tmp.resolve("with-images.json");
        mapper.writeValue(withImages.toFile(), tree);
        Path dir = Files.createDirectories(tmp.resolve("images"));
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("park.png").toFile());
        javax.imageio.ImageIO.write(img, "png", tmp.resolve("secret.png").toFile());
        Path out = tmp.resolve("images.docx");
        CliRunner.Result r = CliRunner.run("report", withImages.toString(), "--out", out.toString(),
                "--images", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("图4 外部：图片缺失：../secret.png").doesNotContain("图3 园区：");
        assertThat(DocxInspector.inspect(out).figures()).contains(
                new InspectedDocument.Figure(InspectedDocument.FigureType.PICTURE, "图3 园区"),
                new InspectedDocument.Figure(InspectedDocument.FigureType.PLACEHOLDER, "图4 外部"));
    }

    @Test
    void aReferenceDocumentThatIsNotADocxIsRefused() throws Exception {
        Path bad = Files.writeString(tmp.resolve("letterhead.docx"), "not a docx");
        CliRunner.Result r = CliRunner.run("report", json.toString(), "--out",
                tmp.resolve("r.docx").toString(), "--reference-docx", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("CC-5002");
    }
}
