package org.countychain.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.countychain.export.model.ExportMode;
import org.countychain.export.submission.DeadlineStatus;
import org.countychain.export.submission.PackageResult;
import org.countychain.export.submission.PackagedReport;
import org.countychain.export.submission.SubmissionPackage;
import org.countychain.rules.ScreeningInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code countychain package DIR --city 350500 --out 泉州市.zip [--year N] [--date YYYY-MM-DD]
 * [--mode draft|submission] [--pilot-registry FILE.json] [--no-consolidate]}: the city submission package (R16) from
 * every data set in DIR, consolidating the counties' (R3) when DIR holds no data set of the city itself; prints the
 * coverage and the deadline status. Exit code 0 when the package is on time and the coverage has no
 * gap, 1 when it was made but is late, has gaps or a file was skipped, 2 when it could not be made.
 */
@Command(name = "package", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class PackageCommand implements Callable<Integer> {
    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR")
    private Path dir;

    @Option(names = "--city", required = true, paramLabel = "ID")
    private String city;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip")
    private Path out;

    @Option(names = "--year", paramLabel = "N")
    private Integer year;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    private LocalDate date;

    @Option(names = "--mode", defaultValue = "draft", paramLabel = "draft|submission")
    private ExportMode mode;

    @Mixin
    private PilotRegistryOption pilotRegistry;

    @Option(names = "--no-consolidate")
    private boolean noConsolidate;

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        DatasetDirectory input = DatasetDirectory.read(dir, m, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        int y = year != null ? year : ScreeningInput.builder().counties(input.datasets())
                .submissions(input.submissions()).build().reportingYear();
        LocalDate asOf = date != null ? date : LocalDate.now(java.time.ZoneId.systemDefault());
        PackageResult result = SubmissionPackage.builder(city.strip(), y).datasets(input.datasets())
                .submissions(input.submissions()).asOf(asOf).mode(mode)
                .pilotRegistry(pilotRegistry.registry()).consolidate(!noConsolidate)
                .build().write(out);
        long consolidated = result.manifest().reports().stream().filter(PackagedReport::consolidated).count();
        stdout.println(m.text("package.wrote", out.toString(),
                CliMessages.count(result.manifest().reports().size()),
                CliMessages.count(result.manifest().reports().size() - consolidated), CliMessages.count(consolidated),
                CliMessages.count(result.bytesWritten())));
        if (result.manifest().consolidatedHere()) {
            stdout.println(m.text("package.consolidated", CliMessages.count(consolidated)));
        }
        long incomplete = result.manifest().reports().stream().filter(r -> !r.complete()).count();
        if (incomplete > 0) {
            stdout.println(m.text("package.incomplete", CliMessages.count(incomplete)));
        }
        CoverageSummary.lines(result.coverage(), m).forEach(stdout::println);
        DeadlineStatus d = result.manifest().deadline();
        stdout.println(d.late() ? m.text("package.late", d.deadline().toString(), asOf.toString(),
                CliMessages.count(d.daysLate())) : m.text("package.onTime", d.deadline().toString(), asOf.toString()));
        result.warnings().forEach(w -> stdout.println(m.text("report.warning", w)));
        stdout.flush();
        boolean clean = !d.late() && result.coverage().counts().complete() && input.skipped() == 0;
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
