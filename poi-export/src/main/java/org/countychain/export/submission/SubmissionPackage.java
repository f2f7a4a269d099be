package org.countychain.export.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.io.OutputFiles;
import org.countychain.consolidation.Consolidator;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.CoverageAnalyzer;
import org.countychain.coverage.CoverageCounts;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.excel.CoverageSheets;
import org.countychain.export.excel.ListSheet;
import org.countychain.export.excel.ListsWorkbookWriter;
import org.countychain.export.FileNames;
import org.countychain.export.internal.HashingOutputStream;
import org.countychain.export.model.ExportMode;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.model.IncompleteReportException;
import org.countychain.export.submission.internal.UnicodeZipWriter;
import org.countychain.internal.Checks;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ResearchReport;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.model.PilotRegistry;
import org.jspecify.annotations.Nullable;

/**
 * A city-level unit's submission package for one reporting year (设区市报送包, R16): what the city sends to the
 * provincial S&amp;T information institute by the end of October, as one zip. Immutable; {@link #write(Path)}
 * makes it.
 *
 * <pre>{@code
 * PackageResult r = SubmissionPackage.builder("350500", 2024)
 *         .datasets(datasets)                           // every county's, and the city's consolidated one
 *         .asOf(LocalDate.of(2024, 11, 1))             // judged against the deadline, 31 October
 *         .mode(ExportMode.SUBMISSION)                  // every report must be complete
 *         .build()
 *         .write(Path.of("泉州市.zip"));
 * r.late();                                              // true: one day late, and the package is made
 * }</pre>
 *
 * <p>The zip holds one folder, {@code <id>-<name>-<year>/} ({@code 350500-泉州市-2024/}), with
 * <ul>
 *   <li>{@value #COUNTY_FOLDER}{@code /}: one .docx per report that is not consolidated (a county's own, or one a
 *       city-level unit wrote for a single county), named {@code <unit id>-<unit name>-<chain>.docx};</li>
 *   <li>{@value #CITY_FOLDER}{@code /}: one .docx per consolidated report (R3), named the same way;</li>
 *   <li>{@value #INDEX}: one row per report (unit, chain, covered counties, own or consolidated, file, whether it
 *       can be submitted), the deadline, and the coverage sheets of {@link CoverageSheets};</li>
 *   <li>{@value #MANIFEST}: the {@link PackageManifest}, with the size and SHA-256 of every other file.</li>
 * </ul>
 *
 * <p>The reports: those of the reporting year in the data sets of the city's county-level units and of the city
 * itself, and in the city's {@link CitySubmission}s. When no data set of the city itself (its consolidated one) is
 * given, the counties' data sets are consolidated here (R3, {@link Consolidator}) and the merged reports join the
 * counties' own ones (switch off with {@link Builder#consolidate(boolean)}; a consolidation that refuses the input is
 * a warning, not a failure); the same report (same id, same content) twice is taken once;
 * data sets and submissions of other units are ignored. Each document is exported with the data set holding the
 * report (for a report only in a submission, the data set of the unit that wrote it, if any). In
 * {@link ExportMode#SUBMISSION} every report must be complete, else nothing is written and an
 * {@link IncompletePackageException} names each incomplete one; in {@link ExportMode#DRAFT} incomplete reports are
 * packaged with placeholders and the index says what they lack. A late package is made all the same, its lateness
 * in {@link PackageResult#late()} and the manifest. The same input gives the same bytes.
 *
 * @since 0.1.0
 */
public final class SubmissionPackage {
    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";
    /** The index workbook's file name. */
    public static final String INDEX = "报送索引.xlsx";
    /** The folder of reports that are not consolidated. */
    public static final String COUNTY_FOLDER = "县（市、区）报告";
    /** The folder of consolidated reports. */
    public static final String CITY_FOLDER = "设区市汇总报告";
    /** The manifest's format id. */
    public static final String FORMAT = "countychain-submission-package/1";

    private final String cityLevelUnitId;
    private final int year;
    private final List<CountyDataset> datasets;
    private final List<CitySubmission> submissions;
    private final @Nullable LocalDate asOf;
    private final ExportMode mode;
    private final Divisions divisions;
    private final PilotRegistry pilotRegistry;
    private final DocxExporter exporter;
    private final @Nullable Consolidator consolidator;

