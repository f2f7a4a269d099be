package org.countychain.export.excel;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.countychain.ProblemCode;
import org.jspecify.annotations.Nullable;

/**
 * An external sort of imported rows (行的外部排序): records (a key, a sequence number and one or more raw rows) are
 * held in memory up to a budget, then sorted by key and sequence and written to a run file in the spool's temporary
 * directory; {@link #open()} merges the runs (and what is still in memory) back in that order. Memory stays within
 * the budget plus one read buffer per run merged at a time, whatever the number of records. Not thread-safe.
 */
final class RowSpool {
    /** Runs merged at once; more are first merged into longer runs, so that open files and buffers stay few. */
    static final int FAN_IN = 32;
    private static final int BUFFER_BYTES = 32 * 1024;
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key).thenComparingLong(Entry::seq);

    /**
     * A raw row.
     *
     * @param sheet the ordinal of its sheet among the sheets read
     * @param row   its 1-based row number
     * @param cells  its cells as read, {@code null} where empty
     * @param errors a rejected row's errors, else empty
     */
    record SpooledRow(int sheet, int row, @Nullable String[] cells, List<RowError> errors) {
        /**
         * An accepted row.
         *
         * @param sheet the ordinal of its sheet among the sheets read
         * @param row   its 1-based row number
         * @param cells its cells as read, {@code null} where empty
         */
        SpooledRow(int sheet, int row, @Nullable String[] cells) {
            this(sheet, row, cells, List.of());
        }
    }

    /**
     * A record: sorted by key, then by sequence number.
     *
     * @param key  the sort key ({@code ""} to sort by sequence only)
     * @param seq  the sequence number
     * @param rows the rows
     */
    record Entry(String key, long seq, List<SpooledRow> rows) {
        /** About the bytes the record takes on the heap, so that the buffer keeps to its budget. */
        long heapBytes() {
            long bytes = 96 + 2L * key.length();
            for (SpooledRow r : rows) {
                bytes += 64 + 4L * r.cells.length;
                for (String c : r.cells) {
                    if (c != null) {
                        bytes += 48 + 2L * c.length();
                    }
                }
                for (RowError e : r.errors) {
                    bytes += 512 + 2L * e.rawValue().length(); // the error, its strings and reasons
                }
            }
            return bytes;
        }
    }

    /** Records in order, read from the runs; close it to close the files. */
    interface Cursor extends Closeable {
        /**
         * The next record.
         *
         * @return the record, or {@code null} after the last
         */
        @Nullable Entry next();

        @Override
        void close();
    }

    private final SpoolDirectory directory;
    private final String name;
    private final long budget;
    private final List<Entry> buffer = new ArrayList<>();
    private long buffered;
    private final List<Path> runs = new ArrayList<>();
    private boolean finished;
    private long records;
    /** The codes of the errors written, by their text, to read back the same {@link ProblemCode}s. */
    private final Map<String, ProblemCode> codes = new HashMap<>();

    /**
     * A spool.
     *
     * @param directory where its runs go
     * @param name      a prefix for their file names
     * @param budget    the bytes of records held in memory before a run is written
     */
    RowSpool(SpoolDirectory directory, String name, long budget) {
        this.directory = directory;
        this.name = name;
        this.budget = budget;
    }

    /**
     * Adds a record.
     *
     * @param r the record
     */
    void add(Entry r) {
        if (finished) {
            throw new IllegalStateException("the spool was opened");
        }
        buffer.add(r);
        records++;
        for (SpooledRow row : r.rows) {
            for (RowError e : row.errors) {
                codes.putIfAbsent(e.code().code(), e.code());
            }
        }
        buffered += r.heapBytes();
        if (buffered > budget) {
            spill();
        }
    }

    /**
     * The records added.
     *
     * @return the count
     */
    long size() {
        return records;
    }

    /**
     * The run files written so far.
     *
     * @return the count
     */
    int runs() {
        return runs.size();
    }

    /**
     * Reads the records in order; may be called again for another pass. No record can be added after the first call.
     *
     * @return the cursor
     */
    Cursor open() {
        if (!finished) {
            finished = true;
            if (!runs.isEmpty()) {
                if (!buffer.isEmpty()) {
                    spill();
                }
                while (runs.size() > FAN_IN) {
                    List<Path> group = new ArrayList<>(runs.subList(0, FAN_IN));
                    runs.subList(0, FAN_IN).clear();
                    Path merged = directory.newFile(name);
                    try (Cursor c = merge(group); DataOutputStream out = directory.output(merged, BUFFER_BYTES)) {
                        for (Entry r = c.next(); r != null; r = c.next()) {
                            write(out, r);
                        }
                        out.writeBoolean(false);
                    } catch (IOException e) {
                        throw new SpoolDirectory.WriteFailed(e);
                    }
                    group.forEach(directory::release);
                    runs.add(merged);
                }
            } else {
                buffer.sort(ORDER);
            }
        }
        if (runs.isEmpty()) {
            List<Entry> sorted = buffer;
            return new Cursor() {
                private int i;

                @Override
                public @Nullable Entry next() {
                    return i < sorted.size() ? sorted.get(i++) : null;
                }

                @Override
                public void close() {
                    // nothing to close
                }
            };
        }
        return merge(runs);
    }

    /** Deletes the run files and forgets the records: the spool is not to be read again. */
    void delete() {
        runs.forEach(directory::release);
        runs.clear();
        buffer.clear();
        buffered = 0;
    }

    private void spill() {
        buffer.sort(ORDER);
        Path run = directory.newFile(name);
        try (DataOutputStream out = directory.output(run, BUFFER_BYTES)) {
            for (Entry r : buffer) {
                write(out, r);
            }
            out.writeBoolean(false);
        } catch (IOException e) {
            throw new SpoolDirectory.WriteFailed(e);
        }
        runs.add(run);
        buffer.clear();
        buffered = 0;
    }

    private Cursor merge(List<Path> files) {
        PriorityQueue<RunReader> queue = new PriorityQueue<>(files.size(), (a, b) -> ORDER.compare(a.current, b.current));
        List<RunReader> all = new ArrayList<>();
        try {
            for (Path f : files) {
                RunReader r = new RunReader(f, codes);
                all.add(r);
                if (r.advance()) {
                    queue.add(r);
                }
            }
        } catch (IOException | RuntimeException e) {
            all.forEach(RunReader::close);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new Cursor() {
            @Override
            public @Nullable Entry next() {
                RunReader r = queue.poll();
                if (r == null) {
                    return null;
                }
                Entry out = r.current;
                try {
                    if (r.advance()) {
                        queue.add(r);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out;
            }

            @Override
            public void close() {
                all.forEach(RunReader::close);
            }
        };
    }

    private static void write(DataOutputStream out, Entry r) throws IOException {
        out.writeBoolean(true);
        writeString(out, r.key);
        out.writeLong(r.seq);
        out.writeInt(r.rows.size());
        for (SpooledRow row : r.rows) {
            out.writeInt(row.sheet);
            out.writeInt(row.row);
            out.writeInt(row.cells.length);
            for (String c : row.cells) {
                writeString(out, c);
            }
            out.writeInt(row.errors.size());
            for (RowError e : row.errors) {
                for (String f : e.toFields()) {
                    writeString(out, f);
                }
            }
        }
    }

    private static void writeString(DataOutputStream out, @Nullable String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** One run file, read record by record. */
    private static final class RunReader {
        private final DataInputStream in;
        private final Map<String, ProblemCode> codes;
        /** The record read last; {@code null} before the first and after the last. */
        @Nullable Entry current;

        RunReader(Path file, Map<String, ProblemCode> codes) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
            this.codes = codes;
        }

        boolean advance() throws IOException {
            if (!in.readBoolean()) {
                current = null;
                return false;
            }
            String key = readString();
            if (key == null) {
                throw new IOException("a record of the run file has no key");
            }
            long seq = in.readLong();
            int n = in.readInt();
            List<SpooledRow> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int sheet = in.readInt();
                int row = in.readInt();
                @Nullable String[] cells = new String[in.readInt()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = readString();
                }
                int errorCount = in.readInt();
                List<RowError> errors = errorCount == 0 ? List.of() : new ArrayList<>(errorCount);
                for (int e = 0; e < errorCount; e++) {
                    String[] fields = new String[RowError.FIELDS];
                    for (int f = 0; f < fields.length; f++) {
                        // RowError.toFields writes no null.
                        fields[f] = java.util.Objects.requireNonNull(readString(), "an error's field");
                    }
                    errors.add(RowError.fromFields(fields, java.util.Objects.requireNonNull(codes.get(fields[RowError.CODE_FIELD]))));
                }
                rows.add(new SpooledRow(sheet, row, cells, errors));
            }
            current = new Entry(key, seq, rows);
            return true;
        }

        private @Nullable String readString() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // a read-only file: nothing was lost
            }
        }
    }
}
