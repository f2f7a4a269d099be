package org.countychain.export.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.consolidation.Consolidator;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Divisions;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.ExportMode;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.spi.ReportExporter;
import org.jspecify.annotations.Nullable;

/**
 * The province batch (全省批量导出): exports every county-level unit's research reports of a
 * {@link ProvinceDataset} and, per city-level unit, the reports consolidated from its counties' repeating chains
 * (R3, {@link Consolidator}), in parallel, to a directory or the caller's storage, with progress events,
 * cancellation and a result that lists every file (path, size, SHA-256) and every failure. One report (or one
 * city's consolidation) that fails never stops the others. Immutable and thread-safe; one batch may run many times.
 *
 * <pre>{@code
 * ProvinceBatch batch = ProvinceBatch.builder()
 *         .outputDirectory(Path.of("out"))
 *         .mode(ExportMode.DRAFT)
 *         .parallelism(2)
 *         .progressListener(e -> log.info("{}/{} {}", e.done(), e.total(), e.item().path()))
 *         .build();
 * BatchResult result = batch.run(SyntheticProvince.generate(42L, SyntheticProvince.Scale.PROVINCE));
 * result.files();       // 350500-泉州市/350582-晋江市/350582-晋江市-纺织鞋服.docx, …,
 *                       // 350500-泉州市/350500-泉州市-纺织鞋服.docx (a city report), …
 * result.failures();    // each with its CountyChainException and CC- code
 * }</pre>
 *
 * <p>Output is deterministic: the plan (which file, which path) is made in the calling thread before any export
 * runs, and every exporter writes the same bytes for the same request, so equal input gives equal files, names and
 * result lists whatever the parallelism. Threads: with {@link Builder#executor(Executor)} the caller's executor runs
 * the work and is never shut down; without it the batch makes a pool of {@link Builder#parallelism(int)} threads and
 * shuts it down when the work ends.
 *
 * @since 0.1.0
 */
public final class ProvinceBatch {
    private final List<ReportExporter> exporters;
    private final ExportMode mode;
    private final UnaryOperator<ExportRequest.Builder> requests;
    private final BatchSink sink;
    private final @Nullable Executor executor;
    private final int parallelism;
    private final BatchProgressListener listener;
    private final Divisions divisions;
    private final @Nullable Consolidator consolidator;

    private ProvinceBatch(Builder b, BatchSink sink) {
        this.exporters = List.copyOf(b.exporters.isEmpty() ? List.of(new DocxExporter()) : b.exporters);
        this.mode = b.mode;
        this.requests = b.requests;
        this.sink = sink;
        this.executor = b.executor;
        this.parallelism = b.parallelism;
        this.listener = b.listener;
        this.divisions = b.divisions != null ? b.divisions : Divisions.fujian();
        this.consolidator = !b.cityReports ? null
                : b.consolidator != null ? b.consolidator : Consolidator.builder().divisions(divisions).build();
    }

    /**
     * A builder.
     *
     * @return a new builder: Word (.docx), draft mode, no output yet, as many threads as processors
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Plans the batch in the calling thread (every county report, each city's consolidation and its reports, every
     * path), prepares the output, and starts the exports on the worker threads.
     *
     * @param province the province's data
     * @return the running batch
     * @throws CountyChainIOException when the output cannot be prepared (nothing is written then)
     */
    public BatchRun start(ProvinceDataset province) {
        Objects.requireNonNull(province, "province");
        long startNanos = System.nanoTime();
        BatchPlan plan = new BatchPlan(exporters, divisions);
        plan.counties(province);
        if (consolidator != null) {
            plan.cities(province, consolidator);
        }
        try {
            sink.prepare();
        } catch (IOException e) {
            throw new CountyChainIOException(sink instanceof DirectorySink d ? d.root().toString() : "sink", e);
        }
        BatchRun run = new BatchRun(startNanos, plan.steps(), mode, requests, sink, listener);
        if (executor != null) {
            run.launch(executor, parallelism, false);
        } else {
            int threads = Math.max(1, Math.min(parallelism, plan.steps().size()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
            run.launch(pool, threads, true);
        }
        return run;
    }

    /**
     * Runs the batch and waits for it: {@code start(province).join()}.
     *
     * @param province the province's data
     * @return the result
     * @throws CountyChainIOException when the output cannot be prepared
     * @throws BatchException         when the progress listener threw or the thread was interrupted
     */
    public BatchResult run(ProvinceDataset province) {
        return start(province).join();
    }

    /** Names the default pool's threads, so a thread dump shows whose they are. */
    private static final class Workers implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "countychain-batch-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(false);
            return t;
        }
    }

    /**
     * Builds a {@link ProvinceBatch}. The output ({@link #outputDirectory(Path)} or {@link #sink(BatchSink)}) is
     * required.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<ReportExporter> exporters = new ArrayList<>();
        private ExportMode mode = ExportMode.DRAFT;
        private UnaryOperator<ExportRequest.Builder> requests = UnaryOperator.identity();
        private @Nullable BatchSink sink;
        private @Nullable Executor executor;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private BatchProgressListener listener = BatchProgressListener.NONE;
        private @Nullable Divisions divisions;
        private boolean cityReports = true;
        private @Nullable Consolidator consolidator;

        private Builder() {
        }

        /**
         * Sets the formats: every report is written once by each exporter, in this order. Word
         * ({@link DocxExporter} with its defaults) when none is set.
         *
         * @param v the exporters, with distinct format ids
         * @return this builder
         * @throws InvalidInputException {@link ErrorCode#DUPLICATE} when two have the same format id
         */
        public Builder exporters(ReportExporter... v) {
            return exporters(Arrays.asList(v));
        }