    private SubmissionPackage(Builder b) {
        this.cityLevelUnitId = b.cityLevelUnitId;
        this.year = b.year;
        this.datasets = List.copyOf(b.datasets);
        this.submissions = List.copyOf(b.submissions);
        this.asOf = b.asOf;
        this.mode = b.mode;
        this.divisions = b.divisions != null ? b.divisions : Divisions.fujian();
        this.pilotRegistry = b.pilotRegistry;
        this.exporter = b.exporter != null ? b.exporter : new DocxExporter();
        this.consolidator = b.consolidate ? b.consolidator : null;
    }

    /**
     * A builder.
     *
     * @param cityLevelUnitId the city-level unit ({@code 350500}, or {@code PINGTAN})
     * @param year            the reporting year
     * @return a new builder
     */
    public static Builder builder(String cityLevelUnitId, int year) {
        return new Builder(Checks.requiredText(cityLevelUnitId, "cityLevelUnitId"), Checks.year(year, "year"));
    }

    /**
     * Writes the package to a file, replacing it. Nothing is left behind when making it fails.
     *
     * @param file the zip file
     * @return what was written
     * @throws InvalidInputException      see {@link #write(OutputStream)}
     * @throws CountyChainIOException     when the file cannot be written
     */
    public PackageResult write(Path file) {
        Objects.requireNonNull(file, "file");
        Contents contents = assemble();
        // Whole or not at all; an existing package stays as it was when this one fails.
        return OutputFiles.write(file, contents::writeTo);
    }

