package org.countychain.export.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.division.Divisions;
import org.countychain.export.excel.internal.CsvRowReader;
import org.countychain.export.excel.internal.RowSink;
import org.countychain.export.excel.internal.XlsxRowReader;
import org.countychain.export.excel.internal.XlsxRowReader.SheetInfo;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Imports enterprise lists (企业名单导入) from .xlsx workbooks and CSV files with Chinese headers. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ImportResult result = EnterpriseImporter.defaults().importFile(Path.of("企业名单.xlsx"));
 * result.enterprises();                       // the accepted rows' enterprises
 * result.errors().forEach(e -> log(e.describe(Locale.CHINA)));
 * result.writeErrorWorkbook(Path.of("错误.xlsx"), Locale.CHINA);
 * }</pre>
 *
 * <p>By default every visible sheet whose header row names the enterprise columns is read, and the rows of one
 * credit code on several sheets (one sheet per year, or per township) make one enterprise; hidden sheets and sheets
 * without such a header (notes, lookup tables) are skipped and reported in {@link ImportResult#skippedSheets()}.
 * {@link #withSheet(String)} and {@link #withSheet(int)} read one sheet only. Sheets are read with POI's
 * streaming event API, so memory grows with the accepted enterprises, not with the file. POI's zip-bomb guards stay on. Encrypted, macro-enabled, .xls and other
 * non-workbook files, files over {@link #maxFileBytes()} and sheets over {@link #maxRows()} data rows are refused
 * with an {@link ImportRefusedException}.
 *
 * @since 0.1.0
 */
public final class EnterpriseImporter {
    /** The default file size limit: 200 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** The default row limit: an .xlsx sheet's own limit. */
    public static final long DEFAULT_MAX_ROWS = 1_048_575;
    /** The default cell length limit: the most characters Excel lets a cell hold. */
    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;
    /** The default number of rows searched for the header row. */
    public static final int DEFAULT_HEADER_SEARCH_ROWS = 20;

    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";

    private final Divisions divisions;
    private final long maxFileBytes;
    private final long maxRows;
    private final int headerSearchRows;
    /** The sheet chosen by name; {@code null} when chosen by position or when every sheet is read. */
    private final @Nullable String sheetName;
    private final int sheetIndex;
    private final int maxCellChars;
    private final boolean refuseUnknownColumns;

    private EnterpriseImporter(Divisions divisions, long maxFileBytes, long maxRows, int headerSearchRows,
                               @Nullable String sheetName, int sheetIndex, int maxCellChars,
                               boolean refuseUnknownColumns) {
        this.divisions = divisions;
        this.maxFileBytes = maxFileBytes;
        this.maxRows = maxRows;
        this.headerSearchRows = headerSearchRows;
        this.sheetName = sheetName;
        this.sheetIndex = sheetIndex;
        this.maxCellChars = maxCellChars;
        this.refuseUnknownColumns = refuseUnknownColumns;
    }

    /**
     * An importer with Fujian's divisions and the default limits.
     *
     * @return the importer
     */
    public static EnterpriseImporter defaults() {
        return new EnterpriseImporter(Divisions.fujian(), DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS,
                DEFAULT_HEADER_SEARCH_ROWS, null, -1,
                DEFAULT_MAX_CELL_CHARS, false);
    }

    /**
     * This importer with other divisions for the county column.
     *
     * @param v the divisions
     * @return a new importer
     */
    public EnterpriseImporter withDivisions(Divisions v) {
        return new EnterpriseImporter(java.util.Objects.requireNonNull(v, "divisions"), maxFileBytes, maxRows,
                headerSearchRows, sheetName, sheetIndex, maxCellChars, refuseUnknownColumns);
    }

    /**
     * This importer with another file size limit.
     *
     * @param v bytes, at least 1
     * @return a new importer
     * @throws IllegalArgumentException when {@code v} is less than 1: a limit is the integrator's setting, not data
     */
    public EnterpriseImporter withMaxFileBytes(long v) {
        if (v < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + v);
        }
        return new EnterpriseImporter(divisions, v, maxRows, headerSearchRows, sheetName, sheetIndex,
                maxCellChars, refuseUnknownColumns);
    }

    /**
     * This importer with another data row limit.
     *
     * @param v rows, at least 1
     * @return a new importer
     * @throws IllegalArgumentException when {@code v} is less than 1
     */
    public EnterpriseImporter withMaxRows(long v) {
        if (v < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + v);
        }
        return new EnterpriseImporter(divisions, maxFileBytes, v, headerSearchRows, sheetName, sheetIndex,
                maxCellChars, refuseUnknownColumns);
    }

    /**
     * This importer reading one sheet of a workbook only, chosen by name (hidden or not). A workbook without it is
     * refused ({@code excel.refused.noSuchSheet}, code CC-1005); so is the sheet when it has no usable header row.
     * CSV files have one sheet and ignore the choice.
     *
     * @param name the sheet's name, exactly as on its tab
     * @return a new importer
     * @throws NullPointerException     when {@code name} is {@code null}
     * @throws IllegalArgumentException when {@code name} is empty
     */
    public EnterpriseImporter withSheet(String name) {
        if (java.util.Objects.requireNonNull(name, "name").isEmpty()) {
            throw new IllegalArgumentException("the sheet's name must not be empty");
        }
        return new EnterpriseImporter(divisions, maxFileBytes, maxRows, headerSearchRows, name, -1, maxCellChars, refuseUnknownColumns);
    }

    /**
     * This importer reading one sheet of a workbook only, chosen by its 0-based position among the workbook's
     * sheets, hidden sheets counted (the first tab is 0). Otherwise as {@link #withSheet(String)}.
     *
     * @param index the position, at least 0
     * @return a new importer
     * @throws IllegalArgumentException when {@code index} is negative
     */
    public EnterpriseImporter withSheet(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("sheet index must not be negative: " + index);
        }
        return new EnterpriseImporter(divisions, maxFileBytes, maxRows, headerSearchRows, null, index,
                maxCellChars, refuseUnknownColumns);
    }

    /**
     * This importer reading every visible sheet with an enterprise header row: the default.
     *
     * @return a new importer
     */
    public EnterpriseImporter withAllSheets() {
        return new EnterpriseImporter(divisions, maxFileBytes, maxRows, headerSearchRows, null, -1, maxCellChars, refuseUnknownColumns);
    }

    /**
     * This importer with another cell length limit (单元格字符数上限). A longer cell (or CSV field) rejects its row
     * with code CC-7002 and is never held in memory whole; a row may hold 32 times this many characters in all.
     *
     * @param v characters, at least 1
     * @return a new importer
     */
    public EnterpriseImporter withMaxCellChars(int v) {
        if (v < 1) {
            throw new IllegalArgumentException("maxCellChars must be positive: " + v);
        }
        return new EnterpriseImporter(divisions, maxFileBytes, maxRows, headerSearchRows, sheetName, sheetIndex, v, refuseUnknownColumns);
    }

    /**
     * This importer refusing a file whose header row has a column it does not use (code CC-7004, naming each such
     * column), for systems that want every column accounted for. By default such columns are imported around and
     * listed in {@link ImportResult#unknownColumns()}.
     *
     * @return a new importer
     */
    public EnterpriseImporter withUnknownColumnsRefused() {
        return new EnterpriseImporter(divisions, maxFileBytes, maxRows, headerSearchRows, sheetName, sheetIndex,
                maxCellChars, true);
    }

    /**
     * The cell length limit.
     *
     * @return characters
     */
    public int maxCellChars() {
        return maxCellChars;
    }

    /**
     * The file size limit.
     *
     * @return bytes
     */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * The data row limit.
     *
     * @return rows
     */
    public long maxRows() {
        return maxRows;
    }

    /**
     * Imports a file: an .xlsx workbook, or CSV text (UTF-8 or GB18030) when the name ends in {@code .csv}.
     *
     * @param file the file
     * @return the result
     * @throws ImportRefusedException when the file as a whole is refused
     * @throws CountyChainIOException           when the file cannot be read
     */
    public ImportResult importFile(Path file) {
        java.util.Objects.requireNonNull(file, "file");
        return read(file, null).result();
    }

    /**
     * Imports a file as a stream (流式导入): each row goes to the listener as soon as it is read, accepted or
     * rejected, and nothing of it is kept, so memory does not grow with the file (500,000 rows are read in a 64 MB
     * heap). Every check of one row applies as in {@link #importFile(Path)}; checks across rows (the same credit
     * code with another name, the same year twice) are the listener's, which sees each row's enterprise on its own.
     * A refusal of the whole file comes as an {@link ImportRefusedException}, possibly after rows were handed on
     * (a sheet over {@link #maxRows()} rows is refused when its row past the limit is read).
     *
     * @param file     the file
     * @param listener receives the rows
     * @return the sheets read and skipped, and the counts
     * @throws ImportRefusedException when the file as a whole is refused
     * @throws CountyChainIOException           when the file cannot be read
     */
    public ImportSummary importFile(Path file, ImportListener listener) {
        java.util.Objects.requireNonNull(file, "file");
        return read(file, java.util.Objects.requireNonNull(listener, "listener")).summary();
    }

    /**
     * Imports a file with its enterprises kept in temporary files instead of in memory (暂存导入), for lists too long
     * to hold: the same enterprises, errors and counts as {@link #importFile(Path)}, in the same order. The
     * temporary files go to a new directory in the system's temporary directory ({@code java.io.tmpdir}).
     *
     * @param file the file
     * @return the import; close it to delete its temporary files
     * @throws ImportRefusedException when the file as a whole is refused (no temporary file is left)
     * @throws CountyChainIOException when the file cannot be read or the temporary files cannot be written
     * @see SpooledImport
     */
    public SpooledImport importSpooled(Path file) {
        return importSpooled(file, null);
    }

    /**
     * Imports a file as {@link #importSpooled(Path)} does, with the temporary files in a new directory inside
     * {@code temporaryDirectory} (a disk with room: about twice the rows' text).
     *
     * @param file               the file
     * @param temporaryDirectory where the temporary directory is made, or {@code null} for {@code java.io.tmpdir}
     * @return the import; close it to delete its temporary files
     * @throws ImportRefusedException when the file as a whole is refused (no temporary file is left)
     * @throws CountyChainIOException when the file cannot be read or the temporary files cannot be written
     */
    public SpooledImport importSpooled(Path file, @Nullable Path temporaryDirectory) {
        return importSpooled(file, temporaryDirectory, defaultSpoolBudget());
    }

    /** A sixteenth of the heap, between 1 and 64 MB: the rows held before a run is written. */
    static long defaultSpoolBudget() {
        return Math.max(1L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16));
    }

    SpooledImport importSpooled(Path file, @Nullable Path temporaryDirectory, long budget) {
        java.util.Objects.requireNonNull(file, "file");
        SpoolDirectory directory;
        try {
            directory = SpoolDirectory.create(temporaryDirectory);
        } catch (java.io.UncheckedIOException e) {
            throw new CountyChainIOException(String.valueOf(temporaryDirectory), ioCause(e));
        }
        try {
            String name = String.valueOf(file.getFileName());
            ListAssembler assembler = new ListAssembler(name, divisions, headerSearchRows, maxRows, false);
            if (refuseUnknownColumns) {
                assembler.refuseUnknownColumns();
            }
            RowSpool rows = new RowSpool(directory, "rows", budget);
            assembler.spoolTo(rows);
            readInto(file, assembler);
            return SpooledImport.merge(assembler.spooled(), rows, directory, budget);
        } catch (java.io.UncheckedIOException e) {
            directory.delete();
            throw new CountyChainIOException(directory.path().toString(), ioCause(e));
        } catch (RuntimeException | Error e) {
            directory.delete();
            throw e;
        }
    }

    private ListAssembler read(Path file, @Nullable ImportListener listener) {
        String name = String.valueOf(file.getFileName());
        ListAssembler assembler = new ListAssembler(name, divisions, headerSearchRows, maxRows, false);
        if (listener != null) {
            assembler.streamTo(listener);
        }
        if (refuseUnknownColumns) {
            assembler.refuseUnknownColumns();
        }
        readInto(file, assembler);
        return assembler;
    }

    /**
     * Reads a file's sheets into a sink, with every file-level check and refusal of {@link #importFile(Path)}.
     *
     * @param file the file
     * @param sink takes the sheets and rows
     */
    void readInto(Path file, SheetSink sink) {
        String name = String.valueOf(file.getFileName());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw io(name, e);
        }
        if (size == 0) {
            throw new ImportRefusedException(name, null, ExcelErrorCode.IMPORT_EMPTY, "excel.refused.empty", List.of(),
                    null);
        }
        if (size > maxFileBytes) {
            throw new ImportRefusedException(name, null, ExcelErrorCode.IMPORT_LIMIT, "excel.refused.tooLarge",
                    List.of(size, maxFileBytes), null);
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw io(name, e);
        }
        SheetSink assembler = sink;
        assembler.csv(magic != FileMagic.OOXML);
        if (magic == FileMagic.OOXML) {
            importXlsx(file, name, assembler);
            return;
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                throw refused(name, "excel.refused.notOoxml", e);
            }
            throw refused(name, encrypted ? "excel.refused.encrypted" : "excel.refused.legacy", null);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            importCsv(file, name, assembler);
            return;
        }
        throw refused(name, "excel.refused.notOoxml", null);
    }

    private void importXlsx(Path file, String name, SheetSink assembler) {
        // ZipSecureFile's limits (inflate ratio, entry size, text size) apply to every package POI opens.
        if (ZipSecureFile.getMinInflateRatio() <= 0) {
            throw new IllegalStateException("POI's zip-bomb guard was switched off by the application");
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (!pkg.getPartsByContentType(MACRO_WORKBOOK).isEmpty()
                    || !pkg.getPartsByContentType(VBA_PROJECT).isEmpty()) {
                throw refused(name, "excel.refused.macro", null);
            }
            boolean chosen = sheetName != null || sheetIndex >= 0;
            boolean[] found = {false};
            List<SheetInfo> sheets = XlsxRowReader.readSheets(pkg, maxCellChars, new XlsxRowReader.SheetVisitor() {
                @Override
                public @Nullable RowSink begin(SheetInfo sheet) {
                    if (chosen) {
                        if (!(sheet.name().equals(sheetName) || sheet.index() == sheetIndex)) {
                            return null;
                        }
                        found[0] = true;
                    } else if (sheet.hidden()) {
                        assembler.skip(sheet.name(), sheet.index(), SkippedSheet.Kind.HIDDEN);
                        return null;
                    }
                    assembler.startSheet(sheet.name(), sheet.index(), chosen);
                    return assembler;
                }

                @Override
                public boolean end(SheetInfo sheet) {
                    return assembler.endSheet();
                }
            });
            pkg.revert();
            if (chosen && !found[0]) {
                String names = sheets.stream().map(SheetInfo::name).collect(Collectors.joining("、"));
                // A position is told as people count tabs, from 1, so that it matches what Excel shows.
                throw sheetName != null
                        ? new ImportRefusedException(name, null, ErrorCode.UNKNOWN_REFERENCE,
                                "excel.refused.noSuchSheet", List.of("“" + sheetName + "”", names), null)
                        : new ImportRefusedException(name, null, ErrorCode.UNKNOWN_REFERENCE,
                                "excel.refused.noSuchSheetNumber", List.of(Integer.toString(sheetIndex + 1),
                                        Integer.toString(sheets.size()), names), null);
            }
        } catch (XlsxRowReader.BrokenSheet e) {
            throw new ImportRefusedException(name, null, ExcelErrorCode.IMPORT_BROKEN_CELL, e.key(), e.arguments(), null);
        } catch (InvalidFormatException e) {
            if (String.valueOf(e.getMessage()).contains("MAX_FILE_COUNT")) {
                // A real workbook, with more parts (sheets, drawings, …) than POI's guard lets in: say that.
                throw new ImportRefusedException(name, null, ExcelErrorCode.IMPORT_LIMIT, "excel.refused.tooManyParts",
                        List.of(ZipSecureFile.getMaxFileCount()), e);
            }
            throw refused(name, "excel.refused.notOoxml", e);
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            throw refused(name, "excel.refused.notOoxml", e);
        } catch (OpenXML4JException | SAXException | IOException | org.apache.poi.ooxml.POIXMLException e) {
            throw refused(name, unreadableKey(e), e);
        }
    }

    /**
     * The message key for a workbook POI or the XML reader could not read. Their own messages are English internals
     * ("DOCTYPE is disallowed", "Zip bomb detected! …") that a county's user can neither read nor act on, so the
     * refusal says in the library's words which of the three cases it is.
     */
    private static String unreadableKey(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("DOCTYPE")) {
                return "excel.refused.doctype";
            }
            if (message.contains("Zip bomb")) {
                return "excel.refused.zipBomb";
            }
        }
        return "excel.refused.corrupt";
    }

    private void importCsv(Path file, String name, SheetSink assembler) {
        try {
            Charset charset = CsvRowReader.detect(file);
            if (charset == null) {
                throw refused(name, "excel.refused.encoding", null);
            }
            assembler.startSheet(name, 0, true);
            try (Reader text = CsvRowReader.open(file, charset)) {
                CsvRowReader.parse(text, maxCellChars, assembler);
            } catch (XlsxRowReader.StopReading stop) {
                // refusal recorded in the assembler
            }
        } catch (IOException e) {
            throw io(name, e);
        }
        assembler.endSheet();
    }

    private static ImportRefusedException refused(String name, String key, @Nullable Throwable cause) {
        return new ImportRefusedException(name, null, key, List.of(), cause);
    }

    /**
     * The {@code IOException} an {@code UncheckedIOException} wraps: its constructor requires the one that
     * {@code getCause()} returns, which the JDK does not declare non-null.
     */
    static IOException ioCause(java.io.UncheckedIOException e) {
        IOException cause = e.getCause();
        return cause != null ? cause : new IOException(e);
    }

    private static CountyChainIOException io(String name, IOException e) {
        return new CountyChainIOException(name, e);
    }
}
