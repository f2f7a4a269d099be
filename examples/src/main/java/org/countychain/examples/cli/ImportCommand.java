package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.countychain.CountyChainIOException;
import org.countychain.io.OutputFiles;
import org.countychain.json.CountyChainJson;
import org.countychain.export.excel.SpooledImport;
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
 *
 * <p>The import is spooled ({@link org.countychain.export.excel.EnterpriseImporter#importSpooled(Path)}): the
 * enterprises wait in temporary files and are written to the JSON file one by one, so that the heap needed does not
 * grow with the number of enterprises.
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
        try (SpooledImport result = sheets.importer(m).importSpooled(file)) {
            return report(result, m);
        }
    }

    private Integer report(SpooledImport result, CliMessages m) {
        String base = String.valueOf(file.getFileName()).replaceFirst("\\.[^.]*$", "");
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new NotDirectoryException(out.toString());
            }
            Files.createDirectories(out);
            Path json = out.resolve(base + "-enterprises.json");
            writeEnterprises(result, json);
            stdout.println(m.text("import.wrote", json.toString()));
            if (!result.isClean()) {
                Path errors = out.resolve(base + "-errors.xlsx");
                result.writeErrorWorkbook(errors, m.locale());
                stdout.println(m.text("import.wroteErrors", errors.toString()));
            }
        } catch (IOException e) {
            throw new CountyChainIOException(out.toString(), e);
        }
        // every row's errors, read back from the spool one row at a time
        result.forEachRejectedRow(r -> r.errors().forEach(e -> stdout.println(e.describe(m.locale()))));
        SheetOptions.report(result.sheets(), result.skippedSheets(),
                SheetOptions.isCsv(String.valueOf(file.getFileName())), m).forEach(stdout::println);
        stdout.println(m.text("import.counts", Long.toString(result.rowsRead()),
                Long.toString(result.rowsAccepted()), Long.toString(result.rowsRejected()),
                Long.toString(result.enterpriseCount())));
        result.unknownColumns().forEach(u -> stdout.println(u.describe(m.locale())));
        stdout.flush();
        return result.isClean() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /**
     * Writes the enterprises as {@code CountyChainJson.write(List<Enterprise>, Path)} writes the list, byte for byte,
     * but one enterprise at a time as they are read back from the spool: whole or not at all, as
     * {@link OutputFiles} writes.
     */
    static void writeEnterprises(SpooledImport result, Path json) {
        ObjectMapper mapper = CountyChainJson.defaults().mapper();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            OutputFiles.write(json, os -> {
                try (JsonGenerator generator = mapper.getFactory().createGenerator(os)) {
                    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    try (SequenceWriter array = mapper.writer(printer).writeValues(generator)) {
                        array.init(true);
                        result.forEachEnterprise(e -> {
                            try {
                                array.write(e);
                            } catch (IOException x) {
                                throw new UncheckedIOException(x);
                            }
                        });
                    }
                    generator.flush();
                    os.write('\n');
                    os.flush();
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw new CountyChainIOException(json.toString(), e.getCause());
        }
    }
}
