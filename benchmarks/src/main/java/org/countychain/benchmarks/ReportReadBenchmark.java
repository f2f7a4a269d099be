package org.countychain.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.countychain.export.docx.read.ReadResult;
import org.countychain.export.docx.read.ReportReader;

/**
 * Reading a research report of about twenty pages from Word ({@link ReportReader}), warm: the document is exported
 * once in the set-up and read from its bytes in each call.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReportReadBenchmark -f 1 -wi 3 -i 5 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportReadBenchmark {
    private byte[] docx;
    private ReportReader reader;

    /** Exports the document once. */
    @Setup
    public void setUp() {
        docx = TwentyPageReport.docx();
        reader = ReportReader.defaults();
    }

    /**
     * Reads the document.
     *
     * @return the result, so that the work is not optimised away
     */
    @Benchmark
    public ReadResult read() {
        return reader.read(docx, "twenty-pages.docx");
    }
}
