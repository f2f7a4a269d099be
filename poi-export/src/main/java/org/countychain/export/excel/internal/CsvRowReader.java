package org.countychain.export.excel.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) in UTF-8, with or without a
 * byte-order mark, or GB18030, whichever decodes without error (UTF-8 first). The file is streamed: memory holds
 * one record, and no field longer than the caller's limit.
 */
public final class CsvRowReader {
    /** GB18030, the Chinese national encoding that Excel on Chinese Windows writes CSV in. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private CsvRowReader() {
    }

    /**
     * The encoding a file's bytes decode in without error: UTF-8 when they are valid UTF-8, otherwise GB18030.
     * Reads the file through once, in constant memory.
     *
     * @param file the file
     * @return the encoding, or {@code null} when neither decodes
     * @throws IOException when reading fails
     */
    public static Charset detect(Path file) throws IOException {
        for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030)) {
            if (decodes(file, cs)) {
                return cs;
            }
        }
        return null;
    }

    private static boolean decodes(Path file, Charset cs) throws IOException {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            while (true) {
                int n = s.read(in.array(), in.position(), in.remaining());
                boolean end = n < 0;
                if (!end) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                if (r.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
                if (end) {
                    CoderResult f = decoder.flush(out);
                    return !f.isError();
                }
            }
        }
    }

    /**
     * Opens a file as text in the given encoding, without a leading byte-order mark.
     *
     * @param file    the file
     * @param charset its encoding, as {@link #detect(Path)} found it
     * @return the text; the caller closes it
     * @throws IOException when opening fails
     */
    public static Reader open(Path file, Charset charset) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
                in.reset();
            }
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Parses CSV text into rows.
     *
     * @param text          the text
     * @param maxFieldChars the most characters a field may hold; a longer field is reported as a {@link BrokenCell}
     *                      with {@code limit} set and is never held whole
     * @param sink          receives the non-empty rows, numbered by record as Excel numbers a CSV file's rows
     * @throws IOException when reading fails
     */
    public static void parse(Reader text, int maxFieldChars, RowSink sink) throws IOException {
        new Parser(text, maxFieldChars, sink).run();
    }

    /** The state of one parse. */
    private static final class Parser {
        private final Reader in;
        private final int maxFieldChars;
        private final long maxRecordChars;
        private final RowSink sink;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int end;
        private final List<String> fields = new ArrayList<>();
        private final List<BrokenCell> broken = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private long fieldLength;
        private long recordChars;
        private int columns;
        private int record = 1;

        Parser(Reader in, int maxFieldChars, RowSink sink) {
            this.in = in;
            this.maxFieldChars = maxFieldChars;
            this.maxRecordChars = 32L * maxFieldChars;
            this.sink = sink;
        }

        private int next() throws IOException {
            if (pos == end) {
                int n = in.read(buf, 0, buf.length);
                if (n <= 0) {
                    return -1;
                }
                pos = 0;
                end = n;
            }
            return buf[pos++];
        }

        private int peek() throws IOException {
            if (pos == end) {
                int n = in.read(buf, 0, buf.length);
                if (n <= 0) {
                    return -1;
                }
                pos = 0;
                end = n;
            }
            return buf[pos];
        }

        private void append(char c) {
            fieldLength++;
            if (fieldLength <= maxFieldChars) {
                field.append(c);
            }
        }

        void run() throws IOException {
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
                    any = false;
                } else {
                    append((char) c);
                }
            }
            if (any) {
                endField();
                emit();
            }
        }

        private void endField() {
            int column = columns++;
            String ref = XlsxRowReader.columnName(Math.min(column, BrokenCell.MAX_COLUMN + 1)) + record;
            String value = null;
            if (column > BrokenCell.MAX_COLUMN) {
                if (fieldLength > 0 && broken.stream().noneMatch(b -> b.key().equals("excel.limit.columns"))) {
                    broken.add(new BrokenCell(ref, -1, true, "excel.limit.columns",
                            List.of(Integer.toString(BrokenCell.MAX_COLUMN + 1))));
                }
            } else if (fieldLength > maxFieldChars) {
                broken.add(new BrokenCell(ref, column, true, "excel.limit.cellChars",
                        List.of(Long.toString(fieldLength), Integer.toString(maxFieldChars))));
            } else {
                recordChars += fieldLength;
                if (recordChars > maxRecordChars) {
                    broken.add(new BrokenCell(ref, column, true, "excel.limit.rowChars",
                            List.of(Long.toString(maxRecordChars), Integer.toString(maxFieldChars))));
                } else {
                    value = field.toString();
                }
            }
            if (column <= BrokenCell.MAX_COLUMN) {
                fields.add(value); // columns beyond XFD are counted, not kept
            }
            field.setLength(0);
            fieldLength = 0;
        }

        private void emit() {
            boolean nonEmpty = !broken.isEmpty();
            for (int i = 0; i < fields.size() && !nonEmpty; i++) {
                String f = fields.get(i);
                nonEmpty = f != null && !f.isBlank();
            }
            if (nonEmpty) {
                sink.row(record, fields.toArray(new String[0]), List.copyOf(broken));
            }
            fields.clear();
            columns = 0;
            broken.clear();
            recordChars = 0;
            record++;
        }
    }
}
