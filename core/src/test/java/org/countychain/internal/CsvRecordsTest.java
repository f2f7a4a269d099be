package org.countychain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV parser: RFC 4180 records, record and line numbers, and the limits that keep memory bounded. */
class CsvRecordsTest {
    private static List<String> parse(String text, int maxField, long maxRecord, int maxColumns) throws IOException {
        List<String> out = new ArrayList<>();
        boolean open = CsvRecords.parse(new StringReader(text), maxField, maxRecord, maxColumns,
                (number, line, fields, columns, overflows, lengths) -> out.add(number + "@" + line + " " + fields
                        + " " + columns + " " + overflows));
        if (open) {
            out.add("open");
        }
        return out;
    }

    @Test
    void quotedFieldsDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
        assertThat(parse("a,\"b,\"\"c\"\"\"\r\n\"x\ny\",z\rlast", 100, 1000, 100)).containsExactly(
                "1@1 [a, b,\"c\"] 2 [null, null]",
                "2@2 [x\ny, z] 2 [null, null]",
                "3@4 [last] 1 [null]");
        assertThat(parse("\"never closed,\n", 100, 1000, 100)).last().isEqualTo("open");
    }

    @Test
    void fieldsRecordsAndColumnsOverTheLimitsAreCountedNotKept() throws IOException {
        assertThat(parse("abcd,ef\n", 3, 1000, 100)).containsExactly("1@1 [null, ef] 2 [FIELD, null]");
        assertThat(parse("abc,def,gh,i\n", 10, 6, 100)).containsExactly(
                "1@1 [abc, def, null, null] 4 [null, null, RECORD, null]");
        assertThat(parse("a,b,c,d\n", 10, 100, 2)).containsExactly("1@1 [a, b] 4 [null, null, COLUMNS]");
    }

    @Test
    void theReferenceDataReaderKeepsItsHeaderRowsAndLineNumbers() throws IOException {
        List<Csv.Row> rows = Csv.read(new BufferedReader(new StringReader(
                "\uFEFFcode,name\n\n1,\"a\nb\"\n2,c\n")));
        assertThat(rows).extracting(Csv.Row::line).containsExactly(3, 5);
        assertThat(rows.get(0).get("name")).isEqualTo("a\nb");
        assertThat(rows.get(1).get("code")).isEqualTo("2");
        assertThatThrownBy(() -> Csv.read(new BufferedReader(new StringReader("a\n\"b\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }
}
