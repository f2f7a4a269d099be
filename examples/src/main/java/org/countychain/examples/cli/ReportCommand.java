package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 * {@code countychain report FILE.json --out report.docx [--appendix service,priority,anomalies,cultivation,bottlenecks,teams,visits,chain,platforms,achievements,watchlist,demands]
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
                    "--appendix", a, java.util.Arrays.stream(NoticeAppendix.values()).map(NoticeAppendix::id)
                    .collect(java.util.stream.Collectors.joining(", ")))));
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
            addImages(builder, report, images, m);
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
     * that points outside (absolute, with {@code ..}, or through a symbolic link whose real path is outside the
     * directory's real path) or that is no file name on this system (a NUL character) is not read: a warning names
     * it on standard error and the figure prints as missing.
     */
    private void addImages(ExportRequest.Builder builder, ResearchReport report, Path dir, CliMessages m) {
        Path base = dir.toAbsolutePath().normalize();
        Path realBase;
        try {
            realBase = base.toRealPath();
        } catch (IOException e) {
            throw new CountyChainIOException(dir.toString(), e);
        }
        PrintWriter stderr = spec.commandLine().getErr();
        for (var item : report.items()) {
            for (var block : item.blocks()) {
                if (block instanceof ContentBlock.Figure f && f.kind() == FigureKind.IMAGE) {
                    String refused = readImage(builder, f.image(), base, realBase);
                    if (refused != null) {
                        stderr.println(m.text("report.imageRefused", printable(f.image()), m.text(refused,
                                dir.toString())));
                    }
                }
            }
        }
        stderr.flush();
    }

    /** Reads one picture; the message key of why it was not read, or null (read, or simply missing). */
    private static String readImage(ExportRequest.Builder builder, String name, Path base, Path realBase) {
        Path file;
        try {
            file = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return "report.image.badName";
        }
        if (!file.startsWith(base) || file.equals(base)) {
            return "report.image.outside";
        }
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            // The real path, links resolved: a link inside the folder to a file outside it is not followed.
            Path real = file.toRealPath();
            if (!real.startsWith(realBase)) {
                return "report.image.link";
            }
            if (Files.size(real) <= MAX_IMAGE_BYTES) {
                builder.image(name, Files.readAllBytes(real));
            }
            return null;
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
    }

    /** A name as it can be printed: control characters (a NUL) shown as {@code \\uXXXX}. */
    private static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
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
