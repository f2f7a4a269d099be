package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.io.OutputFiles;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.CoverageAnalyzer;
import org.countychain.coverage.ProvinceCoverage;
import org.countychain.export.excel.CoverageSheets;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.ScreeningInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code countychain coverage DIR [--city ID] [--year N] [--pilot-registry FILE.json] [--out FILE.json|FILE.xlsx]}:
 * report coverage (R1, R2, R13) of one city-level unit or of the province, from every data set in DIR. Exit code 0
 * when there is no gap, 1 when there are gaps or a file was skipped.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class CoverageCommand implements Callable<Integer> {
    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR")
    private Path dir;

    @Option(names = "--city", paramLabel = "ID")
    private String city;

    @Option(names = "--year", paramLabel = "N")
    private Integer year;

    @Mixin
    private PilotRegistryOption pilotRegistry;

    @Option(names = "--out", paramLabel = "FILE.json|FILE.xlsx")
    private Path out;

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        DatasetDirectory input = DatasetDirectory.read(dir, m, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        ScreeningInput.Builder screening = ScreeningInput.builder().counties(input.datasets())
                .submissions(input.submissions());
        if (year != null) {
            screening.reportingYear(year);
        }
        CoverageAnalyzer analyzer = CoverageAnalyzer.builder()
                .pilotRegistry(pilotRegistry.registry())
                .build();
        ProvinceCoverage province = null;
        List<CityCoverage> cities;
        if (city != null) {
            cities = List.of(analyzer.city(city.strip(), screening.build()));
        } else {
            province = analyzer.province(screening.build());
            cities = province.cities();
        }
        for (CityCoverage c : cities) {
            CoverageSummary.lines(c, m).forEach(stdout::println);
        }
        if (out != null) {
            write(province != null ? province : cities.get(0), m.locale());
            stdout.println(m.text("coverage.wrote", out.toString()));
        }
        stdout.flush();
        boolean clean = cities.stream().allMatch(c -> c.counts().complete()) && input.skipped() == 0;
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private void write(Object coverage, Locale locale) {
        if (!String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            CountyChainJson.defaults().write(coverage, out);
            return;
        }
        try {
            if (coverage instanceof ProvinceCoverage p) {
                CoverageSheets.write(p, locale, out);
            } else {
                OutputFiles.write(out, os -> {
                    CoverageSheets.write((CityCoverage) coverage, locale, os);
                    return null;
                });
            }
        } catch (IOException e) {
            throw new CountyChainIOException(out.toString(), e);
        }
    }
}
