package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;

import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.test.docx.InspectedDocument.FigureType;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;

class ImageFigureTest {
    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillOval(10, 10, width - 20, height - 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void imagesAreEmbeddedScaledToTheTextWidthAndMissingOnesAreWarnedAbout() throws Exception {
        ResearchReport report = DocxExporterTest.withItem(DocxExporterTest.REPORT, new ReportItem("2.1", List.of(
                new ContentBlock.Paragraph("照片如下。"),
                new ContentBlock.Figure(FigureKind.IMAGE, "图3 园区照片", "park.png"),
                new ContentBlock.Figure(FigureKind.IMAGE, "图4 车间照片", "plant.jpg"),
                new ContentBlock.Figure(FigureKind.IMAGE, "图5 缺失的照片", "missing.png"))));
        ExportRequest request = ExportRequest.builder(report).dataset(DocxExporterTest.COUNTY)
                .image("park.png", image("png", 1600, 900)).image("plant.jpg", image("jpeg", 400, 300)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new DocxExporter().write(request, out);
        assertThat(result.warnings()).containsExactly("图5 缺失的照片：图片缺失：missing.png");

        InspectedDocument doc = DocxInspector.inspect(out.toByteArray());
        assertThat(doc.figures()).contains(new InspectedDocument.Figure(FigureType.PICTURE, "图3 园区照片"),
                new InspectedDocument.Figure(FigureType.PICTURE, "图4 车间照片"),
                new InspectedDocument.Figure(FigureType.PLACEHOLDER, "图5 缺失的照片"));
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(poi.getAllPictures()).extracting(XWPFPictureData::getPictureTypeEnum)
                    .containsExactly(org.apache.poi.common.usermodel.PictureType.PNG,
                            org.apache.poi.common.usermodel.PictureType.JPEG);
            // 156 mm wide = 5,616,000 EMU; the 16:9 picture keeps its proportions.
            var pictures = poi.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures.get(0).getCTPicture().getSpPr().getXfrm().getExt().getCx()).isEqualTo(5_616_000L);
            assertThat(pictures.get(0).getCTPicture().getSpPr().getXfrm().getExt().getCy()).isEqualTo(3_159_000L);
        }
    }
}
