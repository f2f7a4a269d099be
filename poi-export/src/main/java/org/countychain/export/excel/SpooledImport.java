package org.countychain.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.countychain.CountyChainIOException;
import org.countychain.enterprise.Enterprise;

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
 * sort, which {@link #forEachEnterprise(Consumer)} reads. The rejected rows and their errors are kept in memory, as
 * the collecting import keeps them, for {@link #errors()} and the error workbook.
 *
 * <p>The temporary files (about as large as the rows' text, twice) are in a directory named
 * {@code countychain-import-…} in the system's temporary directory or the one given, deleted by {@link #close()},
 * when the import fails, and when the JVM exits (Ctrl-C included) before either. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class SpooledImport implements AutoCloseable {
    /** What the assembler read: the counts, the rejected rows so far and the parsers of the sheets read. */
    record Read(List<ImportResult.SheetRead> sheets, List<SkippedSheet> skipped, List<UnknownColumn> unknownColumns,
                int rowsRead, int rowsAccepted, List<ImportResult.RejectedRow> rejected, List<Long> rejectedSeqs,
                List<RowParser> parsers, List<String> parserSheets) {
    }

    /** A row rejected when merged, with where it was in the file. */
    private record Conflict(long seq, int sheet, ImportResult.RejectedRow row) {
    }

    private final SpoolDirectory directory;
    private final RowSpool enterprises;
    private final List<RowParser> parsers;
    private final List<String> parserSheets;
    private final ImportResult report;
    private final long enterpriseCount;
    private boolean closed;

    private SpooledImport(SpoolDirectory directory, RowSpool enterprises, List<RowParser> parsers,
                          List<String> parserSheets, ImportResult report, long enterpriseCount) {
        this.directory = directory;
        this.enterprises = enterprises;
        this.parsers = parsers;
        this.parserSheets = parserSheets;
        this.report = report;
        this.enterpriseCount = enterpriseCount;
    }

    /**
     * Merges the spooled rows of each credit code.
     *
     * @param read      what was read
     * @param rows      the accepted rows, keyed by credit code
     * @param directory the temporary directory
     * @param budget    the bytes of rows held in memory at a time
     * @return the import
     */
    static SpooledImport merge(Read read, RowSpool rows, SpoolDirectory directory, long budget) {
        RowSpool groups = new RowSpool(directory, "enterprises", budget);
        List<Conflict> conflicts = new ArrayList<>();
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
                            conflicts.add(new Conflict(g.seq(), s.sheet(),
                                    new ImportResult.RejectedRow(s.row(), Arrays.asList(s.cells()), p.rowErrors)));
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
        return new SpooledImport(directory, groups, read.parsers(), read.parserSheets(), report(read, conflicts),
                count);
    }

    /** The report of the collecting import: the rows rejected when merged join the others in the file's order. */
    private static ImportResult report(Read read, List<Conflict> conflicts) {
        conflicts.sort(Comparator.comparingLong(Conflict::seq));
        List<ImportResult.RejectedRow> rejected = new ArrayList<>(read.rejected().size() + conflicts.size());
        int i = 0;
        int j = 0;
        while (i < read.rejected().size() || j < conflicts.size()) {
            if (j == conflicts.size()
                    || (i < read.rejected().size() && read.rejectedSeqs().get(i) < conflicts.get(j).seq())) {
                rejected.add(read.rejected().get(i++));
            } else {
                rejected.add(conflicts.get(j++).row());
            }
        }
        List<RowError> errors = new ArrayList<>();
        rejected.forEach(r -> errors.addAll(r.errors()));
        int[] moved = new int[read.sheets().size()];
        conflicts.forEach(c -> moved[c.sheet()]++);
        List<ImportResult.SheetRead> sheets = new ArrayList<>(read.sheets().size());
        for (int s = 0; s < read.sheets().size(); s++) {
            ImportResult.SheetRead x = read.sheets().get(s);
            sheets.add(new ImportResult.SheetRead(x.name(), x.index(), x.headerRow(), x.header(), x.rowsRead(),
                    x.rowsAccepted() - moved[s], x.rowsRejected() + moved[s]));
        }
        return new ImportResult(sheets, read.skipped(), List.of(), read.rowsRead(),
                read.rowsAccepted() - conflicts.size(), errors, rejected, read.unknownColumns());
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
        if (closed) {
            throw new IllegalStateException("the import was closed and its temporary files deleted");
        }
        try (RowSpool.Cursor c = enterprises.open()) {
            for (RowSpool.Entry r = c.next(); r != null; r = c.next()) {
                EnterpriseMerger merger = new EnterpriseMerger();
                for (RowSpool.SpooledRow s : r.rows()) {
                    merger.add(parserSheets.get(s.sheet()),
                            parsers.get(s.sheet()).parse(s.row(), s.cells(), List.of()));
                }
                action.accept(merger.enterprises().get(0));
            }
        } catch (UncheckedIOException e) {
            throw new CountyChainIOException(directory.path().toString(), EnterpriseImporter.ioCause(e));
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
        return report.sheets();
    }

    /**
     * The sheets not read, as {@link ImportResult#skippedSheets()}.
     *
     * @return the skipped sheets
     */
    public List<SkippedSheet> skippedSheets() {
        return report.skippedSheets();
    }

    /**
     * The columns not used, as {@link ImportResult#unknownColumns()}.
     *
     * @return the unknown columns
     */
    public List<UnknownColumn> unknownColumns() {
        return report.unknownColumns();
    }

    /**
     * The data rows read, all sheets together.
     *
     * @return rows read
     */
    public int rowsRead() {
        return report.rowsRead();
    }

    /**
     * The rows accepted.
     *
     * @return rows accepted
     */
    public int rowsAccepted() {
        return report.rowsAccepted();
    }

    /**
     * The rows rejected.
     *
     * @return rows rejected
     */
    public int rowsRejected() {
        return report.rowsRejected();
    }

    /**
     * Every error, by row then column, as {@link ImportResult#errors()}.
     *
     * @return the errors
     */
    public List<RowError> errors() {
        return report.errors();
    }

    /**
     * The rejected rows as written, with their errors, as {@link ImportResult#rejectedRows()}.
     *
     * @return the rows
     */
    public List<ImportResult.RejectedRow> rejectedRows() {
        return report.rejectedRows();
    }

    /**
     * Whether every row was accepted.
     *
     * @return true when no row was rejected
     */
    public boolean isClean() {
        return report.isClean();
    }

    /**
     * Writes the error workbook, as {@link ImportResult#writeErrorWorkbook(Path, Locale)}.
     *
     * @param out    the file
     * @param locale the language of the reasons
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     */
    public void writeErrorWorkbook(Path out, Locale locale) throws IOException {
        report.writeErrorWorkbook(out, locale);
    }

    /**
     * Writes the error workbook to a stream (left open), as {@link ImportResult#writeErrorWorkbook(OutputStream,
     * Locale)}.
     *
     * @param out    the stream
     * @param locale the language of the reasons
     * @throws IOException when writing fails
     */
    public void writeErrorWorkbook(OutputStream out, Locale locale) throws IOException {
        report.writeErrorWorkbook(out, locale);
    }

    /** Deletes the temporary files; {@link #forEachEnterprise(Consumer)} cannot be called after. */
    @Override
    public void close() {
        closed = true;
        directory.delete();
    }
}
