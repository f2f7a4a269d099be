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

import org.countychain.internal.CsvRecords;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) in UTF-8, with or without a
 * byte-order mark, or GB18030, whichever decodes without error (UTF-8 first). The file is streamed through the
 * library's one CSV parser, {@link CsvRecords}: memory holds one record, and no field longer than the caller's
 * limit.
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
    public static @Nullable Charset detect(Path file) throws IOException {
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
        int maxColumns = BrokenCell.MAX_COLUMN + 1;
        long maxRecordChars = 32L * maxFieldChars;
        // Each row waits until the next one is read: the last one learns whether the file ended inside a quote.
        Pending pending = new Pending(sink);
        boolean unclosed = CsvRecords.parse(text, maxFieldChars, maxRecordChars, maxColumns,
                (record, line, fields, columns, overflows, lengths) -> {
                    List<BrokenCell> broken = new ArrayList<>();
                    for (int i = 0; i < overflows.size(); i++) {
                        CsvRecords.Overflow o = overflows.get(i);
                        if (o == null) {
                            continue;
                        }
                        String ref = XlsxRowReader.columnName(i) + record;
                        switch (o) {
                            case FIELD -> broken.add(new BrokenCell(ref, i, true, "excel.limit.cellChars",
                                    List.of(Long.toString(lengths.get(i)), Integer.toString(maxFieldChars))));
                            case RECORD -> broken.add(new BrokenCell(ref, i, true, "excel.limit.rowChars",
                                    List.of(Long.toString(maxRecordChars), Integer.toString(maxFieldChars))));
                            case COLUMNS -> broken.add(new BrokenCell(ref, -1, true, "excel.limit.columns",
                                    List.of(Integer.toString(maxColumns))));
                            default -> throw new IllegalStateException(o.name());
                        }
                    }
                    boolean nonEmpty = !broken.isEmpty();
                    for (int i = 0; i < fields.size() && !nonEmpty; i++) {
                        String f = fields.get(i);
                        nonEmpty = f != null && !f.isBlank();
                    }
                    pending.next(record, fields.toArray(new String[0]), broken, nonEmpty);
                });
        if (unclosed) {
            // The quote opened the last field of the last record: the rest of the file, later rows included, is in it.
            pending.unclosedQuote();
        }
        pending.flush();
    }

    /** The row read last, not yet handed on. */
    private static final class Pending {
        private final RowSink sink;
        private int record;
        private @Nullable String @Nullable [] cells;
        private List<BrokenCell> broken = List.of();
        private boolean nonEmpty;

        Pending(RowSink sink) {
            this.sink = sink;
        }

        void next(int number, @Nullable String[] fields, List<BrokenCell> brokenCells, boolean content) {
            flush();
            record = number;
            cells = fields;
            broken = brokenCells;
            nonEmpty = content;
        }

        void unclosedQuote() {
            @Nullable String[] row = cells;
            if (row == null || row.length == 0) {
                return;
            }
            int column = row.length - 1;
            String ref = XlsxRowReader.columnName(column) + record;
            List<BrokenCell> all = new ArrayList<>(broken);
            all.add(new BrokenCell(ref, column, false, "excel.broken.unclosedQuote", List.of(ref)));
            broken = all;
            nonEmpty = true;
        }

        void flush() {
            @Nullable String[] row = cells;
            if (row != null && nonEmpty) {
                sink.row(record, row, List.copyOf(broken));
            }
            cells = null;
        }
    }
}
