package org.countychain.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.export.batch.BatchFailure;
import org.countychain.export.batch.BatchFile;
import org.countychain.export.batch.BatchItem;
import org.countychain.export.batch.BatchResult;
import org.countychain.export.batch.BatchRun;
import org.countychain.export.batch.ProvinceBatch;
import org.countychain.export.model.ExportMode;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SyntheticProvince;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain batch [FILE.json | --synthetic SEED] --out DIR [--threads N] [--mode draft|submission]
 * [--quiet]}: exports every county report of a province data set (or of the seeded synthetic province) and each
 * city-level unit's consolidated reports (R3) into DIR, one directory per city-level unit and county, with a
 * progress bar on standard error and a summary on standard output. Exit code 0 when every file was written, 1 when
 * some reports failed (each is listed with its code).
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class BatchCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.json")
    private Path input;

    @Option(names = "--synthetic", paramLabel = "SEED")
    private Long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    private Path out;

    @Option(names = "--threads", paramLabel = "N")
    private Integer threads;

    @Option(names = "--mode", paramLabel = "draft|submission", defaultValue = "draft")
    private ExportMode mode;

    @Option(names = "--quiet")
    private boolean quiet;

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        if ((input == null) == (seed == null)) {
            throw new ParameterException(spec.commandLine(), m.text("batch.error.input"));
        }
        ProvinceDataset province = input != null ? read(input) : SyntheticProvince.generate(seed,
                SyntheticProvince.Scale.PROVINCE);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ProvinceBatch.Builder builder = ProvinceBatch.builder().outputDirectory(out).mode(mode);
        if (threads != null) {
            builder.parallelism(threads);
        }
        ProgressBar bar = null;
        if (!quiet) {
            bar = new ProgressBar(stderr, m, parent.stderrIsTerminal());
            builder.progressListener(bar);
        }
        BatchRun run = builder.build().start(province);
        // Ctrl-C: let the reports being written finish and leave no temporary file behind.
        Thread onInterrupt = new Thread(() -> {
            run.cancel();
            run.join();
        }, "countychain-batch-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        BatchResult result;
        try {
            result = run.join();
        } finally {
            removeHook(onInterrupt);
        }
        if (bar != null) {
            bar.end();
        }
        summary(result, m).forEach(stdout::println);
        stdout.flush();
        return result.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook is running.
        }
    }

    /** A province data set, or a county data set taken as a province of one. */
    private static ProvinceDataset read(Path file) {
        CountyChainJson json = CountyChainJson.defaults();
        if (ScreenCommand.isProvince(file)) {
            return json.readProvinceDataset(file);
        }
        CountyDataset county = json.readCountyDataset(file);
        return new ProvinceDataset(county.year(), List.of(county), county.watchList(), List.of());
    }

    /** A step for people: its file, or for a city's consolidation the phase and the city. */
    static String describe(BatchItem item, CliMessages m) {
        return item.isExport() ? item.path()
                : item.phase().displayName(m.locale()) + " " + item.unitId() + " " + item.unitName();
    }

    /** The lines of the summary: totals, then one line per failure. */
    static List<String> summary(BatchResult result, CliMessages m) {
        long bytes = result.files().stream().mapToLong(BatchFile::size).sum();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(m.text("batch.summary", CliMessages.count(result.files().size()),
                String.format(Locale.ROOT, "%.1f", bytes / 1048576.0),
                String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0),
                CliMessages.count(result.failures().size()), CliMessages.count(result.notRun().size())));
        for (BatchFailure f : result.failures()) {
            lines.add(m.text("batch.failure", describe(f.item(), m), f.error().getMessage(m.locale())));
        }
        return lines;
    }
}
