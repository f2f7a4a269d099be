package org.countychain.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import org.countychain.CountyChainIOException;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.Severity;
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
 * {@code countychain validate FILE.json [--group draft|submission] [--format text|json]}: validates a county data
 * set, a city submission or a province data set and lists every violation. Exit code 0 when there is no error
 * (warnings allowed), 1 when there are errors, 2 when the file cannot be read as one of those (the library's error
 * code, line, column and path go to standard error).
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
        CliMessages m = parent.messages();
        Locale locale = m.locale();
        Object data = read(file);
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        ValidationResult result;
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            result = group == Group.SUBMISSION ? validator.validate(data, locale, Submission.class)
                    : validator.validate(data, locale);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(result.toJson());
        } else {
            for (Violation v : result.violations()) {
                String severity = m.text(v.severity() == Severity.ERROR ? "validate.error" : "validate.warning");
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
     * Reads the file as the kind of data set its top-level fields show: {@code counties} → a province,
     * {@code investmentNeeds}/{@code submittedOn} or reports without county fields → a city submission, otherwise
     * a county data set. Malformed JSON is read as a county data set so that the reader reports it.
     */
    static Object read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
        Class<?> type = CountyDataset.class;
        try {
            JsonNode root = CountyChainJson.defaults().mapper().readTree(bytes);
            if (root != null && root.isObject()) {
                if (root.has("counties")) {
                    type = ProvinceDataset.class;
                } else if (root.has("investmentNeeds") || root.has("submittedOn")
                        || root.has("reports") && COUNTY_FIELDS.stream().noneMatch(root::has)) {
                    type = CitySubmission.class;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left to the strict reader below, which says what and where.
        }
        return CountyChainJson.defaults().read(new ByteArrayInputStream(bytes), file.toString(), type);
    }
}
