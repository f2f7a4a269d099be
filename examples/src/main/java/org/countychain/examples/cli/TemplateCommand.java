package org.countychain.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.countychain.CountyChainIOException;
import org.countychain.export.excel.ImportTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain template --out 企业导入模板.xlsx}: writes the blank enterprise import template.
 */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Override
    public Integer call() {
        try {
            ImportTemplate.write(out);
        } catch (IOException e) {
            throw new CountyChainIOException(out.toString(), e);
        }
        spec.commandLine().getOut().println(parent.messages().text("template.wrote", out.toString()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
