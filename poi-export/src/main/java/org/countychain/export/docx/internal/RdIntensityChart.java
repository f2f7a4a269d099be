package org.countychain.export.docx.internal;

import java.math.BigDecimal;
import java.util.List;

import org.countychain.enterprise.Enterprise;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.walk.ReportWalker;

/**
 * The R&amp;D intensity chart (研发强度图) of the chain's enterprises as a native Word chart part (DrawingML
 * {@code c:chart} with its data cached in the part): horizontal bars, highest first, the value on each bar. The
 * reader's program draws it with the document's fonts, so no font is needed on the server.
 */
final class RdIntensityChart {
    static final int MAX_BARS = ReportWalker.MAX_INTENSITY_BARS;

    private RdIntensityChart() {
    }

    record Bar(String name, BigDecimal percent) {
    }

    /** The enterprises with revenue and R&amp;D expense in the year, by intensity (ties by name), at most 15. */
    static List<Bar> bars(List<Enterprise> enterprises, int year) {
        return ReportWalker.rdIntensity(enterprises, year).stream().map(b -> new Bar(b.enterprise(), b.percent()))
                .toList();
    }

    static void write(BodyXml body, StyleSheet sheet, List<Bar> bars, String caption) {
        double width = sheet.page().textWidthMm();
        double height = Math.min(sheet.page().textHeightMm() * 0.75, 30 + 8.0 * bars.size());
        body.chart(xml(sheet, bars), width, height, caption);
    }

    static String xml(StyleSheet sheet, List<Bar> bars) {
        String font = Parts.esc(sheet.figureText().font());
        String latin = Parts.esc(sheet.latinFontOf(sheet.figureText()));
        int size = (int) Math.round(sheet.figureText().sizePt() * 100);
        String txPr = "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"" + size + "\"><a:latin typeface=\""
                + latin + "\"/><a:ea typeface=\"" + font + "\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/>"
                + "</a:p></c:txPr>";
        int n = bars.size();
        StringBuilder sb = new StringBuilder(4096).append(Parts.DECL)
                .append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
                        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<c:lang val=\"zh-CN\"/><c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/>")
                .append("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>")
                .append("<c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>")
                .append("<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\">")
                .append("<c:v>研发强度（%）</c:v></c:pt></c:strCache></c:strRef></c:tx>")
                .append("<c:spPr><a:solidFill><a:srgbClr val=\"2E5A88\"/></a:solidFill></c:spPr>")
                .append("<c:invertIfNegative val=\"0\"/>")
                .append("<c:dLbls><c:numFmt formatCode=\"0.00\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/>"
                        + "</a:ln></c:spPr>").append(txPr)
                .append("<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
                        + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>")
                .append("<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$").append(n + 1).append("</c:f><c:strCache>")
                .append("<c:ptCount val=\"").append(n).append("\"/>");
        for (int i = 0; i < n; i++) {
            sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Parts.esc(XmlText.clean(bars.get(i).name())))
                    .append("</c:v></c:pt>");
        }
        sb.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B$").append(n + 1)
                .append("</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val=\"").append(n).append("\"/>");
        for (int i = 0; i < n; i++) {
            sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(bars.get(i).percent().toPlainString())
                    .append("</c:v></c:pt>");
        }
        sb.append("</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"60\"/>")
                .append("<c:axId val=\"50010001\"/><c:axId val=\"50010002\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"50010001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>")
                .append("<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append(txPr).append("<c:crossAx val=\"50010002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>")
                .append("<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
                .append("<c:valAx><c:axId val=\"50010002\"/><c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0\"/>")
                .append("</c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\">")
                .append("<a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>")
                .append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"").append(size)
                .append("\"><a:latin typeface=\"").append(latin).append("\"/><a:ea typeface=\"").append(font)
                .append("\"/></a:defRPr></a:pPr><a:r><a:rPr lang=\"zh-CN\" sz=\"").append(size).append("\"><a:latin typeface=\"")
                .append(latin).append("\"/><a:ea typeface=\"").append(font).append("\"/></a:rPr><a:t>研发费用占营业收入比重（%）")
                .append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>").append(txPr)
                .append("<c:crossAx val=\"50010001\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/></c:valAx>")
                .append("</c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
                .append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"").append(size)
                .append("\"><a:latin typeface=\"").append(latin).append("\"/><a:ea typeface=\"").append(font)
                .append("\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr></c:chartSpace>");
        return sb.toString();
    }
}
