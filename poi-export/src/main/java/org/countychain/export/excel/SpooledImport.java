package org.countychain.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.countychain.CountyChainIOException;
import org.countychain.enterprise.Enterprise;
import org.countychain.io.OutputFiles;
import org.jspecify.annotations.Nullable;

/**
 * An import whose enterprises wait in temporary files (暂存导入), from
 * {@link EnterpriseImporter#importSpooled(Path)}: the same enterprises, errors and counts as
 * {@link EnterpriseImporter#importFile(Path)} gives for the same file, in the same order, but the enterprises are
 * read back from disk by {@link #forEachEnterprise(Consumer)} instead of being held, so that a list of 500,000
 * enterprises is imported in a heap of a few dozen megabytes.
 *
 * <pre>{@code
 * try (SpooledImport result = EnterpriseImporter.defaults().importSpooled(Path.of("企业名单.xlsx"))) {
 *     result.forEachEnterprise(e -> store(e));          // in the order of their first rows
 *     result.errors().forEach(e -> log(e.describe(Locale.CHINA)));
 *     result.writeErrorWorkbook(Path.of("错误.xlsx"), Locale.CHINA);
 * }                                                     // deletes the temporary files
 * }</pre>
 *
 * <p>How: each accepted row is written, with its credit code, to a temporary file in runs sorted by credit code (an
 * external merge sort; at most about a sixteenth of the heap of rows is held at a time); the runs are then merged,
 * so that the rows of one credit code come together and are merged as the collecting import merges them (the same
 * year twice, or another name, county … than the first row: the row is rejected with code CC-1003 naming its sheet,
 * row and the columns in conflict); each enterprise's rows are then sorted by their first row in a second external
 * sort, which {@link #forEachEnterprise(Consumer)} reads. The rejected rows and their errors (reasons in Chinese
 * and English) wait in a temporary file too, in the file's order, for {@link #forEachRejectedRow(Consumer)} and the
 * error workbook; only the first {@value #ROWS_HELD} are held (fewer when they are long: 2,000,000 characters at
 * most), for {@link #rejectedRows()} and {@link #errors()}.
 * So memory stays bounded however many rows are accepted or rejected.
 *
 * <p>The temporary files (about as large as the rows' text, twice) are in a directory named
 * {@code countychain-import-…} in the system's temporary directory or the one given, deleted by {@link #close()},
 * when the import fails, and when the JVM exits (Ctrl-C included) before either. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class SpooledImport implements AutoCloseable {
    /** The rejected rows {@link #rejectedRows()} holds, and whose errors {@link #errors()} holds: the first ones. */
    public static final int ROWS_HELD = 1_000;
    /**
     * The most characters (cells and the values of their errors) the rows held may have together: fewer than
     * {@link #ROWS_HELD} rows are held when they are long, so that a thousand rows of 11,600-character names (46 MB
     * on the heap) are not.
     */
    static final long CHARS_HELD = 2_000_000;

    /** What the assembler read: the counts, the rejected rows so far and the parsers of the sheets read. */
    record Read(List<ImportResult.SheetRead> sheets, List<SkippedSheet> skipped, List<UnknownColumn> unknownColumns,
                int rowsRead, int rowsAccepted, RowSpool rejected, long errorCount,
                List<RowParser> parsers, List<String> parserSheets) {
    }

    private final String source;
    private final SpoolDirectory directory;
    private final RowSpool enterprises;
    private final RowSpool rejected;
    private final List<RowParser> parsers;
    private final List<String> parserSheets;
    private final List<ImportResult.SheetRead> sheets;
    private final List<SkippedSheet> skippedSheets;
    private final List<UnknownColumn> unknownColumns;
    private final int rowsRead;
    private final int rowsAccepted;
    private final long errorCount;
    private final List<ImportResult.RejectedRow> rejectedHeld;
    private final List<RowError> errorsHeld;
    private final long enterpriseCount;
    private boolean closed;

    private SpooledImport(String source, SpoolDirectory directory, RowSpool enterprises, RowSpool rejected, Read read,
                          List<ImportResult.SheetRead> sheets, int rowsAccepted, long errorCount,
                          long enterpriseCount) {
        this.source = source;
        this.directory = directory;
        this.enterprises = enterprises;
        this.rejected = rejected;
        this.parsers = read.parsers();
        this.parserSheets = read.parserSheets();
        this.sheets = List.copyOf(sheets);
        this.skippedSheets = List.copyOf(read.skipped());
        this.unknownColumns = List.copyOf(read.unknownColumns());
        this.rowsRead = read.rowsRead();
        this.rowsAccepted = rowsAccepted;
        this.errorCount = errorCount;
        this.enterpriseCount = enterpriseCount;
        List<ImportResult.RejectedRow> held = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long chars = 0;
        try (RowSpool.Cursor c = rejected.open()) {
            for (RowSpool.Entry r = c.next(); r != null && held.size() < ROWS_HELD; r = c.next()) {
                ImportResult.RejectedRow row = rejectedRow(r);
                chars += chars(row);
                if (!held.isEmpty() && chars > CHARS_HELD) {
                    break;
                }
                held.add(row);
                errors.addAll(row.errors());
            }
        }
        this.rejectedHeld = List.copyOf(held);
        this.errorsHeld = List.copyOf(errors);
    }

    /**
     * The refusal when the temporary files reached their limit.
     *
     * @param source the file's name
     * @param e      the limit reached
     * @return the refusal (code CC-9015)
     */
    static ImportRefusedException limitReached(String source, SpoolDirectory.LimitReached e) {
        return new ImportRefusedException(source, null, org.countychain.ErrorCode.SPOOL_LIMIT,
                "excel.refused.spoolLimit", List.of(e.limit()), null);
    }

    /** The characters a rejected row holds: its cells and its errors' values. */
    private static long chars(ImportResult.RejectedRow row) {
        long n = 0;
        for (@Nullable String v : row.cells()) {
            n += v == null ? 0 : v.length();
        }
        for (RowError e : row.errors()) {
            n += e.rawValue().length();
        }
        return n;
    }

    private static ImportResult.RejectedRow rejectedRow(RowSpool.Entry r) {
        RowSpool.SpooledRow s = r.rows().get(0);
        return new ImportResult.RejectedRow(s.row(), Arrays.asList(s.cells()), s.errors());
    }

    /**
     * Merges the spooled rows of each credit code.
     *
     * @param source    the file's name
     * @param read      what was read
     * @param rows      the accepted rows, keyed by credit code
     * @param directory the temporary directory
     * @param budget    the bytes of rows held in memory at a time
     * @return the import
     */
    static SpooledImport merge(String source, Read read, RowSpool rows, SpoolDirectory directory, long budget) {
        RowSpool groups = new RowSpool(directory, "enterprises", budget);
        int[] moved = new int[read.sheets().size()];
        int conflicts = 0;
        long errorCount = read.errorCount();
        long count = 0;
        try (RowSpool.Cursor c = rows.open()) {
            List<RowSpool.Entry> group = new ArrayList<>();
            RowSpool.Entry r = c.next();
            while (r != null) {
                group.clear();
                group.add(r);
                RowSpool.Entry next = c.next();
                while (next != null && next.key().equals(r.key())) {
                    group.add(next);
                    next = c.next();
                }
                List<RowSpool.SpooledRow> kept;
                if (group.size() == 1) {
                    kept = r.rows(); // one row, nothing to merge: most enterprises of a one-year list
                } else {
                    kept = new ArrayList<>();
                    EnterpriseMerger merger = new EnterpriseMerger();
                    for (RowSpool.Entry g : group) {
                        RowSpool.SpooledRow s = g.rows().get(0);
                        RowParser.Row p = read.parsers().get(s.sheet()).parse(s.row(), s.cells(), List.of());
                        merger.add(read.parserSheets().get(s.sheet()), p);
                        if (p.rowErrors.isEmpty()) {
                            kept.add(s);
                        } else {
                            // rejected when merged: joins the other rejected rows in the file's order
                            read.rejected().add(new RowSpool.Entry("", g.seq(), List.of(new RowSpool.SpooledRow(
                                    s.sheet(), s.row(), s.cells(),
                                    p.rowErrors.stream().map(RowError::flattened).toList()))));
                            moved[s.sheet()]++; // a parser per sheet read, in the same order
                            conflicts++;
                            errorCount += p.rowErrors.size();
                        }
                    }
                }
                // the enterprise comes where its first row was: sorted by that row's sequence number next
                groups.add(new RowSpool.Entry("", r.seq(), kept));
                count++;
                r = next;
            }
        }
        rows.delete();
        List<ImportResult.SheetRead> sheets = new ArrayList<>(read.sheets().size());
        for (int s = 0; s < read.sheets().size(); s++) {
            ImportResult.SheetRead x = read.sheets().get(s);
            sheets.add(new ImportResult.SheetRead(x.name(), x.index(), x.headerRow(), x.header(), x.rowsRead(),
                    x.rowsAccepted() - moved[s], x.rowsRejected() + moved[s]));
        }
        return new SpooledImport(source, directory, groups, read.rejected(), read, sheets, read.rowsAccepted() - conflicts,
                errorCount, count);
    }

    /**
     * Hands each enterprise to an action, in the order of their first rows (as
     * {@link ImportResult#enterprises()}), reading them from the temporary files; may be called again.
     *
     * @param action takes each enterprise
     * @throws IllegalStateException  when this import was closed
     * @throws CountyChainIOException when the temporary files cannot be read
     */
    public void forEachEnterprise(Consumer<? super Enterprise> action) {
        Objects.requireNonNull(action, "action");
        forEachEntry(enterprises, r -> {
            EnterpriseMerger merger = new EnterpriseMerger();
            for (RowSpool.SpooledRow s : r.rows()) {
                merger.add(parserSheets.get(s.sheet()), parsers.get(s.sheet()).parse(s.row(), s.cells(), List.of()));
            }
            action.accept(merger.enterprises().get(0));
        });
    }

    /** Reads a spool's entries in order, its failures made the library's exceptions. */
    private void forEachEntry(RowSpool spool, Consumer<RowSpool.Entry> each) {
        if (closed) {
            throw new IllegalStateException("the import was closed and its temporary files deleted");
        }
        try (RowSpool.Cursor c = spool.open()) {
            for (RowSpool.Entry r = c.next(); r != null; r = c.next()) {
                each.accept(r);
            }
        } catch (UncheckedIOException e) {
            throw new CountyChainIOException(directory.path().toString(), EnterpriseImporter.ioCause(e));
        } catch (SpoolDirectory.WriteFailed e) {
            throw new CountyChainIOException(directory.path().toString(), e.getCause());
        } catch (SpoolDirectory.LimitReached e) {
            throw limitReached(source, e);
        }
    }

    /**
     * The number of enterprises {@link #forEachEnterprise(Consumer)} gives.
     *
     * @return the count
     */
    public long enterpriseCount() {
        return enterpriseCount;
    }

    /**
     * The sheets read, as {@link ImportResult#sheets()}.
     *
     * @return at least one sheet
     */
    public List<ImportResult.SheetRead> sheets() {
        return sheets;
    }

    /**
     * The sheets not read, as {@link ImportResult#skippedSheets()}.
     *
     * @return the skipped sheets
     */
    public List<SkippedSheet> skippedSheets() {
        return skippedSheets;
    }

    /**
     * The columns not used, as {@link ImportResult#unknownColumns()}.
     *
     * @return the unknown columns
     */
    public List<UnknownColumn> unknownColumns() {
        return unknownColumns;
    }

    /**
     * The data rows read, all sheets together.
     *
     * @return rows read
     */
    public int rowsRead() {
        return rowsRead;
    }

    /**
     * The rows accepted.
     *
     * @return rows accepted
     */
    public int rowsAccepted() {
        return rowsAccepted;
    }

    /**
     * The rows rejected, all of them ({@link #rejectedRows()} holds the first {@value #ROWS_HELD}).
     *
     * @return rows rejected
     */
    public int rowsRejected() {
        return rowsRead - rowsAccepted;
    }

    /**
     * The errors of all rejected rows ({@link #errors()} holds those of the first {@value #ROWS_HELD} rows).
     *
     * @return the count
     */
    public long errorCount() {
        return errorCount;
    }

    /**
     * The errors of the first {@value #ROWS_HELD} rejected rows (fewer rows when their text passes 2,000,000
     * characters, at least one), by row then column, as {@link ImportResult#errors()} gives them; all of them when no
     * more rows were rejected. {@link #forEachRejectedRow(Consumer)} gives every
     * row's errors, read back from the temporary files, so that a file of any number of bad rows needs no more
     * memory than a few.
     *
     * @return the errors
     */
    public List<RowError> errors() {
        return errorsHeld;
    }

    /**
     * The first {@value #ROWS_HELD} rejected rows as written (fewer when their text passes 2,000,000 characters, at
     * least one), with their errors, as {@link ImportResult#rejectedRows()} gives them; all of them when no more were
     * rejected.
     *
     * @return the rows
     * @see #forEachRejectedRow(Consumer)
     */
    public List<ImportResult.RejectedRow> rejectedRows() {
        return rejectedHeld;
    }

    /**
     * Hands every rejected row, with its errors, to an action, in the file's order (as
     * {@link ImportResult#rejectedRows()}), reading them from the temporary files; may be called again.
     *
     * @param action takes each row
     * @throws IllegalStateException  when this import was closed
     * @throws CountyChainIOException when the temporary files cannot be read
     */
    public void forEachRejectedRow(Consumer<? super ImportResult.RejectedRow> action) {
        Objects.requireNonNull(action, "action");
        forEachEntry(rejected, r -> action.accept(rejectedRow(r)));
    }

    /**
     * Whether every row was accepted.
     *
     * @return true when no row was rejected
     */
    public boolean isClean() {
        return rowsRejected() == 0;
    }

    /**
     * Writes the error workbook, as {@link ImportResult#writeErrorWorkbook(Path, Locale)}, with every rejected row,
     * read back from the temporary files.
     *
     * @param out    the file
     * @param locale the language of the reasons
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws IllegalStateException when this import was closed
     */
    public void writeErrorWorkbook(Path out, Locale locale) throws IOException {
        OutputFiles.write(out, os -> {
            writeErrorWorkbook(os, locale);
            return out;
        });
    }

    /**
     * Writes the error workbook to a stream (left open), as {@link ImportResult#writeErrorWorkbook(OutputStream,
     * Locale)}.
     *
     * @param out    the stream
     * @param locale the language of the reasons
     * @throws IOException when writing fails
     * @throws IllegalStateException when this import was closed
     */
    public void writeErrorWorkbook(OutputStream out, Locale locale) throws IOException {
        ImportResult.writeErrorWorkbook(out, locale, sheets, this::forEachRejectedRow);
    }

    /** Deletes the temporary files; {@link #forEachEnterprise(Consumer)} cannot be called after. */
    @Override
    public void close() {
        closed = true;
        directory.delete();
    }
}
