package org.countychain.export.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.countychain.CountyChainException;
import org.countychain.division.Divisions;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.EnterpriseColumn.Kind;
import org.countychain.export.excel.internal.BrokenCell;
import org.countychain.export.excel.internal.HeaderText;
import org.countychain.export.excel.internal.XlsxRowReader;
import org.jspecify.annotations.Nullable;

/**
 * Turns rows into enterprises: finds each sheet's header row and maps its columns, then hands each data row to a
 * {@link RowParser} (each cell by its column, an error per bad cell) and the rows without errors to an
 * {@link EnterpriseMerger} (the rows of one credit code into one enterprise with several years), or, in a
 * streaming import, each row to the listener. Counts the rows and refuses a sheet over the row limit.
 */
final class ListAssembler implements SheetSink {
    /** The header of an error workbook's reasons column, in both languages. */
    private static final java.util.Set<String> ERROR_COLUMN_HEADERS = java.util.Set.of("错误原因", "errors");

    private final String source;
    private final Divisions divisions;
    private final int headerSearchRows;
    private final long maxRows;
    private boolean csv;

    // the sheet being read
    private String sheet = "";
    private int sheetIndex;
    private boolean strict;
    private boolean sheetSkipped;
    private BigDecimal titleFactor = BigDecimal.ONE;
    private int headerRow;
    /** The header row as read, with a money column's unit named; {@code null} until the header row is found. */
    private @Nullable String @Nullable [] effectiveHeader;
    private final EnumMap<EnterpriseColumn, Integer> columnIndex = new EnumMap<>(EnterpriseColumn.class);
    private final EnumMap<EnterpriseColumn, BigDecimal> factors = new EnumMap<>(EnterpriseColumn.class);
    private int sheetRead;
    private int sheetAccepted;
    private int sheetRejected;

    // the whole import
    private @Nullable ImportRefusedException refusal;
    private int read;
    private int accepted;
    private int rejected;
    /** A streaming import's listener; {@code null} otherwise. */
    private @Nullable ImportListener listener;
    private final List<ImportResult.SheetRead> sheetsRead = new ArrayList<>();
    private final List<SkippedSheet> skipped = new ArrayList<>();
    private @Nullable ImportRefusedException firstBadHeader;
    private @Nullable ImportRefusedException firstNoHeader;
    private final List<RowError> errors = new ArrayList<>();
    private final List<UnknownColumn> unknownColumns = new ArrayList<>();
    private boolean refuseUnknownColumns;
    /** The error workbook's reasons column in this sheet's header, or -1. */
    private int errorColumn = -1;
    private final List<ImportResult.RejectedRow> rejectedRows = new ArrayList<>();
    private final EnterpriseMerger merger = new EnterpriseMerger();
    /** Parses the data rows of the sheet being read, once its header row is found; {@code null} before. */
    private @Nullable RowParser parser;
    /** A spooled import's accepted rows, merged after reading; {@code null} otherwise. */
    private @Nullable RowSpool spool;
    /** A spooled import's parsers, one per sheet read, to parse the spooled rows again. */
    private final List<RowParser> parsers = new ArrayList<>();
    /** The sheet of each parser. */
    private final List<String> parserSheets = new ArrayList<>();
    /** A spooled import's rejected rows, keyed by their sequence number (data rows read before); else null. */
    private @Nullable RowSpool rejectedSpool;
    /** The errors of the rejected rows. */
    private long errorCount;
    /** A collecting import's limit on the rejected rows it holds. */
    private long maxRejectedRows = Long.MAX_VALUE;

    ListAssembler(String source, Divisions divisions, int headerSearchRows, long maxRows, boolean csv) {
        this.source = source;
        this.divisions = divisions;
        this.headerSearchRows = headerSearchRows;
        this.maxRows = maxRows;
        this.csv = csv;
    }

    @Override
    public void csv(boolean isCsv) {
        csv = isCsv;
    }

    /**
     * Starts a sheet: its rows come next.
     *
     * @param name   the sheet's name (the file's name for CSV)
     * @param index  its 0-based position in the workbook
     * @param chosen true when the caller asked for this sheet (or the file has only this one): a sheet without a
     *               usable header row then refuses the file; otherwise the sheet is skipped and reported
     */
    @Override
    public void startSheet(String name, int index, boolean chosen) {
        sheet = name;
        sheetIndex = index;
        strict = chosen;
        sheetSkipped = false;
        titleFactor = BigDecimal.ONE;
        headerRow = 0;
        effectiveHeader = null;
        parser = null;
        errorColumn = -1;
        columnIndex.clear();
        factors.clear();
        sheetRead = 0;
        sheetAccepted = 0;
        sheetRejected = 0;
    }