    /**
     * Writes the package to a stream (flushed, not closed). Everything is checked and every document made before
     * the first byte is written.
     *
     * @param out the stream
     * @return what was written
     * @throws InvalidInputException      {@link ErrorCode#CONSOLIDATION_UNKNOWN_CITY} when the unit is not city-level,
     *                                    {@link SubmissionErrorCode#SUBMISSION_NO_REPORTS} when there is no report,
     *                                    {@link SubmissionErrorCode#SUBMISSION_DUPLICATE_REPORT} when two different
     *                                    reports share an id
     * @throws IncompletePackageException in submission mode, when reports are incomplete
     * @throws CountyChainIOException     when writing fails
     */
    public PackageResult write(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            return assemble().writeTo(out);
        } catch (IOException e) {
            throw new CountyChainIOException("zip", e);
        }
    }

    /** A report and the data set it is exported with. */
    private record Source(ResearchReport report, @Nullable CountyDataset dataset) {
    }

    private Contents assemble() {
        ReportingUnit city = CoverageAnalyzer.cityLevelUnit(divisions, cityLevelUnitId);
        List<String> warnings = new ArrayList<>();
        CountyDataset consolidated = consolidate(city, warnings);
        List<CountyDataset> all = new ArrayList<>(datasets);
        if (consolidated != null) {
            all.add(consolidated);
        }
        List<Source> sources = sources(city, all);
        if (sources.isEmpty()) {
            throw new InvalidInputException(SubmissionErrorCode.SUBMISSION_NO_REPORTS, "reports",
                    city.id() + " " + city.name(), String.valueOf(year));
        }
        List<ExportRequest> requests = new ArrayList<>();
        Map<String, List<String>> incomplete = new TreeMap<>();
        for (Source s : sources) {
            ExportRequest request = ExportRequest.builder(s.report()).dataset(s.dataset()).mode(mode).build();
            try {
                request.checkSubmittable();
            } catch (IncompleteReportException e) {
                incomplete.put(s.report().id(), e.missingItems().isEmpty() ? e.problems() : e.missingItems());
            }
            requests.add(request);
        }
        if (!incomplete.isEmpty()) {
            throw new IncompletePackageException(city.id(), incomplete);
        }
        String root = FileNames.safe(city.id() + "-" + city.name() + "-" + year, null) + "/";
        UnicodeZipWriter zip = new UnicodeZipWriter();
        FileNames.Unique names = new FileNames.Unique();
        List<PackagedReport> reports = new ArrayList<>();
        for (ExportRequest request : requests) {
            ResearchReport r = request.report();
            String folder = r.isConsolidated() ? CITY_FOLDER : COUNTY_FOLDER;
            String path = names.claim(folder, r.unitId() + "-" + r.unitName() + "-" + r.chainName(), "docx");
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            ExportResult result = exporter.write(request, docx);
            result.warnings().forEach(w -> warnings.add(path + ": " + w));
            zip.add(root + path, docx.toByteArray());
            List<String> covered = r.coveredCounties().isEmpty() ? List.of(r.unitId())
                    : r.coveredCounties().stream().map(DivisionCode::value).toList();
            reports.add(new PackagedReport(path, r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(), covered,
                    r.isConsolidated(), r.missingRequiredItems(request.template())));
        }
        CityCoverage coverage = CoverageAnalyzer.builder().divisions(divisions).pilotRegistry(pilotRegistry).build()
                .city(city.id(), ScreeningInput.builder().counties(all).submissions(submissions)
                        .reportingYear(year).build());
        DeadlineStatus deadline = DeadlineStatus.of(year, asOf);
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        try {
            List<ListSheet> sheets = new ArrayList<>(IndexSheets.sheets(city, year, mode, deadline, reports));
            sheets.addAll(CoverageSheets.sheets(coverage, Locale.SIMPLIFIED_CHINESE));
            ListsWorkbookWriter.write(sheets, index);
        } catch (IOException e) {
            throw new CountyChainIOException(INDEX, e);
        }
        zip.add(root + INDEX, index.toByteArray());
        List<PackagedFile> files = new ArrayList<>();
        zip.files().forEach((name, bytes) -> files.add(new PackagedFile(name.substring(root.length()), bytes.length,
                HashingOutputStream.sha256(bytes))));
        PackageManifest manifest = new PackageManifest(FORMAT, city.id(), city.name(), year, mode, deadline,
                consolidated != null, counts(coverage), reports, files);
        zip.add(root + MANIFEST, CountyChainJson.defaults().writeToBytes(manifest));
        return new Contents(zip, manifest, coverage, warnings);
    }

    /**
     * The coverage's figures. CityCoverage's constructor always works them out from its lists; the component is
     * nullable only for the JSON that leaves them out.
     */
    private static CoverageCounts counts(CityCoverage coverage) {
        CoverageCounts counts = coverage.counts();
        return counts != null ? counts
                : CoverageCounts.of(coverage.units(), coverage.missingPilotChains(), coverage.chainsWithoutTeam());
    }

    /** Everything made, ready to be written. */
    private record Contents(UnicodeZipWriter zip, PackageManifest manifest, CityCoverage coverage,
                            List<String> warnings) {
        PackageResult writeTo(OutputStream out) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            zip.write(bytes);
            bytes.writeTo(out);
            out.flush();
            return new PackageResult(manifest, coverage, bytes.size(), warnings);
        }
    }

    /**
     * The city's consolidated data set made here (R3), when the input holds none of the city and a consolidator is
     * set: the city's county data sets of the year (each once) consolidated. Empty when no chain repeats or the
     * consolidation refuses the input; the refusal becomes a warning and the package is made without it.
     */
    private @Nullable CountyDataset consolidate(ReportingUnit city, List<String> warnings) {
        if (consolidator == null || datasets.stream().anyMatch(d -> d.unitId().equals(city.id()))) {
            return null;
        }
        List<CountyDataset> counties = ofCity(city, datasets).stream().filter(d -> d.year() == year).distinct()
                .toList();
        if (counties.size() < 2) {
            return null;
        }
        try {
            CountyDataset made = consolidator.consolidate(city.id(), year, counties).cityDataset();
            return made.reports().isEmpty() ? null : made;
        } catch (CountyChainException e) {
            warnings.add(CITY_FOLDER + ": " + e.getMessage(Locale.SIMPLIFIED_CHINESE));
            return null;
        }
    }

    /** The data sets of the city's county-level units and of the city itself. */
    private List<CountyDataset> ofCity(ReportingUnit city, List<CountyDataset> list) {
        List<CountyDataset> own = new ArrayList<>();
        for (CountyDataset d : list) {
            if (divisions.reportingUnit(d.unitId()).map(u -> u.id().equals(city.id()) || city.id().equals(u.parentId()))
                    .orElse(false)) {
                own.add(d);
            }
        }
        return own;
    }

    /** The reports of the year, one per id, in file order: unit, chain name, id. */
    private List<Source> sources(ReportingUnit city, List<CountyDataset> list) {
        List<CountyDataset> own = ofCity(city, list);
        own.sort(Comparator.comparing(CountyDataset::unitId).thenComparing(CountyDataset::unitName));
        Map<String, Source> byId = new LinkedHashMap<>();
        for (CountyDataset d : own) {
            for (ResearchReport r : d.reports()) {
                if (r.year() == year) {
                    put(byId, new Source(r, d));
                }
            }
        }
        List<CitySubmission> sent = new ArrayList<>();
        for (CitySubmission s : submissions) {
            if (s.unitId().equals(city.id()) && s.year() == year) {
                sent.add(s);
            }
        }
        sent.sort(Comparator.comparing(CitySubmission::submittedOn, Comparator.nullsLast(Comparator.naturalOrder())));
        for (CitySubmission s : sent) {
            for (ResearchReport r : s.reports()) {
                if (r.year() == year) {
                    put(byId, new Source(r, own.stream().filter(d -> d.unitId().equals(r.unitId())).findFirst()
                            .orElse(null)));
                }
            }
        }
        List<Source> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((Source s) -> s.report().unitId())
                .thenComparing(s -> s.report().chainName()).thenComparing(s -> s.report().id()));
        return out;
    }

    private static void put(Map<String, Source> byId, Source s) {
        Source before = byId.putIfAbsent(s.report().id(), s);
        if (before != null && !before.report().equals(s.report())) {
            throw new InvalidInputException(SubmissionErrorCode.SUBMISSION_DUPLICATE_REPORT, "reports", s.report().id(),
                    before.report().unitId() + " / " + s.report().unitId());
        }
    }

    /**
     * Builds a {@link SubmissionPackage}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String cityLevelUnitId;
        private final int year;
        private final List<CountyDataset> datasets = new ArrayList<>();
        private final List<CitySubmission> submissions = new ArrayList<>();
        private @Nullable LocalDate asOf;
        private ExportMode mode = ExportMode.DRAFT;
        private @Nullable Divisions divisions;
        private PilotRegistry pilotRegistry = PilotRegistry.empty();
        private @Nullable DocxExporter exporter;
        private Consolidator consolidator = Consolidator.defaults();
        private boolean consolidate = true;

        private Builder(String cityLevelUnitId, int year) {
            this.cityLevelUnitId = cityLevelUnitId;
            this.year = year;
        }

        /**
         * Adds data sets: the counties', the city's consolidated one; those of other units are ignored.
         *
         * @param v the data sets
         * @return this builder
         */
        public Builder datasets(List<CountyDataset> v) {
            datasets.addAll(Checks.list(v, "datasets"));
            return this;
        }

        /**
         * Adds a data set.
         *
         * @param v the data set
         * @return this builder
         */
        public Builder dataset(CountyDataset v) {
            datasets.add(Objects.requireNonNull(v, "dataset"));
            return this;
        }

        /**
         * Adds city submissions; those of other units or years are ignored.
         *
         * @param v the submissions
         * @return this builder
         */
        public Builder submissions(List<CitySubmission> v) {
            submissions.addAll(Checks.list(v, "submissions"));
            return this;
        }

        /**
         * Sets the date the deadline (31 October of the year) is judged against; default none, then nothing is
         * late.
         *
         * @param v the date, or {@code null}
         * @return this builder
         */
        public Builder asOf(@Nullable LocalDate v) {
            asOf = v;
            return this;
        }

        /**
         * Sets the mode, {@link ExportMode#DRAFT} by default.
         *
         * @param v the mode
         * @return this builder
         */
        public Builder mode(ExportMode v) {
            mode = Objects.requireNonNull(v, "mode");
            return this;
        }

        /**
         * Sets the divisions (default {@link Divisions#fujian()}).
         *
         * @param v the divisions
         * @return this builder
         */
        public Builder divisions(Divisions v) {
            divisions = Objects.requireNonNull(v, "divisions");
            return this;
        }

        /**
         * Sets the pilot registry the coverage checks (default {@link PilotRegistry#empty()}).
         *
         * @param v the registry
         * @return this builder
         */
        public Builder pilotRegistry(PilotRegistry v) {
            pilotRegistry = Objects.requireNonNull(v, "pilotRegistry");
            return this;
        }

        /**
         * Sets the Word exporter (default {@code new DocxExporter()}): a city's letterhead, its style sheet.
         *
         * @param v the exporter
         * @return this builder
         */
        public Builder exporter(DocxExporter v) {
            exporter = Objects.requireNonNull(v, "exporter");
            return this;
        }

        /**
         * Sets the consolidator (default {@code Consolidator.defaults()}) that makes the city's consolidated reports
         * (R3) when the data sets hold no data set of the city itself.
         *
         * @param v the consolidator
         * @return this builder
         */
        public Builder consolidator(Consolidator v) {
            consolidator = Objects.requireNonNull(v, "consolidator");
            return this;
        }

        /**
         * Whether to consolidate the counties' data sets when the input holds no data set of the city (default
         * true). Off, only the reports given are packaged.
         *
         * @param v whether to consolidate
         * @return this builder
         */
        public Builder consolidate(boolean v) {
            consolidate = v;
            return this;
        }

        /**
         * Builds the package description; nothing is checked or exported yet.
         *
         * @return the package
         */
        public SubmissionPackage build() {
            return new SubmissionPackage(this);
        }
    }
}
