package org.countychain.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in reference data's CSV files, read by the library's one CSV parser ({@link CsvRecords}) into rows
 * addressed by a header row.
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
        List<Map<String, Integer>> columns = new ArrayList<>(1);
        int[] started = {0};
        boolean open = CsvRecords.parse(reader, Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
                (number, line, fields, count, overflows, lengths) -> {
                    started[0] = line;
                    if (fields.size() == 1 && fields.get(0).isBlank()) {
                        return; // a blank line
                    }
                    List<String> values = new ArrayList<>(fields);
                    if (columns.isEmpty()) {
                        Map<String, Integer> header = new HashMap<>();
                        for (int i = 0; i < values.size(); i++) {
                            header.put(values.get(i).strip().replace("\uFEFF", ""), i);
                        }
                        columns.add(header);
                    } else {
                        rows.add(new Row(line, columns.get(0), values));
                    }
                });
        if (open) {
            throw new IOException("line " + started[0] + ": unterminated quoted field");
        }
        return rows;
    }
}
