package org.countychain.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.excel.ListsWorkbookWriter;
import org.countychain.export.excel.ScreeningWorkbook;
import org.countychain.export.model.ExportRequest;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.ValidationResult;

/**
 * The first calls of a fresh JVM on the built-in sample county, phase by phase, as an application meets them: the
 * JSON facade made, the sample read from its JSON, the validator built and its first validation, the rule engine
 * built and its first screening, the first Word export and the first Excel export (the screening's lists
 * workbook). Each phase is printed as wall time, the main thread's
 * CPU time (which the compiler's and collector's threads do not count in, so it varies less on a loaded machine) and
 * the classes it loaded ({@code jsonRead=812/331ms/678cl}), then the JVM's own start (before {@code main}). By
 * default the sample is read before the validator is created; with {@code --create-first} the validator is created
 * first and the sample read after it, as an application that builds its services at start and then reads its input
 * does (the command line's {@code validate}, a service's start): {@code CountyChainValidator.create()} bootstraps
 * Hibernate Validator on a background thread, which then overlaps the read; the line begins with the order used.
 * Run it
 * several times in new JVMs, with and without the JVM options a short run would use:
 *
 * <pre>{@code
 * for i in 1 2 3 4 5; do java -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.FirstCall; done
 * java -XX:ArchiveClassesAtExit=first.jsa -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.FirstCall
 * java -XX:SharedArchiveFile=first.jsa -XX:TieredStopAtLevel=1 -cp benchmarks/target/benchmarks.jar \
 *     org.countychain.benchmarks.FirstCall
 * }</pre>
 */
public final class FirstCall {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

    private final long start = System.nanoTime();
    private long wall = start;
    private long cpu = THREADS.getCurrentThreadCpuTime();
    private long loaded = CLASSES.getTotalLoadedClassCount();
    private final StringBuilder line = new StringBuilder();

    private FirstCall() {
    }

    /**
     * Runs the phases and prints one line.
     *
     * @param args ignored
     * @throws IOException when the sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        long beforeMain = ManagementFactory.getRuntimeMXBean().getUptime();
        boolean createFirst = args.length > 0 && "--create-first".equals(args[0]);
        if (args.length > (createFirst ? 1 : 0)) {
            throw new IllegalArgumentException("usage: FirstCall [--create-first]");
        }
        FirstCall t = new FirstCall();
        CountyChainValidator validator = null;
        if (createFirst) {
            validator = CountyChainValidator.create();
            t.phase("validatorCreate");
        }
        CountyChainJson json = CountyChainJson.defaults();
        t.phase("jsonFacade");
        CountyDataset county;
        try (InputStream in = SampleCounty.jinjiangJson()) {
            county = json.readCountyDataset(in, "jinjiang-2024.json");
        }
        t.phase("jsonRead");
        if (validator == null) {
            validator = CountyChainValidator.create();
            t.phase("validatorCreate");
        }
        ValidationResult result = validator.validate(county);
        t.phase("firstValidate");
        long libraryValidate = t.sinceStart();
        RuleEngine engine = RuleEngine.defaults();
        ScreeningResult screening = engine.screen(county);
        t.phase("firstScreen");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxExporter().write(ExportRequest.of(county, county.reports().get(0)), docx);
        t.phase("firstDocx");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ListsWorkbookWriter.write(ScreeningWorkbook.sheets(screening, Locale.SIMPLIFIED_CHINESE), xlsx);
        t.phase("firstXlsx");
        validator.validate(county);
        t.phase("secondValidate");
        PrintStream out = System.out;
        out.printf("order=%s jvmBeforeMain=%dms %s json+validate=%.0fms violations=%d findings=%d docx=%dB xlsx=%dB%n",
                createFirst ? "create-read" : "read-create", beforeMain, t.line, libraryValidate / 1e6,
                result.violations().size(), screening.findings().size(), docx.size(), xlsx.size());
        validator.close();
    }

    private long sinceStart() {
        return System.nanoTime() - start;
    }

    private void phase(String name) {
        long w = System.nanoTime();
        long c = THREADS.getCurrentThreadCpuTime();
        long l = CLASSES.getTotalLoadedClassCount();
        line.append(String.format("%s=%.0f/%.0fms/%dcl ", name, (w - wall) / 1e6, (c - cpu) / 1e6, l - loaded));
        wall = w;
        cpu = c;
        loaded = l;
    }
}
