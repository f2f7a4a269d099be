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
    void largeOutputCrossesTheBufferIntact() {
        String big = "产业链".repeat(40_000);
        assertThat(write(x -> x.text(big))).isEqualTo(big);
    }
}
