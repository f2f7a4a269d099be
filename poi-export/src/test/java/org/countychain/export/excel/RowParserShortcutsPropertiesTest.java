package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The row parser's strip and list split give what {@link String#strip()} and the regular expression gave. */
class RowParserShortcutsPropertiesTest {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[；;、\\n]\\s*");

    /** Cell text made mostly of separators, white space of every kind and a few ordinary characters. */
    @Provide
    Arbitrary<String> cellTexts() {
        return Arbitraries.strings()
                .withChars("；;、\n\r\t \u000B\f\u001C\u00A0\u0085\u1680\u2000\u2007\u2028\u202F\u205F\u3000\uFEFFa中1")
                .ofMaxLength(12);
    }

    @Example
    void everyCharacterAtEitherEndIsStrippedAsStringStripDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : List.of(c + "x", "x" + c, String.valueOf(c))) {
                assertThat(RowParser.strip(text)).as("U+%04X", (int) c).isEqualTo(text.strip());
            }
        }
    }

    @Property(tries = 3000)
    void stripIsStringStrip(@ForAll("cellTexts") String text) {
        assertThat(RowParser.strip(text)).isEqualTo(text.strip());
    }

    @Property(tries = 3000)
    void listSplitIsTheRegularExpressionsSplit(@ForAll("cellTexts") String cell) {
        String v = cell.strip(); // a list cell is stripped before it is split
        List<String> expected = v.isEmpty() ? List.of()
                : Arrays.stream(SEPARATORS.split(v)).filter(s -> !s.isBlank()).toList();
        assertThat(v.isEmpty() ? List.of() : RowParser.splitList(v)).isEqualTo(expected);
    }
}
