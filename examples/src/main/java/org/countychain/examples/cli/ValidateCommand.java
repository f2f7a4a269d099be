package org.countychain.examples.cli;

import java.io.InputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.export.docx.read.ReadResult;
import org.countychain.export.docx.read.ReportReader;
import org.countychain.json.CountyChainJson;
import org.countychain.json.LenientJsonReader;
import org.countychain.json.LenientRead;
import org.countychain.report.ResearchReport;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.ViolationSeverity;
import org.countychain.validation.Submission;
import org.countychain.validation.ValidationResult;
import org.countychain.validation.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain validate FILE.json|DIR [--group draft|submission] [--format text|json]}: validates a county data
 * set, a city submission or a province data set and lists every violation; given a directory, every data set and
 * every Word research report in it, with each county's completeness (see {@link #validateDirectory()}). The file is read leniently: every
 * malformed value is a violation with its {@code CC-} code, path, line and column, and everything else is validated,
 * so one run lists every problem. Exit code 0 when there is no error (warnings allowed), 1 when there are errors
 * (malformed values included), 2 only when the file is not JSON or its structure cannot be read (the library's error
 * code, line and column go to standard error).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ValidateCommand implements Callable<Integer> {
    /** The fields only a county data set has; a city submission has reports but none of these. */
    private static final Set<String> COUNTY_FIELDS = Set.of("chains", "enterprises", "teams", "platforms", "demands",
            "achievements", "note", "watchList");
    /** Hibernate Validator announces its version at INFO on standard error; a command line wants only results. */
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    /** The validation groups, by their command-line names. */
    enum Group {
        /** Well-formedness only. */
        DRAFT,
        /** Also completeness. */
        SUBMISSION
    }

    /** The output formats. */
    enum Format {
        /** One line per violation, then a summary line. */
        TEXT,
        /** The result as JSON ({@code ValidationResult.toJson()}). */
        JSON
    }

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "countychain.validate.file")
    private Path file;

    @Option(names = "--group", defaultValue = "draft", paramLabel = "draft|submission",
            descriptionKey = "countychain.validate.group")
    private Group group;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            descriptionKey = "countychain.validate.format")
    private Format format;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            return validateDirectory();
        }
        CliMessages m = parent.messages();
        Locale locale = m.locale();
        List<Violation> violations = new ArrayList<>();
        quietHibernateValidator();
        // Created before the file is read: Hibernate Validator bootstraps on a background thread meanwhile (on a
        // second core), and the validation below waits for it; if the file is not readable it is closed unused.
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            LenientRead<?> read = readLeniently(file);
            for (InvalidInputException p : read.problems()) {
                violations.add(asViolation(p, locale));
            }
            if (read.value() != null) {
                ValidationResult validated = group == Group.SUBMISSION
                        ? validator.validate(read.value(), locale, Submission.class)
                        : validator.validate(read.value(), locale);
                violations.addAll(validated.violations());
            }
        }
        ValidationResult result = ValidationResult.of(violations);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(result.toJson());
        } else {
            for (Violation v : result.violations()) {
                String severity = m.text(v.severity() == ViolationSeverity.ERROR ? "validate.error"
                        : "validate.warning");
                String line = m.text("validate.line", severity, v.code(), v.path().isEmpty() ? "-" : v.path(),
                        v.message());
                out.println(v.invalidValue() == null ? line : line + m.text("validate.value", v.invalidValue()));
            }
            out.println(m.text(result.isValid() ? "validate.valid" : "validate.invalid", file.toString(),
                    CliMessages.count(result.errorCount()), CliMessages.count(result.warningCount())));
        }
        out.flush();
        return result.isValid() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /**
     * A directory as a city receives it: each {@code *.json} data set validated as a single file is, then each
     * {@code *.docx} research report read ({@link ReportReader}) and validated in the same group, so that with
     * {@code --group submission} a required item left empty is an error ({@code CV-0812}); then, per county, how many
     * Word reports were read and how many required items they leave empty. A file that cannot be read is an error
     * naming it; the others are still validated.
     */
    private int validateDirectory() {
        CliMessages m = parent.messages();
        Locale locale = m.locale();
        PrintWriter out = spec.commandLine().getOut();
        List<Path> jsonFiles = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(file, "*.json")) {
            s.forEach(jsonFiles::add);
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
        jsonFiles.sort(null);
        long errors = 0;
        long warnings = 0;
        quietHibernateValidator();
        Map<String, int[]> counties = new TreeMap<>();
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            for (Path f : jsonFiles) {
                List<Violation> violations = new ArrayList<>();
                try {
                    LenientRead<?> read = readLeniently(f);
                    read.problems().forEach(p -> violations.add(asViolation(p, locale)));
                    if (read.value() != null) {
                        violations.addAll(validate(validator, read.value(), locale).violations());
                    }
                } catch (CountyChainException e) {
                    out.println(m.text("validate.unreadable", e.getMessage(locale)));
                    errors++;
                    continue;
                }
                ValidationResult result = ValidationResult.of(violations);
                print(result, f, m, out);
                errors += result.errorCount();
                warnings += result.warningCount();
            }
            for (Path f : ReadReportCommand.docxFiles(file)) {
                ReadResult read;
                try {
                    read = ReportReader.defaults().read(f);
                } catch (CountyChainException e) {
                    out.println(m.text("validate.unreadable", e.getMessage(locale)));
                    errors++;
                    continue;
                }
                ResearchReport report = read.report();
                List<String> missing = read.missingRequiredItems();
                out.println(m.text("directory.wordReport", String.valueOf(f.getFileName()), report.unitName(),
                        Integer.toString(read.recognised().size()), Integer.toString(read.template().items().size()),
                        missing.isEmpty() ? m.text("directory.complete") : String.join(" ", missing),
                        Integer.toString(read.findings().size())));
                ValidationResult result = validate(validator, report, locale);
                print(result, f, m, out);
                errors += result.errorCount();
                warnings += result.warningCount();
                int[] county = counties.computeIfAbsent(report.unitName(), k -> new int[2]);
                county[0]++;
                county[1] += missing.size();
            }
        }
        counties.forEach((name, c) -> out.println(m.text("validate.county", name, Integer.toString(c[0]),
                Integer.toString(c[1]))));
        out.println(m.text(errors == 0 ? "validate.valid" : "validate.invalid", file.toString(),
                CliMessages.count(errors), CliMessages.count(warnings)));
        out.flush();
        return errors == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** Hibernate Validator's INFO off standard error, unless the command line's start set a stricter level. */
    private static void quietHibernateValidator() {
        if (HIBERNATE_VALIDATOR.getLevel() == null) {
            HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        }
    }

    private ValidationResult validate(CountyChainValidator validator, Object value, Locale locale) {
        return group == Group.SUBMISSION ? validator.validate(value, locale, Submission.class)
                : validator.validate(value, locale);
    }

    private void print(ValidationResult result, Path f, CliMessages m, PrintWriter out) {
        for (Violation v : result.violations()) {
            String severity = m.text(v.severity() == ViolationSeverity.ERROR ? "validate.error" : "validate.warning");
            String line = m.text("validate.line", severity, v.code(), v.path().isEmpty() ? "-" : v.path(),
                    v.message());
            out.println(v.invalidValue() == null ? line : line + m.text("validate.value", v.invalidValue()));
        }
        out.println(m.text(result.isValid() ? "validate.valid" : "validate.invalid", f.toString(),
                CliMessages.count(result.errorCount()), CliMessages.count(result.warningCount())));
    }

    /**
     * A value the lenient reader could not read, as a violation: its {@code CC-} code, its path, its reason and where
     * it is in the file.
     */
    static Violation asViolation(InvalidInputException p, Locale locale) {
        Location at = p.location();
        String where = at.line() > 0 ? at.describe(locale) : "";
        String reason = p.reason(locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        String suffix = where.isEmpty() ? "" : chinese ? "（" + withoutPath(where, at.path()) + "）"
                : " (" + withoutPath(where, at.path()) + ")";
        return new Violation(p.errorCode().code(), ViolationSeverity.ERROR, at.path(), reason + suffix, null);
    }

    /** The file, line and column of a location's description, without its path (the violation shows the path). */
    private static String withoutPath(String described, String path) {
        return !path.isEmpty() && described.endsWith(" " + path)
                ? described.substring(0, described.length() - path.length() - 1) : described;
    }

    /**
     * Reads the file leniently (every malformed value a violation) as the kind of data set its top-level fields
     * show; see {@link #read(Path)}. The file is streamed: only the reader's own tree of it is held in memory.
     */
    static LenientRead<?> readLeniently(Path file) {
        Class<?> kind = kind(file);
        try (InputStream in = Files.newInputStream(file)) {
            return LenientJsonReader.defaults().read(in, file.toString(), kind);
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
    }

    /**
     * Reads the file as the kind of data set its top-level fields show: {@code counties} → a province,
     * {@code investmentNeeds}/{@code submittedOn} or reports without county fields → a city submission, otherwise
     * a county data set. Malformed JSON is read as a county data set so that the reader reports it.
     */
    static Object read(Path file) {
        Class<?> kind = kind(file);
        try (InputStream in = Files.newInputStream(file)) {
            return CountyChainJson.defaults().read(in, file.toString(), kind);
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
    }

    /**
     * The kind of data set the top-level fields show; a county data set when they show nothing. Only the names of
     * the top-level fields are looked at, their values skipped as they stream past, so that a large file is not
     * held in memory twice.
     */
    static Class<?> kind(Path file) {
        Set<String> fields = new java.util.HashSet<>();
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = CountyChainJson.defaults().mapper().getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return CountyDataset.class;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Left to the reader, which says what and where; the fields seen so far still tell the kind.
        }
        if (fields.contains("counties")) {
            return ProvinceDataset.class;
        }
        if (fields.contains("investmentNeeds") || fields.contains("submittedOn")
                || (fields.contains("reports") && COUNTY_FIELDS.stream().noneMatch(fields::contains))) {
            return CitySubmission.class;
        }
        return CountyDataset.class;
    }
}
