package org.countychain.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's one CSV parser (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or CR
 * line ends), streaming: memory holds one record, and no field longer than the caller's limit. Used for the built-in
 * reference data ({@link Csv}) and for the CSV enterprise lists of the Excel import. Internal: not part of the API.
 */
public final class CsvRecords {
    private CsvRecords() {
    }

    /** What went over a limit in a record: the field's or the record's length, or the number of columns. */
    public enum Overflow {
        /** The field is longer than the field limit: counted, not kept. */
        FIELD,
        /** The record's fields up to this one are longer in all than the record limit: not kept from here on. */
        RECORD,
        /** The record has more columns than the column limit: those beyond are counted, not kept. */
        COLUMNS
    }

    /** Receives each record. */
    public interface Handler {
        /**
         * One record, blank lines included (as one empty field).
         *
         * @param number    the record's 1-based number, as spreadsheets number a CSV file's rows
         * @param line      the 1-based line its text starts on
         * @param fields    the fields up to the column limit; {@code null} where a field was not kept (after a
         *                  record overflow, the fields that follow are not kept and not marked again)
         * @param columns   the number of fields the record has, also beyond the column limit
         * @param overflows per field index up to the column limit, what went over a limit (same size as
         *                  {@code fields}, {@code null} where nothing did); an index at the column limit says
         *                  {@link Overflow#COLUMNS}
         * @param lengths   per field index, its length in characters (also of fields not kept)
         */
        void record(int number, int line, List<String> fields, int columns, List<Overflow> overflows,
                    List<Long> lengths);
    }

    /**
     * Parses CSV text.
     *
     * @param in             the text
     * @param maxFieldChars  the most characters a kept field may have
     * @param maxRecordChars the most characters a record's kept fields may have in all
     * @param maxColumns     the most fields of a record that are kept
     * @param handler        receives the records
     * @return true when the text ended inside a quoted field (an unterminated quote)
     * @throws IOException when reading fails
     */
    public static boolean parse(Reader in, int maxFieldChars, long maxRecordChars, int maxColumns, Handler handler)
            throws IOException {
        return new Parser(in, maxFieldChars, maxRecordChars, maxColumns, handler).run();
    }

    private static final class Parser {
        private final Reader in;
        private final int maxFieldChars;
        private final long maxRecordChars;
        private final int maxColumns;
        private final Handler handler;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int end;
        private final List<String> fields = new ArrayList<>();
        private final List<Overflow> overflows = new ArrayList<>();
        private final List<Long> lengths = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private long fieldLength;
        private long recordChars;
        private boolean recordFull;
        private int columns;
        private int record = 1;
        private int line = 1;
        private int recordLine = 1;

        Parser(Reader in, int maxFieldChars, long maxRecordChars, int maxColumns, Handler handler) {
            this.in = in;
            this.maxFieldChars = maxFieldChars;
            this.maxRecordChars = maxRecordChars;
            this.maxColumns = maxColumns;
            this.handler = handler;
        }

        private int next() throws IOException {
            if (pos == end && !fill()) {
                return -1;
            }
            return buf[pos++];
        }

        private int peek() throws IOException {
            if (pos == end && !fill()) {
                return -1;
            }
            return buf[pos];
        }

        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }

        private void append(char c) {
            fieldLength++;
            if (fieldLength <= maxFieldChars) {
                field.append(c);
            }
        }

        boolean run() throws IOException {
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = next()) >= 0) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            next();
                            append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && peek() != '\n')) {
                            line++;
                        }
                        append((char) c);
                    }
                } else if (c == '"' && fieldLength == 0) {
                    quoted = true;
                } else if (c == ',') {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek() == '\n') {
                        next();
                    }
                    endField();
                    emit();
                    line++;
                    recordLine = line;
                    any = false;
                } else {
                    append((char) c);
                }
            }
            if (any) {
                endField();
                emit();
            }
            return quoted;
        }

        private void endField() {
            int column = columns++;
            if (column < maxColumns) {
                Overflow overflow = null;
                String value = null;
                if (fieldLength > maxFieldChars) {
                    overflow = Overflow.FIELD;
                } else if (recordFull) {
                    overflow = null; // the record is reported full once, at the field that filled it
                } else if (recordChars + fieldLength > maxRecordChars) {
                    overflow = Overflow.RECORD;
                    recordFull = true;
                } else {
                    recordChars += fieldLength;
                    value = field.toString();
                }
                fields.add(value);
                overflows.add(overflow);
                lengths.add(fieldLength);
            } else if (column == maxColumns && fieldLength >= 0) {
                overflows.add(Overflow.COLUMNS); // one marker at the limit; the fields beyond are only counted
                lengths.add(fieldLength);
            }
            field.setLength(0);
            fieldLength = 0;
        }

        private void emit() {
            handler.record(record, recordLine, fields, columns, overflows, lengths);
            fields.clear();
            overflows.clear();
            lengths.clear();
            columns = 0;
            recordChars = 0;
            recordFull = false;
            record++;
        }
    }
}
