package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.InvalidInputException;
import org.countychain.Labelled;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.io.FileKind;
import org.countychain.json.LenientJsonReader;
import org.countychain.json.LenientRead;
import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.ImportResult;
import org.countychain.export.excel.RowError;
import org.countychain.sample.SampleCounty;
import org.countychain.rules.NoticeList;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.RuleProblem;
import org.countychain.rules.RuleSummary;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code countychain screen FILE.json [--year N] [--as-of DATE] [--format text|json] [--out DIR]
 * [--fail-on SEVERITY]}: screens a county or province data set with the notice's rules and every rule plug-in on the
 * class path, prints a summary per rule (or the whole result as JSON), and writes the notice's lists as JSON files.
 * The file is read leniently: malformed values and the elements left out for them are listed on standard error, and
 * every usable enterprise is screened.
 *
 * <p>Exit code 0 when the screening ran: findings are its normal output. With {@code --fail-on SEVERITY} it is 1
 * when at least one finding has that severity or a more urgent one (everything is still printed and written first),
 * so that a CI job can fail on, say, warnings and errors. Values that could not be read do not change the exit code
 * ({@code validate} exits 1 for them). 2 for unusable input or a bad option.
 */
@Command(name = "screen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ScreenCommand implements Callable<Integer> {
    /** The output formats of standard output. */
    enum Format {
        /** A summary per rule, in the chosen language. */
        TEXT,
        /** The whole result as JSON (both languages). */
        JSON
    }

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json")
    private Path file;

    @Option(names = "--year", paramLabel = "N")
    private Integer year;

    @Option(names = "--as-of", paramLabel = "DATE")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    private Format format;

    @Option(names = "--out", paramLabel = "DIR")
    private Path out;

    @Mixin
    private PilotRegistryOption pilotRegistry;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class)
    private Severity failOn;

    @Mixin
    private SheetOptions sheets;

    /** The import of an enterprise list given instead of a data set, for its report of sheets; else null. */
    private ImportResult imported;

    /** The name of the lists workbook in the output directory. */
    static final String LISTS_WORKBOOK = "lists.xlsx";

    /**
     * An enterprise list (.xlsx or CSV) as a county data set: the county most of its enterprises are in, the
     * latest year of their figures, the accepted rows' enterprises (chain ids left out: a list names no chains).
     * Rejected rows are reported on standard error and left out. {@code --sheet} reads one sheet only.
     */
    private CountyDataset importList(CliMessages m) {
        imported = sheets.importer(m).importFile(file);
        PrintWriter stderr = spec.commandLine().getErr();
        for (RowError e : imported.errors()) {
            stderr.println(e.describe(m.locale()));
        }
        java.util.Map<DivisionCode, Long> counties = new java.util.TreeMap<>();
        int latest = 0;
        List<Enterprise> enterprises = new java.util.ArrayList<>();
        for (Enterprise e : imported.enterprises()) {
            counties.merge(e.county(), 1L, Long::sum);
            latest = Math.max(latest, e.latestYear().map(AnnualRdFigures::year).orElse(0));
            enterprises.add(e.toBuilder().chainIds(List.of()).build());
        }
        DivisionCode county = counties.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(DivisionCode.of(SampleCounty.UNIT_ID));
        String name = Divisions.fujian().find(county).map(d -> d.name()).orElse(county.value());
        // The user's own date: the command line runs on the user's machine, in the user's time zone.
        int y = year != null ? year
                : latest > 0 ? latest : LocalDate.now(java.time.ZoneId.systemDefault()).getYear() - 1;
        return CountyDataset.builder(county.value(), name, y).enterprises(enterprises).build();
    }

    /**
     * Reads the file leniently: every malformed value is reported on standard error with its code, path, line and
     * column, and skipped; an element that cannot be read without it (an enterprise whose credit code is malformed) is
     * left out and named with why; everything else is screened. When even the data set's own fields cannot be read,
     * the first problem is the command's error.
     */
    private <T> T readLeniently(Class<T> type, CliMessages m) {
        LenientRead<T> read = LenientJsonReader.defaults().read(file, type);
        PrintWriter stderr = spec.commandLine().getErr();
        for (InvalidInputException p : read.problems()) {
            stderr.println(p.getMessage(m.locale()));
        }
        for (LenientRead.LeftOut l : read.leftOut()) {
            stderr.println(m.text("screen.leftOut", l.path(), CliMessages.count(l.line()), l.cause().reason(m.locale())));
        }
        if (!read.isClean()) {
            stderr.println(m.text("screen.readSummary", CliMessages.count(read.problems().size()),
                    CliMessages.count(read.leftOut().size())));
        }
        stderr.flush();
        if (read.value() == null) {
            throw read.problems().get(0);
        }
        return read.value();
    }

    /** The name of the file the whole result is written to in the output directory. */
    static final String RESULT_FILE = "screening.json";

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        ScreeningInput.Builder input = ScreeningInput.builder();
        String lower = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        List<CountyDataset> counties;
        IntermediaryWatchList provinceWatchList = null;
        if (isEnterpriseList(file, lower)) {
            CountyDataset county = importList(m);
            input.county(county);
            counties = List.of(county);
        } else if (isProvince(file)) {
            ProvinceDataset province = readLeniently(ProvinceDataset.class, m);
            input.province(province);
            counties = province.counties();
            provinceWatchList = province.watchList();
        } else {
            CountyDataset county = readLeniently(CountyDataset.class, m);
            input.county(county);
            counties = List.of(county);
        }
        if (year != null) {
            input.reportingYear(year);
        }
        if (asOf != null) {
            input.asOf(asOf);
        }
        RuleEngine.Builder engine = RuleEngine.builder().discover(ScreenCommand.class.getClassLoader());
        if (pilotRegistry.given()) {
            engine.pilotRegistry(pilotRegistry.registry());
        }
        ScreeningResult result = engine.build().screen(input.build());

        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        for (RuleProblem p : result.problems()) {
            stderr.println(m.text("screen.problem", p.kind().name(), p.message(m.locale())));
        }
        if (format == Format.JSON) {
            stdout.print(CountyChainJson.defaults().writeToString(jsonOutput(result)));
        } else {
            if (imported != null) {
                SheetOptions.report(imported, SheetOptions.isCsv(lower), m).forEach(stdout::println);
                imported.unknownColumns().forEach(u -> stdout.println(u.describe(m.locale())));
            }
            summary(result, m).forEach(stdout::println);
        }
        if (out != null) {
            Path dir = directory(out);
            CountyChainJson.defaults().write(result, dir.resolve(RESULT_FILE));
            for (NoticeList list : NoticeList.values()) {
                CountyChainJson.defaults().write(listDocument(result, list), dir.resolve(list.fileName() + ".json"));
            }
            Path workbook = dir.resolve(LISTS_WORKBOOK);
            ListsWorkbook.write(result, counties, provinceWatchList, m.locale(), workbook);
            if (format == Format.TEXT) {
                stdout.println(m.text("screen.wrote", dir.toString(), CliMessages.count(NoticeList.values().length + 1)));
                stdout.println(m.text("screen.wroteWorkbook", workbook.toString()));
            }
        }
        int exitCode = exitCode(result, m, stderr);
        stdout.flush();
        stderr.flush();
        return exitCode;
    }

    /**
     * 0, or with {@code --fail-on} 1 when a finding is at least that severe; says why on standard error, so that
     * standard output stays the summary or the JSON.
     */
    private int exitCode(ScreeningResult result, CliMessages m, PrintWriter stderr) {
        if (failOn == null) {
            return ExitCodes.OK;
        }
        int failing = 0;
        for (Finding f : result.findings()) {
            if (f.severity().compareTo(failOn) >= 0) {
                failing++;
            }
        }
        if (failing == 0) {
            return ExitCodes.OK;
        }
        stderr.println(m.text("screen.failOn", CliMessages.count(failing), failOn.displayName(m.locale()),
                failOn.name().toLowerCase(Locale.ROOT)));
        return ExitCodes.FINDINGS;
    }

    /**
     * Reads {@code --fail-on}: a severity's name in any case ({@code warning}) or its Chinese label ({@code 警示}).
     */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Labelled.find(Severity.class, value).orElseThrow(() -> new TypeConversionException(value));
        }
    }

    /**
     * The JSON printed with {@code --format json}: the result, and when an .xlsx list was screened, its sheets read
     * and skipped under {@code import} (the file written to the output directory stays the result alone).
     */
    private Object jsonOutput(ScreeningResult result) {
        if (imported == null || SheetOptions.isCsv(String.valueOf(file.getFileName()))) {
            return result;
        }
        // Read back what the result writes, decimals kept exactly as written, so that only the field is added.
        com.fasterxml.jackson.databind.ObjectMapper mapper = CountyChainJson.newMapper()
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                    mapper.readTree(CountyChainJson.defaults().writeToString(result));
            root.set("import", mapper.valueToTree(SheetOptions.document(imported)));
            return root;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A province data set has {@code counties}; anything else is read as a county data set (also for match). Only
     * the top-level field names are looked at, as the file streams past.
     */
    static boolean isProvince(Path file) {
        return ValidateCommand.kind(file) == ProvinceDataset.class;
    }

    /**
     * Whether the file is an enterprise list rather than a JSON data set: by its content (an .xlsx workbook, or a
     * legacy .xls, which the import then refuses with the advice to save it as .xlsx), or by its name (.csv, whose
     * content cannot tell).
     */
    private static boolean isEnterpriseList(Path file, String lowerName) {
        if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xls") || lowerName.endsWith(".csv")) {
            return true;
        }
        try {
            FileKind kind = FileKind.of(file);
            return (kind == FileKind.OFFICE_OPEN_XML && !lowerName.endsWith(".json"))
                    || (kind == FileKind.LEGACY_OFFICE && !lowerName.endsWith(".json"));
        } catch (IOException e) {
            // The reader reports it.
            return false;
        }
    }

    /** The lines of the text summary. */
    static List<String> summary(ScreeningResult result, CliMessages m) {
        Locale locale = m.locale();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(m.text("screen.header", CliMessages.count(result.reportingYear()),
                result.asOf() == null ? m.text("screen.asOf.none") : result.asOf().toString(),
                CliMessages.count(result.findings().size())));
        for (RuleSummary s : result.rules()) {
            lines.add(m.text("screen.rule", s.ruleId(), s.title(locale), s.noticeSection(),
                    CliMessages.count(s.findings()), m.text("screen.status." + s.status().name())));
            s.countsByCode().forEach((code, n) -> lines.add(m.text("screen.code", code,
                    CliMessages.count(n))));
        }
        lines.add(m.text("screen.lists"));
        for (NoticeList list : NoticeList.values()) {
            lines.add(m.text("screen.list", list.title(locale), CliMessages.count(result.list(list).size()),
                    list.fileName() + ".json"));
        }
        Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        result.findings().forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        bySeverity.forEach((s, n) -> b.append(b.length() == 0 ? "" : m.text("summary.separator"))
                .append(m.text("summary.countOf", s.displayName(locale), CliMessages.count(n))));
        lines.add(m.text("screen.severities", b.toString()));
        return lines;
    }

    /** One notice list as a JSON document: its name, titles, year and findings in list order. */
    static Map<String, Object> listDocument(ScreeningResult result, NoticeList list) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("list", list.fileName());
        Map<String, String> title = new LinkedHashMap<>();
        title.put("zh", list.title(Locale.SIMPLIFIED_CHINESE));
        title.put("en", list.title(Locale.ENGLISH));
        doc.put("title", title);
        doc.put("reportingYear", result.reportingYear());
        doc.put("codes", list.codes());
        doc.put("findings", result.list(list));
        return doc;
    }

    private static Path directory(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new CountyChainIOException(p.toString(), new NotDirectoryException(p.toString()));
                }
                break;
            }
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CountyChainIOException(dir.toString(), e);
        }
    }
}
