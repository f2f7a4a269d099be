package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ReportTemplates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain demo --out DIR}: writes the built-in sample county (晋江市) as JSON into a directory and
 * prints a one-screen summary of it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    private Path out;

    /**
     * The name of the file the sample county is written to.
     *
     * @param county the sample county
     * @return for example {@code jinjiang-2024.json}
     */
    static String fileName(CountyDataset county) {
        return "jinjiang-" + county.year() + ".json";
    }

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        CountyDataset county = parent.sampleCounty();
        Path file = directory(out, m).resolve(fileName(county));
        CountyChainJson.defaults().write(county, file);

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(m.text("demo.wrote", file.toString()));
        stdout.println();
        DatasetSummary.of(county, ReportTemplates.builtIn()).lines(m).forEach(stdout::println);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The output directory, created when missing; an existing file there is the user's mistake, said clearly. */
    private static Path directory(Path dir, CliMessages m) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CountyChainIOException(dir.toString(), new IOException(m.text("demo.error.notDirectory")));
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CountyChainIOException(dir.toString(), e);
        }
    }
}
