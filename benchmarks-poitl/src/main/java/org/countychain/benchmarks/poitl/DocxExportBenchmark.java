package org.countychain.benchmarks.poitl;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.countychain.export.model.ExportRequest;

/**
 * The Word export of the sample report ({@code rows = 0}) and of the same with a 5,000-row appendix
 * ({@code rows = 5000}), side by side: the library ({@code library}), poi-tl 1.12.2 on an equivalent template
 * ({@code poiTl}) and the floor ({@code floor}: the same parts written straight into a zip). Each writes to a stream
 * that discards the bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
@State(Scope.Benchmark)
public class DocxExportBenchmark {
    @Param({"0", "5000"})
    public int rows;

    private ExportRequest request;
    private PoiTl poiTl;
    private Floor floor;

    /** Builds the inputs, never timed. */
    @Setup(Level.Trial)
    public void setUp() {
        request = rows == 0 ? Documents.sample() : Documents.withAppendix(rows);
        poiTl = new PoiTl(request);
        floor = new Floor(request);
    }

    /**
     * The library.
     *
     * @return the stream, so nothing is optimised away
     */
    @Benchmark
    public OutputStream library() {
        OutputStream out = OutputStream.nullOutputStream();
        Documents.library(request, out);
        return out;
    }

    /**
     * poi-tl.
     *
     * @return the stream
     */
    @Benchmark
    public OutputStream poiTl() {
        OutputStream out = OutputStream.nullOutputStream();
        poiTl.write(out);
        return out;
    }

    /**
     * The floor.
     *
     * @return the stream
     */
    @Benchmark
    public OutputStream floor() {
        OutputStream out = OutputStream.nullOutputStream();
        floor.write(out);
        return out;
    }
}
