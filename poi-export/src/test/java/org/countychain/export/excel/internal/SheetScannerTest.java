package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The sheet scanner tells its receiver what the JDK's parser (as POI configures it) tells it through
 * {@link SheetScanner#handler}, and refuses what that parser refuses.
 */
class SheetScannerTest {
    private static final String[] KINDS = {"other", "row", "c", "v", "is", "t", "si", "rPh"};

    /**
     * Records the elements that matter, their r, t and s, and the text kept: the text inside v, t and is up to the
     * next element that matters. Adjacent text is joined, as parsers may split it anywhere.
     */
    private static final class Recorder implements SheetScanner.Receiver {
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;

        private void flush() {
            if (text.length() > 0) {
                events.add("text " + text);
                text.setLength(0);
            }
        }

        @Override
        public void start(int kind, SheetScanner.CellAttributes attributes) {
            flush();
            StringBuilder sb = new StringBuilder("start ").append(KINDS[kind]);
            for (int a : new int[] {SheetScanner.CellAttributes.R, SheetScanner.CellAttributes.T,
                SheetScanner.CellAttributes.S}) {
                if (attributes.has(a)) {
                    sb.append(' ').append("rts".charAt(a)).append("=[").append(attributes.value(a)).append(']');
                }
            }
            events.add(sb.toString());
            collecting = kind == SheetScanner.VALUE || kind == SheetScanner.TEXT
                    || kind == SheetScanner.INLINE_STRING;
        }

        @Override
        public void end(int kind) {
            flush();
            events.add("end " + KINDS[kind]);
            collecting = false;
        }

        @Override
        public boolean collecting() {
            return collecting;
        }

        @Override
        public void text(char[] ch, int start, int length) {
            assertThat(collecting).isTrue();
            text.append(ch, start, length);
        }
    }

    private static List<String> jdk(byte[] xml) throws Exception {
        XMLReader reader = XMLHelper.newXMLReader();
        Recorder r = new Recorder();
        reader.setContentHandler(SheetScanner.handler(r));
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        r.flush();
        return r.events;
    }

    private static List<String> scanner(byte[] xml) throws IOException, SAXException {
        Recorder r = new Recorder();
        SheetScanner.scan(new ByteArrayInputStream(xml), r);
        r.flush();
        return r.events;
    }

    /** As {@link #scanner(byte[])}, the bytes coming a few at a time, so every token crosses a buffer's end. */
    private static List<String> trickled(byte[] xml, Random random) throws IOException, SAXException {
        Recorder r = new Recorder();
        SheetScanner.scan(new ByteArrayInputStream(xml) {
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
    private static final String[] NAMES = {"row", "c", "v", "is", "t", "x:c", "x:v", "f", "extLst", "si", "rPh",
        "x:row", "x:is", "x:t", "cols", "r"};
    private static final List<String> ATTRIBUTES = List.of("r", "t", "s", "r0", "x:r", "spans", "x14ac:dyDescent");

    @Test
    void randomSheetLikeDocumentsGiveTheSameEventsAsTheJdkParser() throws Exception {
        Random random = new Random(20241129);
        for (int n = 0; n < 2000; n++) {
            StringBuilder xml = new StringBuilder();
            if (random.nextBoolean()) {
                xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
            }
            xml.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">");
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
            List<String> attributeNames = new ArrayList<>(ATTRIBUTES);
            Collections.shuffle(attributeNames, random);
            int attributes = random.nextInt(4);
            for (int a = 0; a < attributes; a++) {
                char quote = random.nextBoolean() ? '"' : '\'';
                xml.append(random.nextBoolean() ? " " : "\n\t").append(attributeNames.get(a))
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
                "<a b=\"1\" b=\"2\"/>", "<a><![CDATA[x</a>", "<a><!-- x</a>", "<a b=\"<\"/>",
                // the same where the scanner reads, steps over or keeps
                "<a><row r=\"1\" r=\"2\"/></a>", "<a><c s=\"1\" t=\"s\" s=\"1\"/></a>", "<a><c><v>&nbsp;</v></c></a>",
                "<a><c><v>\u0001</v></c></a>", "<a><c><f>\u0001</f></c></a>", "<a><c><f>&bogus;</f></c></a>",
                "<a><c r=\"A&#0;1\"/></a>", "<a><c x=\"&bogus;\"/></a>", "<a><c x=\"\u0002\"/></a>",
                "<a><c r='A1' t=s/></a>", "<a><c r=\"A1\"", "<a><row><c r=\"A1\"><v>1</v></c>", "<a><c><v>1</c></v></a>",
                "<x:a><x:row></x:a></x:row>", "<a><row></rows></a>", "<a><c r=\"A1\" x></a>", "<a>]]&#xD800;</a>",
                "<a><c r=\"A1\"><v><![CDATA[1]]></v><v><![CDATA[2</v></c></a>", "<?xml version=\"1.0\"?>",
                "<a><!DOCTYPE b></a>", "<a/><!DOCTYPE b>", "<a><c><v>&#xFFFE;</v></c></a>", "<a><c><v>&#x110000;</v></c></a>",
                "<a><v>&lt</v></a>", "<a><v>&#;</v></a>", "<a><v>&#x;</v></a>", "<a><v>&#12a;</v></a>")) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> jdk(bytes)).as("JDK: " + bad).isInstanceOf(SAXException.class);
            assertThatThrownBy(() -> scanner(bytes)).as("scanner: " + bad).isInstanceOf(SAXException.class);
        }
        byte[] notUtf8 = "<a><v>x</v></a>".getBytes(StandardCharsets.US_ASCII);
        notUtf8["<a><v>".length()] = (byte) 0xC3;
        assertThatThrownBy(() -> scanner(notUtf8)).isInstanceOf(IOException.class);
        byte[] surrogateBytes = {'<', 'a', '>', '<', 'v', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'v', '>',
            '<', '/', 'a', '>'};
        assertThatThrownBy(() -> scanner(surrogateBytes)).isInstanceOf(IOException.class);
    }

    @Test
    void bytesNobodyReadsAreSteppedOverWithoutDecoding() throws Exception {
        // Not UTF-8 in a formula and in an attribute that is not read: nothing of them is kept, nothing decoded.
        String text = "<a><c r=\"A1\" x=\"?\"><f>?</f><v>7</v></c></a>";
        byte[] xml = text.getBytes(StandardCharsets.US_ASCII);
        xml[text.indexOf('?')] = (byte) 0xC3;
        xml[text.lastIndexOf('?')] = (byte) 0xFF;
        assertThat(scanner(xml)).containsExactly("start c r=[A1]", "start v", "text 7", "end v", "end c");
    }

    @Test
    void attributesAndNestingAreBounded() throws Exception {
        StringBuilder many = new StringBuilder("<a><c");
        for (int i = 0; i < SheetScanner.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }
        byte[] atLimit = (many + "/></a>").getBytes(StandardCharsets.UTF_8);
        assertThat(scanner(atLimit)).containsExactly("start c", "end c");
        byte[] overLimit = (many + " z=\"1\"/></a>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> scanner(overLimit)).isInstanceOf(SAXException.class)
                .hasMessageContaining("attributes");
        String longest = "A".repeat(SheetScanner.MAX_ATTRIBUTE_CHARS);
        assertThat(scanner(("<a><c r=\"" + longest + "\"/></a>").getBytes(StandardCharsets.UTF_8))).hasSize(2);
        assertThatThrownBy(() -> scanner(("<a><c r=\"" + longest + "B\"/></a>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("longer than");
        // a value nobody reads is stepped over whatever its length: nothing of it is held
        String huge = "x".repeat(4 * SheetScanner.MAX_ATTRIBUTE_CHARS);
        assertThat(scanner(("<a><c spans=\"" + huge + "\"/></a>").getBytes(StandardCharsets.UTF_8))).hasSize(2);
        String name = "n".repeat(SheetScanner.MAX_NAME_BYTES);
        assertThat(scanner(("<" + name + "/>").getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThatThrownBy(() -> scanner(("<" + name + "n/>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("name is longer");
        String deepest = "<e>".repeat(SheetScanner.MAX_DEPTH) + "</e>".repeat(SheetScanner.MAX_DEPTH);
        assertThat(scanner(deepest.getBytes(StandardCharsets.UTF_8))).isEmpty();
        String deeper = "<e>".repeat(SheetScanner.MAX_DEPTH + 1) + "</e>".repeat(SheetScanner.MAX_DEPTH + 1);
        assertThatThrownBy(() -> scanner(deeper.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void keptTextLongerThanAChunkComesInPiecesThatJoinUp() throws Exception {
        String text = "中a&amp;".repeat(10_000);
        assertThat(scanner(("<a><v>" + text + "</v></a>").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("start v", "text " + "中a&".repeat(10_000), "end v");
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
        boolean result = SheetScanner.isUtf8(in);
        assertThat(in.readAllBytes()).isEqualTo(bytes);
        return result;
    }
}
