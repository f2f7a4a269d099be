package org.countychain.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.countychain.CountyChainException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.dataset.CountyDataset;
import org.countychain.sample.SampleCounty;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code countychain} command (命令行工具): {@code java -jar countychain-examples.jar <command> [options]}.
 *
 * <pre>{@code
 * countychain demo --out out            # writes out/jinjiang-2024.json and prints a summary in Chinese
 * countychain --lang en demo --out out  # the same in English
 * countychain screen out/jinjiang-2024.json --out out/screening   # the notice's rules; lists as JSON files
 * }</pre>
 *
 * <p>Exit codes are those of {@link ExitCodes}. Usage errors and the library's errors ({@link CountyChainException},
 * printed with their code such as {@code [CC-9001]}) go to standard error, results to standard output.
 */
@Command(name = "countychain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class CountyChainCli implements Callable<Integer> {
    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";
    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";
    /**
     * The subcommands, in the order the usage lists them. Picocli reflects over each one it is given, so a run
     * registers only the one it names, and all of them only when it names none it knows (usage, help, a typo).
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(DemoCommand.class, ReportCommand.class,
            ValidateCommand.class, ScreenCommand.class, ImportCommand.class, TemplateCommand.class,
            ConsolidateCommand.class, PackageCommand.class, CoverageCommand.class, BatchCommand.class,
            MatchCommand.class, ReadReportCommand.class);
    /**
     * Hibernate Validator's logger, held so that its level stays set (the JDK keeps loggers only weakly): it announces
     * its version at INFO, and a command line wants only results on standard error.
     */
    private static final java.util.logging.Logger HIBERNATE_VALIDATOR =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    // Declared so that picocli validates it and lists it in every command's help; the language in effect is
    // found before parsing (Language.of), so that help and usage errors are already in that language.
    @Option(names = Language.OPTION, scope = ScopeType.INHERIT, paramLabel = "zh|en", defaultValue = "zh")
    @SuppressWarnings("UnusedVariable") // picocli sets it; nothing reads it (see above)
    private Language language;

    private final CliMessages messages;
    private final Supplier<CountyDataset> sampleCounty;
    private final boolean stderrIsTerminal;
    private CommandLine commandLine;

    private CountyChainCli(Language language, Supplier<CountyDataset> sampleCounty, boolean stderrIsTerminal) {
        this.messages = new CliMessages(language);
        this.sampleCounty = sampleCounty;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    /**
     * Runs the tool on the console and exits the JVM with the command's exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // POI (which reads reference documents) logs through the Log4j API; without a Log4j implementation on the
        // class path the API prints an error of its own to standard error. Its built-in simple logger prints POI's
        // real errors only.
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // Hibernate Validator logs through JBoss Logging, which otherwise looks for a logging back-end on the class path
        // and settles on POI's Log4j API: some 100 classes and a tenth of the validator's start. The JDK's logging is
        // already loaded; at SEVERE it prints what the Log4j simple logger printed (errors only).
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "jdk");
            HIBERNATE_VALIDATOR.setLevel(java.util.logging.Level.SEVERE);
        }
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        // Java cannot ask whether standard error alone is a terminal; a console means an interactive session.
        int exitCode = run(out, err, SampleCounty::jinjiang, isInteractive(), args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Whether the session is interactive. Up to Java 21 {@code System.console()} is {@code null} unless both
     * standard input and output are a terminal; from Java 22 on it is never {@code null}, and only its
     * {@code isTerminal()} (not in the Java 17 API, so looked up) says so.
     */
    @SuppressWarnings("SystemConsoleNull") // the null test is for Java 17 to 21; isTerminal() for 22 on
    private static boolean isInteractive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Runs the tool in-process, for embedding and tests: nothing is read from or written to the console.
     *
     * @param out  where results go (standard output)
     * @param err  where errors go (standard error)
     * @param args the command line
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, SampleCounty::jinjiang, args);
    }

    /**
     * Runs the tool with another sample county, for tests.
     *
     * @param out          standard output
     * @param err          standard error
     * @param sampleCounty the county {@code demo} writes
     * @param args         the command line
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, Supplier<CountyDataset> sampleCounty, String... args) {
        return run(out, err, sampleCounty, false, args);
    }

    private static int run(PrintWriter out, PrintWriter err, Supplier<CountyDataset> sampleCounty,
                           boolean stderrIsTerminal, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        CountyChainCli cli = new CountyChainCli(Language.of(List.of(args)), sampleCounty, stderrIsTerminal);
        CommandLine cl = new CommandLine(cli);
        // Before the settings below, which apply to the subcommands present when they are made.
        Class<?> named = SUBCOMMANDS.get(subcommandName(args));
        for (Class<?> subcommand : named != null ? List.of(named) : SUBCOMMANDS.values()) {
            cl.addSubcommand(subcommand);
        }
        cl.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
                .setResourceBundle(cli.messages.bundle())
                .setParameterExceptionHandler(cli::usageError)
                .setExecutionExceptionHandler((e, command, parseResult) -> cli.failure(e, command));
        cli.commandLine = cl;
        int exitCode;
        try {
            exitCode = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // What filled the heap is unreachable once the command has unwound to here, so there is room to say so.
            exitCode = cli.outOfMemory(err);
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    /**
     * The first argument that is not an option nor the value of {@code --lang}: the subcommand's name when the
     * command line has one; {@code null} when it has none.
     */
    static String subcommandName(String... args) {
        String previous = null;
        for (String arg : args) {
            if (!arg.startsWith("-") && !Language.OPTION.equals(previous)) {
                return arg;
            }
            previous = arg;
        }
        return null;
    }

    /** Without a subcommand there is nothing to do: say so, show the usage, and fail as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = commandLine.getErr();
        err.println(messages.text("error.noCommand"));
        commandLine.usage(err);
        return ExitCodes.USAGE;
    }

    CliMessages messages() {
        return messages;
    }

    /** Whether standard error is a terminal, so progress may rewrite one line in place. */
    boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    CountyDataset sampleCounty() {
        return sampleCounty.get();
    }

    private int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(messages.text("error.usage", describe(e)));
        err.println(messages.text("error.usage.hint", e.getCommandLine().getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }

    private String describe(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return messages.text("error.unmatched", u.getUnmatched().stream()
                    .map(a -> "'" + a + "'").collect(Collectors.joining(" ")));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return messages.text("error.missing", m.getMissing().stream()
                    .map(CountyChainCli::name).collect(Collectors.joining(" ")));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return messages.text("error.invalidValue", name(e.getArgSpec()), e.getValue());
        }
        // Picocli's own description, in English, for the rarer cases.
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /**
     * The heap was too small: {@code [CC-9005]} with the heap's size and a larger {@code -Xmx} to try, no stack trace
     * (where the allocation failed says nothing to the user), exit code {@link ExitCodes#OUT_OF_MEMORY}.
     */
    private int outOfMemory(PrintWriter err) {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long suggestedMb = Math.max(1024, Long.highestOneBit(Math.max(1, heapMb)) * 4);
        InvalidInputException report = new InvalidInputException(ErrorCode.OUT_OF_MEMORY, Location.NOWHERE,
                List.of(Long.toString(heapMb), Long.toString(suggestedMb)), null);
        err.println(messages.text("error.library", report.getMessage(messages.locale())));
        err.flush();
        return ExitCodes.OUT_OF_MEMORY;
    }

    private int failure(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        if (e instanceof CountyChainException cc) {
            err.println(messages.text("error.library", cc.getMessage(messages.locale())));
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println(messages.text("error.internal", String.valueOf(e)));
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * The charset of the console: the JVM's choice when it can print Chinese, UTF-8 otherwise (a POSIX locale
     * gives ASCII, which would turn every Chinese character into {@code ?}).
     */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset charset = Charset.defaultCharset();
        if (name != null && Charset.isSupported(name)) {
            charset = Charset.forName(name);
        }
        return charset.newEncoder().canEncode('县') ? charset : StandardCharsets.UTF_8;
    }
}
