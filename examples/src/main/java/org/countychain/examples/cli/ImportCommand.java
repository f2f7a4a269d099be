package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.json.CountyChainJson;
import org.countychain.export.excel.ImportResult;
import org.countychain.export.excel.RowError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain import 企业名单.xlsx --out DIR}: imports an enterprise list (.xlsx or CSV), writes the accepted
 * enterprises as JSON and, when rows were rejected, the error workbook; prints each row error, the sheets read and
 * skipped, and the counts. {@code --sheet} reads one sheet only (see {@link SheetOptions}).
 * Exit code 0 when every row was accepted, 1 when some were rejected, 2 when the file was refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "countychain.import.file")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    private Path out;

    @Mixin
    private SheetOptions sheets;

    @Override
    public Integer call() {
        CliMessages m = parent.messages();
        ImportResult result = sheets.importer(m).importFile(file);
        String base = String.valueOf(file.getFileName()).replaceFirst("\\.[^.]*$", "");
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new NotDirectoryException(out.toString());
            }
            Files.createDirectories(out);
            Path json = out.resolve(base + "-enterprises.json");
            CountyChainJson.defaults().write(result.enterprises(), json);
            stdout.println(m.text("import.wrote", json.toString()));
            if (!result.isClean()) {
                Path errors = out.resolve(base + "-errors.xlsx");
                result.writeErrorWorkbook(errors, m.locale());
                stdout.println(m.text("import.wroteErrors", errors.toString()));
            }
        } catch (IOException e) {
            throw new CountyChainIOException(out.toString(), e);
        }
        for (RowError e : result.errors()) {
            stdout.println(e.describe(m.locale()));
        }
        SheetOptions.report(result, SheetOptions.isCsv(String.valueOf(file.getFileName())), m)
                .forEach(stdout::println);
        stdout.println(m.text("import.counts", Long.toString(result.rowsRead()),
                Long.toString(result.rowsAccepted()), Long.toString(result.rowsRejected()),
                Long.toString(result.enterprises().size())));
        result.unknownColumns().forEach(u -> stdout.println(u.describe(m.locale())));
        stdout.flush();
        return result.isClean() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
