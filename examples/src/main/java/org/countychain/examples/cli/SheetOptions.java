package org.countychain.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.ImportResult;
import org.countychain.export.excel.SkippedSheet;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the sheet of an enterprise workbook (工作表), shared by {@code import} and {@code screen},
 * and the report of the sheets an import read and skipped.
 *
 * <p>{@code --sheet} takes a number when it is all digits (1 is the first tab, hidden tabs counted, as Excel users
 * count) and a name otherwise; {@code --sheet-name} always takes a name, for a sheet named with digits only
 * ({@code 2024}). Without either, every visible sheet with an enterprise header row is read.
 */
final class SheetOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--sheet", paramLabel = "NAME|NUMBER", descriptionKey = "countychain.option.sheet")
    private String sheet;

    @Option(names = "--sheet-name", paramLabel = "NAME", descriptionKey = "countychain.option.sheet-name")
    private String sheetName;

    @Option(names = "--max-file-bytes", paramLabel = "BYTES", descriptionKey = "countychain.option.max-file-bytes")
    private Long maxFileBytes;

    @Option(names = "--max-rows", paramLabel = "ROWS", descriptionKey = "countychain.option.max-rows")
    private Long maxRows;

    @Option(names = "--refuse-unknown-columns", descriptionKey = "countychain.option.refuse-unknown-columns")
    private boolean refuseUnknownColumns;

    @Option(names = "--max-cell-chars", paramLabel = "CHARS", descriptionKey = "countychain.option.max-cell-chars")
    private Integer maxCellChars;

    @Option(names = "--max-spool-bytes", paramLabel = "BYTES", descriptionKey = "countychain.option.max-spool-bytes")
    private Long maxSpoolBytes;

    /**
     * The importer reading the sheets asked for.
     *
     * @param m the caller's messages, for a usage error
     * @return the importer
     * @throws ParameterException when both options are given, a name is empty or a number is not 1 or more
     */
    EnterpriseImporter importer(CliMessages m) {
        EnterpriseImporter importer = EnterpriseImporter.defaults();
        if (maxFileBytes != null) {
            importer = importer.withMaxFileBytes(positive(m, "--max-file-bytes", maxFileBytes));
        }
        if (maxRows != null) {
            importer = importer.withMaxRows(positive(m, "--max-rows", maxRows));
        }
        if (refuseUnknownColumns) {
            importer = importer.withUnknownColumnsRefused();
        }
        if (maxCellChars != null) {
            importer = importer.withMaxCellChars((int) positive(m, "--max-cell-chars", maxCellChars));
        }
        if (maxSpoolBytes != null) {
            importer = importer.withMaxSpoolBytes(positive(m, "--max-spool-bytes", maxSpoolBytes));
        }
        if (sheet != null && sheetName != null) {
            throw new ParameterException(spec.commandLine(), m.text("sheet.error.both"));
        }
        String name = sheetName;
        if (sheet != null && sheet.matches("[0-9]+")) {
            int number = parseNumber(sheet);
            if (number < 1) {
                throw new ParameterException(spec.commandLine(), m.text("sheet.error.number", sheet));
            }
            return importer.withSheet(number - 1);
        } else if (sheet != null) {
            name = sheet;
        }
        if (name == null) {
            return importer;
        }
        if (name.isEmpty()) {
            throw new ParameterException(spec.commandLine(), m.text("sheet.error.empty"));
        }
        return importer.withSheet(name);
    }

    private long positive(CliMessages m, String option, long value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), m.text("import.error.limit", option,
                    Long.toString(value)));
        }
        return value;
    }

    /** The number, or 0 (refused) when it is too large for any workbook. */
    private static int parseNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The lines telling which sheets were read (rows each) and which were skipped and why. None for CSV files: they
     * have no sheets to choose from.
     *
     * @param result the import
     * @param csv    whether the file was CSV
     * @param m      the caller's messages
     * @return the lines, in the workbook's order: read sheets first, then skipped ones
     */
    static List<String> report(ImportResult result, boolean csv, CliMessages m) {
        return report(result.sheets(), result.skippedSheets(), csv, m);
    }

    /**
     * The lines of {@link #report(ImportResult, boolean, CliMessages)} from the sheets of any import.
     *
     * @param sheetsRead the sheets read
     * @param skipped    the sheets skipped
     * @param csv        whether the file was CSV
     * @param m          the caller's messages
     * @return the lines
     */
    static List<String> report(List<ImportResult.SheetRead> sheetsRead, List<SkippedSheet> skipped, boolean csv,
                               CliMessages m) {
        List<String> lines = new ArrayList<>();
        if (csv) {
            return lines;
        }
        for (ImportResult.SheetRead s : sheetsRead) {
            lines.add(m.text("sheet.read", s.name(), CliMessages.count(s.index() + 1L),
                    CliMessages.count(s.rowsRead()), CliMessages.count(s.rowsAccepted()),
                    CliMessages.count(s.rowsRejected())));
        }
        for (SkippedSheet s : skipped) {
            lines.add(m.text("sheet.skipped", s.name(), CliMessages.count(s.index() + 1L), s.reason(m.locale())));
        }
        return lines;
    }

    /**
     * The same report as a JSON document (both languages for the reasons): {@code sheets} read and
     * {@code skippedSheets}, each with its 1-based {@code number}.
     *
     * @param result the import
     * @return the document
     */
    static Map<String, Object> document(ImportResult result) {
        return document(result.sheets(), result.skippedSheets());
    }

    /**
     * The document of {@link #document(ImportResult)} from the sheets of any import.
     *
     * @param sheetsRead the sheets read
     * @param skippedSheets the sheets skipped
     * @return the document
     */
    static Map<String, Object> document(List<ImportResult.SheetRead> sheetsRead, List<SkippedSheet> skippedSheets) {
        List<Map<String, Object>> read = new ArrayList<>();
        for (ImportResult.SheetRead s : sheetsRead) {
            Map<String, Object> sheet = sheet(s.name(), s.index());
            sheet.put("headerRow", s.headerRow());
            sheet.put("rowsRead", s.rowsRead());
            sheet.put("rowsAccepted", s.rowsAccepted());
            sheet.put("rowsRejected", s.rowsRejected());
            read.add(sheet);
        }
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (SkippedSheet s : skippedSheets) {
            Map<String, Object> sheet = sheet(s.name(), s.index());
            sheet.put("kind", s.kind().name());
            Map<String, String> reason = new LinkedHashMap<>();
            reason.put("zh", s.reason(Locale.SIMPLIFIED_CHINESE));
            reason.put("en", s.reason(Locale.ENGLISH));
            sheet.put("reason", reason);
            skipped.add(sheet);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sheets", read);
        doc.put("skippedSheets", skipped);
        return doc;
    }

    private static Map<String, Object> sheet(String name, int index) {
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("name", name);
        sheet.put("number", index + 1);
        return sheet;
    }

    /**
     * Whether a file is read as CSV by the importer.
     *
     * @param file the file's name
     * @return whether it ends in {@code .csv}, in any case
     */
    static boolean isCsv(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
