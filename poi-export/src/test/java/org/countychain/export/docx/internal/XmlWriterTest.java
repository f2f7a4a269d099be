package org.countychain.export.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class XmlWriterTest {
    private static String write(java.util.function.Consumer<XmlWriter> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlWriter x = new XmlWriter(out);
        body.accept(x);
        x.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void numbersAreWrittenWithoutAllocatingForTheCommonRange() {
        assertThat(write(x -> x.num(0).raw(",").num(9).raw(",").num(10).raw(",").num(999_999_999L).raw(",")
                .num(1_000_000_000L).raw(",").num(-5))).isEqualTo("0,9,10,999999999,1000000000,-5");
    }

    @Test
    void textAndAttributesAreEscapedAndForbiddenCharactersCounted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlWriter x = new XmlWriter(out);
        x.text("a<b>&\"c\"\t\n县😀\u0000\u001F\uFFFE\uFFFF\uDC00x\uD800").raw("|").attr("\"<&>\t\n");
        x.flush();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("a&lt;b&gt;&amp;\"c\"\t\n县😀x|&quot;&lt;&amp;&gt;&#9;&#10;");
        assertThat(x.removedCharacters()).isEqualTo(6);
    }

    @Test
    void randomTextAlwaysGivesWellFormedXmlWithExactlyTheAllowedCharacters() throws Exception {
        java.util.Random random = new java.util.Random(20241028);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        for (int round = 0; round < 500; round++) {
            StringBuilder input = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            int removed = 0;
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                char c = (char) (random.nextInt(4) == 0 ? random.nextInt(0x40) : random.nextInt(0x10000));
                input.append(c);
            }
            String in = input.toString();
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < in.length()
                        && Character.isLowSurrogate(in.charAt(i + 1));
                if (pair) {
                    expected.append(c).append(in.charAt(++i));
                } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xD800)
                        || (c >= 0xE000 && c <= 0xFFFD)) {
                    expected.append(c);
                } else {
                    removed++;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XmlWriter x = new XmlWriter(out);
            x.raw("<a b=\"").attr(in).raw("\">").text(in).raw("</a>");
            x.flush();
            org.w3c.dom.Element a = factory.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(out.toByteArray())).getDocumentElement();
            // XML parsers normalise line ends in text: compare with CR LF and CR read as LF.
            String text = expected.toString().replace("\r\n", "\n").replace('\r', '\n');
            assertThat(a.getTextContent()).isEqualTo(text);
            assertThat(a.getAttribute("b")).isEqualTo(expected.toString());
            assertThat(x.removedCharacters()).isEqualTo(2L * removed);
        }
    }

    @Test
    void largeOutputCrossesTheBufferIntact() {
        String big = "产业链".repeat(40_000);
        assertThat(write(x -> x.text(big))).isEqualTo(big);
    }
}
