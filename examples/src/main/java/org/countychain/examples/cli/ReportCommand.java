package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.dataset.CountyDataset;
import org.countychain.io.OutputFiles;
import org.countychain.export.ReportExporters;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.docx.ReferenceDocument;
import org.countychain.export.model.ExportMode;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.export.spi.ReportExporter;
import org.countychain.json.CountyChainJson;
import org.countychain.privacy.PersonalData;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ResearchReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain report FILE.json --out report.docx [--appendix service,priority,anomalies,cultivation]
 * [--reference-docx F] [--report ID] [--submission] [--format ID] [--images DIR]}: exports a county data set's research report as
 * a Word document in the GB/T 9704 format, or in another format an exporter plug-in on the class path provides.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json")
    private Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx")
    private Path out;

    @Option(names = "--appendix", split = ",", paramLabel = "LIST")
    private List<String> appendices = new ArrayList<>();

    @Option(names = "--reference-docx", paramLabel = "FILE")
    private Path referenceDocx;

    @Option(names = "--report", paramLabel = "ID")
    private String reportId;

    @Option(names = "--submission")
    private boolean submission;

    @Option(names = "--format", paramLabel = "ID", defaultValue = DocxExporter.FORMAT_ID)
    private String format;

    @Option(names = "--images", paramLabel = "DIR")
    private Path images;

    /** Personal data (contacts' phone numbers) is masked unless this is given. */
    @Option(names = "--show-personal-data")
    private boolean showPersonalData;

    /** The largest picture read for an IMAGE figure. */
    static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        CountyDataset county = CountyChainJson.defaults().readCountyDataset(input);
        ResearchReport report = county.reports().stream()
                .filter(r -> reportId == null || r.id().equals(reportId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(ErrorCode.UNKNOWN_REFERENCE,
                        new Location(input.toString(), 0, 0, "reports"), List.of("report",
                        reportId == null ? "(none)" : reportId), null));
        List<NoticeAppendix> chosen = new ArrayList<>();
        for (String a : appendices) {
            chosen.add(NoticeAppendix.byId(a).orElseThrow(() -> new InvalidInputException(ErrorCode.OUT_OF_RANGE,
                    "--appendix", a, "service, priority, anomalies, cultivation")));
        }
        ReportExporter exporter;
        if (DocxExporter.FORMAT_ID.equalsIgnoreCase(format)) {
            DocxExporter.Builder docx = DocxExporter.builder();
            if (referenceDocx != null) {
                docx.referenceDocument(ReferenceDocument.read(referenceDocx));
            }
            exporter = docx.build();
        } else {
            // Any other format a plug-in on the class path provides, such as the example Markdown exporter.
            exporter = ReportExporters.discover(ReportCommand.class.getClassLoader()).require(format);
        }
        ExportRequest.Builder builder = ExportRequest.builder(report).dataset(county).noticeAppendices(chosen)
                .mode(submission ? ExportMode.SUBMISSION : ExportMode.DRAFT)
                .personalData(showPersonalData ? PersonalData.FULL : PersonalData.MASKED);
        if (images != null) {
            addImages(builder, report, images);
        }
        ExportRequest request = builder.build();
        ExportResult result = write(exporter, request, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(m.text("report.wrote", out.toString(), report.id()));
        if (result.removedCharacters() > 0) {
            stdout.println(m.text("report.removed", CliMessages.count(result.removedCharacters())));
        }
        result.warnings().forEach(w -> stdout.println(m.text("report.warning", w)));
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * Reads the picture each IMAGE figure names from the directory. Names are taken as file names inside it; a name
     * that points outside (absolute, or with {@code ..}) is not read, and the figure then prints as missing.
     */
    private static void addImages(ExportRequest.Builder builder, ResearchReport report, Path dir) {
        Path base = dir.toAbsolutePath().normalize();
        for (var item : report.items()) {
            for (var block : item.blocks()) {
                if (block instanceof ContentBlock.Figure f && f.kind() == FigureKind.IMAGE) {
                    Path file = base.resolve(f.image()).normalize();
                    try {
                        if (file.startsWith(base) && Files.isRegularFile(file) && Files.size(file) <= MAX_IMAGE_BYTES) {
                            builder.image(f.image(), Files.readAllBytes(file));
                        }
                    } catch (IOException e) {
                        throw new CountyChainIOException(file.toString(), e);
                    } catch (java.nio.file.InvalidPathException e) {
                        // Not a file name on this system: the figure prints as missing, with a warning.
                    }
                }
            }
        }
    }

    /**
     * Writes the document whole or not at all ({@link OutputFiles}): a failure leaves no half file and an existing
     * file as it was; a symbolic link, a FIFO or a device at the path is written through, never replaced.
     */
    static ExportResult write(ReportExporter exporter, ExportRequest request, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
        return OutputFiles.write(file, os -> exporter.write(request, os));
    }
}
