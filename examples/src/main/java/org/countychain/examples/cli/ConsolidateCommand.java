package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.consolidation.ChainGroup;
import org.countychain.consolidation.ChainIdentityRule;
import org.countychain.consolidation.ChainMember;
import org.countychain.consolidation.ChainOverrides;
import org.countychain.consolidation.ConsolidationResult;
import org.countychain.consolidation.Consolidator;
import org.countychain.consolidation.GroupReason;
import org.countychain.consolidation.LeftAlone;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.FileNames;
import org.countychain.export.model.ExportRequest;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ResearchReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain consolidate DIR --city 350500 --out DIR2 [--year N] [--overrides FILE.json]}: reads every
 * data set ({@code *.json}) in DIR (a province data set gives its counties), keeps the county data sets of the city
 * (and year), consolidates the counties whose
 * chains repeat (R3), writes the city data set as JSON ({@code <city>-<year>.json}), what it grouped and left alone
 * and why ({@code <city>-<year>-groups.json}, both languages) and each consolidated report as .docx into DIR2, and
 * prints the groups and reasons in the {@code --lang} language. DIR is read as {@code package} and {@code coverage}
 * read it: a file that is not a data set is skipped and named on standard error, the others are consolidated, and the
 * exit code is 1, so a missing county is never silent and never keeps the others from being consolidated.
 */
@Command(name = "consolidate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ConsolidateCommand implements Callable<Integer> {

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR")
    private Path input;

    @Option(names = "--city", required = true, paramLabel = "CODE")
    private String city;

    @Option(names = "--out", required = true, paramLabel = "DIR2")
    private Path out;

    @Option(names = "--year", paramLabel = "N")
    private Integer year;

    @Option(names = "--overrides", paramLabel = "FILE.json")
    private Path overrides;

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        Divisions divisions = Divisions.fujian();
        ReportingUnit unit = divisions.reportingUnit(city).filter(u -> u.kind().isCityLevel())
                .orElseThrow(() -> new InvalidInputException(ErrorCode.CONSOLIDATION_UNKNOWN_CITY, "--city", city));
        CountyChainJson json = CountyChainJson.defaults();
        ChainIdentityRule.Builder rule = ChainIdentityRule.builder();
        if (overrides != null) {
            rule.overrides(json.read(overrides, ChainOverrides.class).overrides());
        }
        if (!Files.isDirectory(input)) {
            throw new CountyChainIOException(input.toString(), Files.exists(input)
                    ? new NotDirectoryException(input.toString()) : new NoSuchFileException(input.toString()));
        }
        // As package and coverage read a directory: a file that is not a data set is skipped and named on standard
        // error (exit code 1), so one bad file never keeps the city's other counties from being consolidated.
        DatasetDirectory directory = DatasetDirectory.read(input, m, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        List<CountyDataset> kept = new ArrayList<>();
        int others = 0;
        for (CountyDataset d : directory.datasets()) {
            boolean inCity = divisions.cityLevelUnitOf(d.unitId()).map(u -> u.id().equals(unit.id())).orElse(false);
            if (inCity && (year == null || d.year() == year)) {
                kept.add(d);
            } else {
                others++;
            }
        }
        if (kept.isEmpty()) {
            spec.commandLine().getErr().println(m.text("consolidate.none", input.toString(), unit.name(),
                    year == null ? "" : Integer.toString(year)));
            return ExitCodes.USAGE;
        }
        Consolidator consolidator = Consolidator.builder().rule(rule.build()).divisions(divisions).build();
        ConsolidationResult result = year == null ? consolidator.consolidate(unit.id(), kept)
                : consolidator.consolidate(unit.id(), year, kept);

        // The library's own file-name convention (the batch's and the submission package's): report ids are user text.
        FileNames.Unique names = new FileNames.Unique();
        Path cityFile = out.resolve(names.claim("", unit.id() + "-" + result.year(), "json"));
        createDirectories(out);
        json.write(result.cityDataset(), cityFile);
        Path groupsFile = out.resolve(names.claim("", unit.id() + "-" + result.year() + "-groups", "json"));
        json.write(result.decisions(), groupsFile);
        Locale lang = m.locale();
        stdout.println(m.text("consolidate.header", unit.name(), unit.id(), Integer.toString(result.year()),
                CliMessages.count(kept.size()), CliMessages.count(others), CliMessages.count(result.groups().size())));
        DocxExporter exporter = new DocxExporter();
        for (ChainGroup g : result.groups()) {
            stdout.println(m.text("consolidate.group", g.chainId(), g.chainName(), CliMessages.count(g.members().size())));
            for (ChainMember member : g.members()) {
                stdout.println(m.text("consolidate.member", member.unitId(), member.unitName(), member.chainName(),
                        member.chainId()));
            }
            for (GroupReason reason : g.reasons()) {
                stdout.println(m.text("consolidate.reason", reason.member().unitName(), reason.member().chainName(),
                        reason.matchedWith().unitName(), reason.matchedWith().chainName(), reason.decision().explain(lang)));
            }
            if (g.reportId() != null) {
                ResearchReport report = result.cityDataset().reports().stream()
                        .filter(r -> r.id().equals(g.reportId())).findFirst().orElseThrow();
                Path docx = out.resolve(names.claim("", report.id(), "docx"));
                ReportCommand.write(exporter, ExportRequest.of(result.cityDataset(), report), docx);
                stdout.println(m.text("consolidate.wrote", docx.toString()));
            } else {
                stdout.println(m.text("consolidate.noReport"));
            }
        }
        for (LeftAlone alone : result.leftAlone()) {
            stdout.println(m.text("consolidate.alone", alone.chain().unitId(), alone.chain().unitName(),
                    alone.chain().chainName(), alone.reason().displayName(lang)));
            for (GroupReason veto : alone.vetoes()) {
                stdout.println(m.text("consolidate.veto", veto.matchedWith().unitName(), veto.matchedWith().chainName(),
                        veto.decision().explain(lang)));
            }
        }
        stdout.println(m.text("consolidate.wroteCity", cityFile.toString()));
        stdout.println(m.text("consolidate.wroteGroups", groupsFile.toString()));
        stdout.flush();
        return directory.skipped() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static void createDirectories(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new NotDirectoryException(dir.toString());
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CountyChainIOException(dir.toString(), e);
        }
    }
}
