package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheet scanner reports what the JDK's parser (as POI configures it) reports, and refuses what it refuses. */
class SheetXmlScannerTest {
    /** Records events as text; adjacent text is joined, as parsers may split it anywhere. */
    private static final class Recorder extends DefaultHandler {
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private void flush() {
            if (text.length() > 0) {
                events.add("text " + text);
                text.setLength(0);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flush();
            StringBuilder sb = new StringBuilder("start ").append(localName);
            for (int i = 0; i < atts.getLength(); i++) {
                if (!atts.getQName(i).startsWith("xmlns")) {
                    sb.append(' ').append(atts.getQName(i)).append("=[").append(atts.getValue(i)).append(']');
                }
            }
            events.add(sb.toString());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            events.add("end " + localName);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }
    }

    private static List<String> jdk(byte[] xml) throws Exception {
        XMLReader reader = XMLHelper.newXMLReader();
        Recorder r = new Recorder();
        reader.setContentHandler(r);
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        r.flush();
        return r.events;
    }

    private static List<String> scanner(byte[] xml) throws IOException, SAXException {
        Recorder r = new Recorder();
        SheetXmlScanner.scan(new ByteArrayInputStream(xml), r);
        r.flush();
        return r.events;
    }

    /** As {@link #scanner(byte[])}, the bytes coming a few at a time, so every token crosses a buffer's end. */
    private static List<String> trickled(byte[] xml, Random random) throws IOException, SAXException {
        Recorder r = new Recorder();
        SheetXmlScanner.scan(new ByteArrayInputStream(xml) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
            }
        }, r);
        r.flush();
        return r.events;
    }

    private static final String[] TEXTS = {"a", "中文", " ", "\r\n", "\n", "\r", "\t", "&lt;", "&amp;", "&gt;",
        "&quot;", "&apos;", "&#20013;", "&#x4E2D;", "&#128512;", "&#13;", "&#x9;", "\ud83d\ude00", "<![CDATA[<x>&\r\n]]>",
        "<!-- note -->", "<?pi data?>", "12.5", "]", ">", "'", "\""};
    private static final String[] NAMES = {"row", "c", "v", "is", "t", "x:c", "x:v", "f", "extLst"};

    @Test
    void randomSheetLikeDocumentsGiveTheSameEventsAsTheJdkParser() throws Exception {
        Random random = new Random(20241129);
        for (int n = 0; n < 500; n++) {
            StringBuilder xml = new StringBuilder();
            if (random.nextBoolean()) {
                xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
            }
            xml.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            element(xml, random, 0);
            xml.append("</worksheet>\n");
            byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
            List<String> expected = jdk(bytes);
            assertThat(scanner(bytes)).as(xml.toString()).isEqualTo(expected);
            assertThat(trickled(bytes, random)).as(xml.toString()).isEqualTo(expected);
        }
    }

    private static void element(StringBuilder xml, Random random, int depth) {
        int children = depth > 3 ? 0 : random.nextInt(4);
        for (int i = 0; i < children; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            xml.append('<').append(name);
            int attributes = random.nextInt(3);
            for (int a = 0; a < attributes; a++) {
                char quote = random.nextBoolean() ? '"' : '\'';
                xml.append(random.nextBoolean() ? " " : "\n\t").append("ra".charAt(a)).append(a)
                        .append(random.nextBoolean() ? "=" : " = ").append(quote);
                for (int k = random.nextInt(3); k > 0; k--) {
                    String t = TEXTS[random.nextInt(TEXTS.length)];
                    if (t.startsWith("<") || t.equals(String.valueOf(quote))) {
                        t = "x";
                    }
                    xml.append(t);
                }
                xml.append(quote);
            }
            if (random.nextInt(5) == 0) {
                xml.append(random.nextBoolean() ? "/>" : " />");
                continue;
            }
            xml.append(random.nextBoolean() ? ">" : " >");
            for (int k = random.nextInt(3); k > 0; k--) {
                xml.append(TEXTS[random.nextInt(TEXTS.length)]);
            }
            element(xml, random, depth + 1);
            xml.append("</").append(name).append(random.nextBoolean() ? ">" : " >");
        }
    }

    @Test
    void whatASecureParserRefusesIsRefused() {
        for (String bad : List.of("<a>", "<a></b>", "<a>&nbsp;</a>", "<a>&#0;</a>", "<a>\u0001</a>",
                "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "<a></a><b/>", "<a></a>text", "", "<a b=c/>",
                "<a b=\"1\" b=\"2\"/>", "<a><![CDATA[x</a>", "<a><!-- x</a>", "<a b=\"<\"/>")) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> jdk(bytes)).as("JDK: " + bad).isInstanceOf(SAXException.class);
            assertThatThrownBy(() -> scanner(bytes)).as("scanner: " + bad).isInstanceOf(SAXException.class);
        }
        byte[] notUtf8 = {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'};
        assertThatThrownBy(() -> scanner(notUtf8)).isInstanceOf(IOException.class);
    }

    @Test
    void attributesAreBoundedPerValueAndPerElement() throws Exception {
        StringBuilder many = new StringBuilder("<a");
        for (int i = 0; i < SheetXmlScanner.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }
        byte[] atLimit = (many + "/>").getBytes(StandardCharsets.UTF_8);
        assertThat(scanner(atLimit)).hasSize(2);
        byte[] overLimit = (many + " z=\"1\"/>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> scanner(overLimit)).isInstanceOf(SAXException.class)
                .hasMessageContaining("attributes");
        String longest = "x".repeat(SheetXmlScanner.MAX_ATTRIBUTE_CHARS);
        assertThat(scanner(("<a v=\"" + longest + "\"/>").getBytes(StandardCharsets.UTF_8))).hasSize(2);
        assertThatThrownBy(() -> scanner(("<a v=\"" + longest + "x\"/>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("longer than");
        StringBuilder wide = new StringBuilder("<a");
        for (int i = 0; i * (long) SheetXmlScanner.MAX_ATTRIBUTE_CHARS <= SheetXmlScanner.MAX_ELEMENT_ATTRIBUTE_CHARS;
             i++) {
            wide.append(" a").append(i).append("=\"").append(longest).append('"');
        }
        byte[] tooWide = (wide + "/>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> scanner(tooWide)).isInstanceOf(SAXException.class)
                .hasMessageContaining("attributes of an element");
    }

    @Test
    void partsInOtherEncodingsAreLeftToTheJdkParser() throws Exception {
        assertThat(isUtf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(isUtf8("\uFEFF<a/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(isUtf8("\uFEFF<?xml version=\"1.0\" encoding=\"GBK\"?><a/>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(isUtf8("<a/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(isUtf8("<?xml version='1.0' encoding='GB18030'?><a/>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(isUtf8("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".getBytes(StandardCharsets.UTF_16)))
                .isFalse();
        assertThat(isUtf8("<a/>".getBytes(StandardCharsets.UTF_16LE))).isFalse();
    }

    private static boolean isUtf8(byte[] bytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        boolean result = SheetXmlScanner.isUtf8(in);
        assertThat(in.readAllBytes()).isEqualTo(bytes);
        return result;
    }
}
