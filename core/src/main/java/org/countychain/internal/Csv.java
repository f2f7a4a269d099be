package org.countychain.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the built-in reference data (quoted fields, doubled quotes, a header row).
 * Internal: not part of the API.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * One data row, addressed by header name.
     *
     * @param line    the 1-based line number in the file
     * @param columns header name to index
     * @param values  the row's values
     */
    public record Row(int line, Map<String, Integer> columns, List<String> values) {
        /**
         * The value under a header, stripped; empty when the row is short.
         *
         * @param column the header name
         * @return the value
         * @throws IllegalArgumentException when the file has no such column
         */
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column '" + column + "', columns are " + columns.keySet());
            }
            return index < values.size() ? values.get(index).strip() : "";
        }
    }

    /**
     * Reads every data row; blank lines are skipped.
     *
     * @param reader the text
     * @return the rows
     * @throws IOException when reading fails
     */
    public static List<Row> read(BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            int startLine = lineNo;
            StringBuilder record = new StringBuilder(line);
            while (quotesOpen(record)) {
                String next = reader.readLine();
                if (next == null) {
                    throw new IOException("line " + startLine + ": unterminated quoted field");
                }
                lineNo++;
                record.append('\n').append(next);
            }
            if (record.toString().isBlank()) {
                continue;
            }
            List<String> values = split(record.toString());
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    columns.put(values.get(i).strip().replace("\uFEFF", ""), i);
                }
            } else {
                rows.add(new Row(startLine, columns, values));
            }
        }
        return rows;
    }

    private static boolean quotesOpen(CharSequence s) {
        int quotes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static List<String> split(String record) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