    /**
     * Ends the sheet started last.
     *
     * @return false when the file was refused and no further sheet is to be read
     */
    @Override
    public boolean endSheet() {
        if (refusal != null) {
            return false;
        }
        if (sheetSkipped) {
            return true;
        }
        @Nullable String[] header = effectiveHeader;
        if (header == null) {
            problem(SkippedSheet.Kind.NO_HEADER, noHeader(sheet));
            return refusal == null;
        }
        sheetsRead.add(new ImportResult.SheetRead(sheet, sheetIndex, headerRow, Arrays.asList(header),
                sheetRead, sheetAccepted, sheetRejected));
        return true;
    }

    /**
     * Records a sheet that was not read at all.
     *
     * @param name  the sheet's name
     * @param index its 0-based position
     * @param kind  why
     */
    @Override
    public void skip(String name, int index, SkippedSheet.Kind kind) {
        skipped.add(new SkippedSheet(name, index, kind, "excel.skipped.hidden", List.of()));
    }

    /** A sheet's header is missing or unusable: the file is refused when the sheet was chosen, else it is skipped. */
    private void problem(SkippedSheet.Kind kind, ImportRefusedException e) {
        if (strict) {
            refusal = e;
        } else {
            skipped.add(new SkippedSheet(sheet, sheetIndex, kind, e.refusal(), e.arguments()));
            sheetSkipped = true;
            if (kind == SkippedSheet.Kind.BAD_HEADER && firstBadHeader == null) {
                firstBadHeader = e;
            } else if (kind == SkippedSheet.Kind.NO_HEADER && firstNoHeader == null) {
                firstNoHeader = e;
            }
        }
    }

    @Override
    public void row(int rowNumber, @Nullable String[] cells, List<BrokenCell> broken) {
        RowParser sheetParser = parser;
        if (sheetParser == null) {
            findHeader(rowNumber, cells, broken); // a broken cell above the header is in a title row: not data
            return;
        }
        read++;
        sheetRead++;
        if (sheetRead > maxRows) {
            refusal = new ImportRefusedException(source, sheet, ExcelErrorCode.IMPORT_LIMIT, "excel.refused.tooManyRows",
                    List.of(maxRows), null);
            throw new XlsxRowReader.StopReading();
        }
        dataRow(sheetParser, rowNumber, cells, broken);
    }