        /**
         * Sets the formats; see {@link #exporters(ReportExporter...)}.
         *
         * @param v the exporters, with distinct format ids
         * @return this builder
         * @throws InvalidInputException {@link ErrorCode#DUPLICATE} when two have the same format id
         */
        public Builder exporters(List<? extends ReportExporter> v) {
            Set<String> ids = new LinkedHashSet<>();
            for (ReportExporter e : v) {
                Objects.requireNonNull(e, "exporter");
                if (!ids.add(e.formatId())) {
                    throw new InvalidInputException(ErrorCode.DUPLICATE, "exporters", "format", e.formatId());
                }
            }
            exporters.clear();
            exporters.addAll(v);
            return this;
        }

        /**
         * Sets the export mode, {@link ExportMode#DRAFT} by default. In {@link ExportMode#SUBMISSION} an incomplete
         * report fails (code {@code CC-5001}) and the others are still written.
         *
         * @param v the mode
         * @return this builder
         */
        public Builder mode(ExportMode v) {
            mode = Objects.requireNonNull(v, "mode");
            return this;
        }

        /**
         * Adjusts every export request before it is built, for appendices, a template, a validator or a rule
         * engine: the function gets a builder already holding the report, its data set and the mode. Called from
         * the worker threads, possibly at the same time; it must be thread-safe and give equal requests for equal
         * reports.
         *
         * <pre>{@code
         * .requests(r -> r.noticeAppendices(NoticeAppendix.SERVICE, NoticeAppendix.PRIORITY))
         * }</pre>
         *
         * @param v the adjustment
         * @return this builder
         */
        public Builder requests(UnaryOperator<ExportRequest.Builder> v) {
            requests = Objects.requireNonNull(v, "requests");
            return this;
        }

        /**
         * Writes the files under a directory, created when missing; see {@link BatchSink#directory(Path)}.
         *
         * @param v the directory
         * @return this builder
         */
        public Builder outputDirectory(Path v) {
            sink = BatchSink.directory(Objects.requireNonNull(v, "outputDirectory"));
            return this;
        }

        /**
         * Writes the files to the caller's storage instead of a directory.
         *
         * @param v the sink
         * @return this builder
         */
        public Builder sink(BatchSink v) {
            sink = Objects.requireNonNull(v, "sink");
            return this;
        }

        /**
         * Runs the exports on the caller's executor (a Spring {@code TaskExecutor}, a virtual-thread executor, …),
         * which the batch never shuts down; at most {@link #parallelism(int)} of its threads work on the batch at
         * once. A task the executor rejects (or fails to take in any other way) runs in the thread that starts the
         * batch. Without an executor the batch makes its own pool and shuts it down when the work ends.
         *
         * @param v the executor, or {@code null} for the batch's own pool
         * @return this builder
         */
        public Builder executor(@Nullable Executor v) {
            executor = v;
            return this;
        }

        /**
         * Sets how many exports run at once, the number of processors by default.
         *
         * @param v from 1
         * @return this builder
         * @throws InvalidInputException {@link ErrorCode#OUT_OF_RANGE} when below 1
         */
        public Builder parallelism(int v) {
            if (v < 1) {
                throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "parallelism", Integer.toString(v), ">= 1");
            }
            parallelism = v;
            return this;
        }

        /**
         * Sets the progress listener; see {@link BatchProgressListener} for when it is called.
         *
         * @param v the listener
         * @return this builder
         */
        public Builder progressListener(BatchProgressListener v) {
            listener = Objects.requireNonNull(v, "progressListener");
            return this;
        }

        /**
         * Sets the divisions that say which city-level unit each county reports to, {@link Divisions#fujian()} by
         * default. A county they do not know is written under {@code 未归属设区市}.
         *
         * @param v the divisions, or {@code null} for the default
         * @return this builder
         */
        public Builder divisions(@Nullable Divisions v) {
            divisions = v;
            return this;
        }

        /**
         * Sets whether the batch consolidates each city-level unit's counties (R3) and exports the consolidated
         * reports after the county reports; on by default.
         *
         * @param v false for county reports only
         * @return this builder
         */
        public Builder cityReports(boolean v) {
            cityReports = v;
            return this;
        }

        /**
         * Sets the consolidator of the city reports, for another chain identity rule or overrides; by default
         * {@code Consolidator.builder().divisions(divisions).build()}.
         *
         * @param v the consolidator, or {@code null} for the default
         * @return this builder
         */
        public Builder consolidator(@Nullable Consolidator v) {
            consolidator = v;
            return this;
        }

        /**
         * Builds the batch.
         *
         * @return the batch
         * @throws InvalidInputException {@link ErrorCode#REQUIRED} when no output is set
         */
        public ProvinceBatch build() {
            BatchSink out = sink;
            if (out == null) {
                throw new InvalidInputException(ErrorCode.REQUIRED, "outputDirectory");
            }
            return new ProvinceBatch(this, out);
        }
    }
}
