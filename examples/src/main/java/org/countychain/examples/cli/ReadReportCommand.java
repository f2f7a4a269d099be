package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.export.docx.read.ReadFinding;
import org.countychain.io.OutputFiles;
import org.countychain.export.docx.read.ReadResult;
import org.countychain.export.docx.read.ReportReader;
import org.countychain.export.docx.read.UnplacedBlock;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportTemplate;
import org.countychain.report.TemplateItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain read-report FILE.docx|DIR [--edition ID] [--out FILE.json|DIR] [--images DIR]}: reads research
 * reports written in Word into the library's report (JSON), and prints what was recognised and what was not: the
 * template items found and missing, each finding with its position in the document, the content that belongs to no
 * item, and the required items left empty. A directory is read file by file ({@code *.docx} directly in it); a file
 * that cannot be read is named with its code and the others are read. Exit code 0 when every document was read
 * cleanly, 1 when something was not recognised or a file was refused in a directory, 2 when the one file given is
 * refused.
 */
@Command(name = "read-report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ReadReportCommand implements Callable<Integer> {

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|DIR", descriptionKey = "countychain.read-report.file")
    private Path input;

    @Option(names = "--out", paramLabel = "FILE|DIR", descriptionKey = "countychain.read-report.out")
    private Path out;

    @Option(names = "--edition", paramLabel = "ID", descriptionKey = "countychain.read-report.edition")
    private String edition;

    @Option(names = "--images", paramLabel = "DIR", descriptionKey = "countychain.read-report.images")
    private Path images;

    @Option(names = "--year", paramLabel = "N", descriptionKey = "countychain.read-report.year")
    private Integer year;

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ReportReader reader = reader(edition, year);
        if (!Files.isDirectory(input)) {
            ReadResult r = reader.read(input);
            print(r, m, stdout);
            if (out != null) {
                write(r, out, m, stdout);
            }
            writeImages(r, images, m, stdout);
            return r.isClean() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
        boolean clean = true;
        for (Path file : docxFiles(input)) {
            ReadResult r;
            try {
                r = reader.read(file);
            } catch (CountyChainException e) {
                stderr.println(m.text("directory.skipped", e.getMessage(m.locale())));
                clean = false;
                continue;
            }
            print(r, m, stdout);
            clean &= r.isClean();
            if (out != null) {
                write(r, out.resolve(baseName(file) + ".json"), m, stdout);
            }
            writeImages(r, images == null ? null : images.resolve(baseName(file)), m, stdout);
        }
        stdout.flush();
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    static ReportReader reader(String edition, Integer year) {
        ReportReader reader = ReportReader.defaults();
        if (edition != null) {
            reader = reader.withEdition(edition);
        }
        if (year != null) {
            reader = reader.withIdentity(null, null, null, year);
        }
        return reader;
    }

    /** The {@code *.docx} files directly in a directory, in name order (Word's lock files {@code ~$…} left out). */
    static List<Path> docxFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.{docx,DOCX,Docx}")) {
            for (Path p : s) {
                if (!String.valueOf(p.getFileName()).startsWith("~$") && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new CountyChainIOException(dir.toString(), e);
        }
        files.sort(null);
        return files;
    }

    static String baseName(Path file) {
        return String.valueOf(file.getFileName()).replaceFirst("\\.[^.]*$", "");
    }

    /** What was recognised and what was not, one block per document. */
    static void print(ReadResult r, CliMessages m, PrintWriter out) {
        Locale locale = m.locale();
        ReportTemplate template = r.template();
        var report = r.report();
        out.println(m.text("readReport.summary", r.source(), report.unitName(), report.unitId(), report.chainName(),
                Integer.toString(report.year()), Integer.toString(r.recognised().size()),
                Integer.toString(template.items().size()), Integer.toString(r.unplaced().size()),
                Integer.toString(r.findings().size())));
        out.println(m.text("readReport.recognised", r.recognised().isEmpty() ? "—" : String.join(" ", r.recognised())));
        List<String> notFound = template.items().stream().map(TemplateItem::id)
                .filter(id -> !r.recognised().contains(id)).toList();
        if (!notFound.isEmpty()) {
            out.println(m.text("readReport.notFound", String.join(" ", notFound)));
        }
        for (ReadFinding f : r.findings()) {
            out.println("  " + f.describe(locale));
        }
        for (UnplacedBlock u : r.unplaced()) {
            out.println(m.text("readReport.unplaced", u.position().describe(locale), kind(u.block(), m)));
        }
        List<String> missing = r.missingRequiredItems();
        if (!missing.isEmpty()) {
            out.println(m.text("readReport.missingRequired", String.join(" ", missing)));
        }
    }

    private static String kind(ContentBlock b, CliMessages m) {
        String key = b instanceof ContentBlock.Table ? "readReport.kind.table"
                : b instanceof ContentBlock.Figure ? "readReport.kind.figure" : "readReport.kind.paragraph";
        return m.text(key);
    }

    private static void write(ReadResult r, Path file, CliMessages m, PrintWriter out) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            CountyChainJson.defaults().write(r.report(), file);
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
        out.println(m.text("readReport.wrote", file.toString()));
    }

    private static void writeImages(ReadResult r, Path dir, CliMessages m, PrintWriter out) {
        if (dir == null || r.images().isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            for (var e : r.images().entrySet()) {
                // Names come from the document: only the last path segment is used, so nothing lands outside DIR.
                String name = e.getKey().replaceAll(".*[/\\\\]", "");
                byte[] bytes = e.getValue();
                OutputFiles.write(dir.resolve(name.isBlank() || name.startsWith(".") ? "image" : name), stream -> {
                    stream.write(bytes);
                    return null;
                });
            }
        } catch (IOException e) {
            throw new CountyChainIOException(dir.toString(), e);
        }
        out.println(m.text("readReport.wroteImages", Integer.toString(r.images().size()), dir.toString()));
    }
}