    private void findHeader(int rowNumber, @Nullable String[] cells, List<BrokenCell> broken) {
        EnumMap<EnterpriseColumn, Integer> found = new EnumMap<>(EnterpriseColumn.class);
        EnumMap<EnterpriseColumn, BigDecimal> unitFactors = new EnumMap<>(EnterpriseColumn.class);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String norm = HeaderText.normalise(cell);
            EnterpriseColumn column = HeaderMatcher.exact(norm);
            @Nullable BigDecimal factor = null;
            if (column == null) {
                String[] parts = HeaderText.split(norm);
                column = HeaderMatcher.exact(parts[0]);
                factor = HeaderText.factor(parts[1]);
            }
            if (column == null) {
                continue;
            }
            Integer previous = found.put(column, i);
            if (previous != null && found.containsKey(EnterpriseColumn.CREDIT_CODE)) {
                problem(SkippedSheet.Kind.BAD_HEADER, new ImportRefusedException(source, sheet,
                        "excel.refused.duplicateColumn", List.of(rowNumber, column.header(), cells[previous], cells[i]),
                        null));
                throw new XlsxRowReader.StopReading();
            }
            if (factor != null) {
                unitFactors.put(column, factor);
            }
        }
        if (found.containsKey(EnterpriseColumn.CREDIT_CODE) && found.containsKey(EnterpriseColumn.NAME)) {
            for (EnterpriseColumn c : EnterpriseColumn.values()) {
                if (c.required() && !found.containsKey(c)) {
                    problem(SkippedSheet.Kind.BAD_HEADER, new ImportRefusedException(source, sheet,
                            "excel.refused.missingColumn", List.of(rowNumber, c.header()), null));
                    throw new XlsxRowReader.StopReading();
                }
            }
            for (BrokenCell b : broken) {
                if (b.limit()) {
                    // A header row past the limits (a one-line file, a record that never ends) is not a list's
                    // header: read on, it would import nothing and warn of a thousand columns made of its text.
                    List<String> arguments = new ArrayList<>(List.of(Integer.toString(rowNumber), b.reference()));
                    arguments.addAll(b.arguments());
                    problem(SkippedSheet.Kind.BAD_HEADER, new ImportRefusedException(source, sheet,
                            ExcelErrorCode.IMPORT_LIMIT, b.key().replace("excel.limit.", "excel.refused.header."),
                            arguments, null));
                    throw new XlsxRowReader.StopReading();
                }
            }
            List<UnknownColumn> unknown = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                if (cell == null || cell.isBlank() || found.containsValue(i)) {
                    continue;
                }
                if (ERROR_COLUMN_HEADERS.contains(HeaderText.normalise(cell))) {
                    errorColumn = i; // the reasons of an error workbook: read to catch unresolved conflicts
                    continue;
                }
                unknown.add(new UnknownColumn(sheet, CellReference.convertNumToColString(i), cell.strip(),
                        HeaderMatcher.suggest(cell)));
            }
            if (refuseUnknownColumns && !unknown.isEmpty()) {
                refusal = new ImportRefusedException(source, sheet, ExcelErrorCode.IMPORT_UNKNOWN_COLUMN,
                        "excel.refused.unknownColumns", List.of(unknown.stream()
                                .map(u -> u.column() + "「" + u.header() + "」")
                                .collect(java.util.stream.Collectors.joining("、"))), null);
                throw new XlsxRowReader.StopReading();
            }
            unknownColumns.addAll(unknown);
            headerRow = rowNumber;
            @Nullable String[] headerCells = cells.clone();
            @Nullable String[] header = cells.clone();
            effectiveHeader = header;
            columnIndex.putAll(found);
            for (java.util.Map.Entry<EnterpriseColumn, Integer> e : found.entrySet()) {
                EnterpriseColumn c = e.getKey();
                if (c.kind() == Kind.MONEY) {
                    factors.put(c, unitFactors.getOrDefault(c, titleFactor));
                    if (!unitFactors.containsKey(c) && titleFactor.compareTo(BigDecimal.ONE) != 0) {
                        // The error workbook has no title row: its header names the unit the title gave. A found
                        // column's header cell is not empty: it was matched above.
                        int i = e.getValue();
                        header[i] = java.util.Objects.requireNonNull(cells[i], "header").strip()
                                + "（" + HeaderText.unitName(titleFactor) + "）";
                    }
                }
            }
            parser = new RowParser(sheet, divisions, csv, headerCells, columnIndex, factors, errorColumn);
            parsers.add(parser);
            parserSheets.add(sheet);
            return;
        }
        for (String c : cells) {
            BigDecimal f = c == null ? null : HeaderText.titleFactor(c);
            if (f != null) {
                titleFactor = f;
            }
        }
        if (rowNumber >= headerSearchRows) {
            problem(SkippedSheet.Kind.NO_HEADER, noHeader(sheet));
            sheetSkipped = true;
            throw new XlsxRowReader.StopReading();
        }
    }

    private ImportRefusedException noHeader(@Nullable String sheetName) {
        return new ImportRefusedException(source, sheetName, "excel.refused.noHeader", List.of(headerSearchRows,
                EnterpriseColumn.CREDIT_CODE.header() + "、" + EnterpriseColumn.NAME.header() + "、"
                        + EnterpriseColumn.COUNTY.header()), null);
    }

    private void dataRow(RowParser sheetParser, int rowNumber, @Nullable String[] cells, List<BrokenCell> broken) {
        RowParser.Row p = sheetParser.parse(rowNumber, cells, broken);
        ImportListener streaming = listener;
        if (streaming != null) {
            streamed(streaming, p, rowNumber, cells);
            return;
        }
        RowSpool spooling = spool;
        if (p.rowErrors.isEmpty()) {
            if (spooling != null) {
                // merged with the rows of the same credit code once all are read, wherever they are in the file
                spooling.add(new RowSpool.Entry(p.acceptedCode().value(), read, List.of(
                        new RowSpool.SpooledRow(parsers.size() - 1, rowNumber, cells.clone()))));
            } else {
                merger.add(sheet, p);
            }
        }
        if (p.rowErrors.isEmpty()) {
            accepted++;
            sheetAccepted++;
        } else {
            sheetRejected++;
            rejected++;
            errorCount += p.rowErrors.size();
            RowSpool rejecting = rejectedSpool;
            if (rejecting != null) {
                // on disk with its errors, in the file's order: memory does not grow with the rejected rows
                rejecting.add(new RowSpool.Entry("", read, List.of(new RowSpool.SpooledRow(parsers.size() - 1,
                        rowNumber, cells.clone(), p.rowErrors.stream().map(RowError::flattened).toList()))));
                return;
            }
            if (rejected > maxRejectedRows) {
                refusal = new ImportRefusedException(source, sheet, ExcelErrorCode.IMPORT_LIMIT,
                        "excel.refused.tooManyRejected", List.of(maxRejectedRows), null);
                throw new XlsxRowReader.StopReading();
            }
            errors.addAll(p.rowErrors);
            rejectedRows.add(new ImportResult.RejectedRow(rowNumber, Arrays.asList(cells.clone()),
                    p.rowErrors));
        }
    }

    /**
     * Refuses a collecting import once more than this many rows are rejected, as they are all held in memory.
     *
     * @param v rows
     */
    void maxRejectedRows(long v) {
        maxRejectedRows = v;
    }

    /**
     * Spools the accepted rows instead of merging them as they come ({@link #spooled} merges them after reading),
     * and the rejected rows instead of holding them.
     *
     * @param s            the spool of the accepted rows, keyed by credit code
     * @param rejectedRows the spool of the rejected rows, in the file's order
     */
    void spoolTo(RowSpool s, RowSpool rejectedRows) {
        spool = s;
        rejectedSpool = rejectedRows;
    }

    /**
     * What a spooled import read, for {@link SpooledImport} to merge, or the refusal.
     *
     * @return the parts
     * @throws ImportRefusedException when the file was refused
     */
    SpooledImport.Read spooled() {
        refuseIfNothingRead();
        return new SpooledImport.Read(sheetsRead, skipped, unknownColumns, read, accepted,
                java.util.Objects.requireNonNull(rejectedSpool, "not a spooled import"), errorCount,
                parsers, parserSheets);
    }

    /** A streaming import's row: handed to the listener, accepted or rejected, and not kept. */
    private void streamed(ImportListener streaming, RowParser.Row p, int rowNumber, @Nullable String[] cells) {
        if (p.rowErrors.isEmpty()) {
            Enterprise.Builder b = EnterpriseMerger.builder(p.acceptedCode(), p.acceptedIdentity());
            if (p.figures != null) {
                b.year(p.figures);
            }
            if (p.certificate != null) {
                b.highTechCertificate(p.certificate);
            }
            Enterprise e = null;
            try {
                e = b.build();
            } catch (CountyChainException x) {
                p.error(null, x);
            }
            if (e != null) {
                accepted++;
                sheetAccepted++;
                streaming.accepted(new ImportedRow(sheet, rowNumber, e));
                return;
            }
        }
        rejected++;
        sheetRejected++;
        streaming.rejected(new ImportResult.RejectedRow(rowNumber, Arrays.asList(cells), p.rowErrors));
    }

    /**
     * Hands every row to a listener instead of keeping them; {@link #summary()} then gives the counts.
     *
     * @param l the listener
     */
    void streamTo(ImportListener l) {
        listener = l;
    }

    /**
     * The summary of a streaming import, or the refusal.
     *
     * @return the summary
     * @throws ImportRefusedException when the file was refused
     */
    ImportSummary summary() {
        refuseIfNothingRead();
        return new ImportSummary(sheetsRead, skipped, unknownColumns, read, accepted, rejected);
    }

    /**
     * Makes a header row with a column the importer does not use refuse the file.
     */
    void refuseUnknownColumns() {
        refuseUnknownColumns = true;
    }

    /**
     * The result, or the refusal when the file was refused.
     *
     * @return the result
     * @throws ImportRefusedException when the file was refused
     */
    ImportResult result() {
        refuseIfNothingRead();
        return new ImportResult(sheetsRead, skipped, merger.enterprises(), read, accepted, errors, rejectedRows,
                unknownColumns);
    }

    /**
     * Throws the refusal when the file was refused, or when no sheet was read.
     *
     * @throws ImportRefusedException the refusal
     */
    private void refuseIfNothingRead() {
        if (refusal != null) {
            throw refusal;
        }
        if (sheetsRead.isEmpty()) {
            // no sheet to read: the most telling reason, a header that lacks a column over one not found at all
            throw firstBadHeader != null ? firstBadHeader : firstNoHeader != null ? firstNoHeader : noHeader(null);
        }
    }

    /**
     * The refusal, when reading stopped because of one.
     *
     * @return the refusal, or {@code null}
     */
    @Nullable ImportRefusedException refusal() {
        return refusal;
    }
}
