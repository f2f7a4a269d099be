package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.ExportRequest;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain demo --out DIR}: writes the built-in sample county (晋江市) as JSON and its research report as
 * a Word document into a directory, and prints a one-screen summary of it.
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

    /**
     * The name of the file the sample county's first report is written to.
     *
     * @param county the sample county
     * @return for example {@code jinjiang-2024-report.docx}
     */
    static String reportFileName(CountyDataset county) {
        return "jinjiang-" + county.year() + "-report.docx";
    }

    /**
     * The name of the sample county's lists workbook.
     *
     * @param county the sample county
     * @return for example {@code jinjiang-2024-lists.xlsx}
     */
    static String listsFileName(CountyDataset county) {
        return "jinjiang-" + county.year() + "-lists.xlsx";
    }

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        Path dir = directory(out);
        CountyDataset county = parent.sampleCounty();
        Path file = dir.resolve(fileName(county));
        CountyChainJson.defaults().write(county, file);

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(m.text("demo.wrote", file.toString()));
        if (!county.reports().isEmpty()) {
            ResearchReport report = county.reports().get(0);
            Path docx = dir.resolve(reportFileName(county));
            ReportCommand.write(new DocxExporter(), ExportRequest.of(county, report), docx);
            stdout.println(m.text("demo.wroteReport", docx.toString()));
        }
        Path lists = dir.resolve(listsFileName(county));
        ListsWorkbook.write(RuleEngine.defaults().screen(ScreeningInput.of(county)), List.of(county), null,
                m.locale(), lists);
        stdout.println(m.text("demo.wroteLists", lists.toString()));
        stdout.println();
        DatasetSummary.of(county, ReportTemplates.builtIn()).lines(m).forEach(stdout::println);
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * The output directory, created when missing. A file where the directory or one of its parents should be is
     * the user's mistake, said clearly rather than with the operating system's words.
     */
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
