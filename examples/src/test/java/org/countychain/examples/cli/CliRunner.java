package org.countychain.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

import org.countychain.dataset.CountyDataset;

/**
 * The command-line tests' fixture: runs the real entry point in-process, standard output and error captured, line
 * ends made {@code \n} so that expected text reads the same on every system.
 */
final class CliRunner {
    private CliRunner() {
    }

    /**
     * What one run gave.
     *
     * @param exitCode the exit code
     * @param out      standard output
     * @param err      standard error
     */
    record Result(int exitCode, String out, String err) {
    }

    /**
     * Runs the real entry point, on the built-in sample county.
     *
     * @param args the command line
     * @return what it gave
     */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = CountyChainCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exitCode, unix(out), unix(err));
    }

    /**
     * Runs the real entry point on another sample county (one that fails, for the error paths).
     *
     * @param sample the county the commands that use the sample get
     * @param args   the command line
     * @return what it gave
     */
    static Result run(Supplier<CountyDataset> sample, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = CountyChainCli.run(new PrintWriter(out), new PrintWriter(err), sample, args);
        return new Result(exitCode, unix(out), unix(err));
    }

    private static String unix(StringWriter w) {
        return w.toString().replace(System.lineSeparator(), "\n");
    }
}
