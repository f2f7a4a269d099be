package org.countychain.export.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.export.internal.HashingOutputStream;
import org.countychain.export.model.ExportMode;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.jspecify.annotations.Nullable;

/**
 * A running province batch (运行中的批量导出): cancel it, or wait for its result. Returned by
 * {@link ProvinceBatch#start(org.countychain.dataset.ProvinceDataset)}; thread-safe.
 *
 * <p>Workers take the planned steps in plan order. {@link #cancel()} lets the steps already writing finish (their
 * files are complete and listed) and skips every step not yet begun (listed in {@link BatchResult#notRun()}).
 *
 * @since 0.1.0
 */
public final class BatchRun {
    private static final Object SKIPPED = new Object();

    private final List<BatchStep> steps;
    private final ExportMode mode;
    private final UnaryOperator<ExportRequest.Builder> requests;
    private final BatchSink sink;
    private final BatchProgressListener listener;
    private final long startNanos;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger liveWorkers = new AtomicInteger();
    private final CompletableFuture<BatchResult> completion = new CompletableFuture<>();

    // Guarded by this: outcomes in plan order, delivered to the listener in that order.
    private final Object[] outcomes;
    private int cursor;
    private int done;
    private @Nullable RuntimeException listenerFailure;
    private @Nullable Error fatal;

    BatchRun(long startNanos, List<BatchStep> steps, ExportMode mode, UnaryOperator<ExportRequest.Builder> requests,
             BatchSink sink, BatchProgressListener listener) {
        this.startNanos = startNanos;
        this.steps = List.copyOf(steps);
        this.mode = mode;
        this.requests = requests;
        this.sink = sink;
        this.listener = listener;
        this.outcomes = new Object[steps.size()];
    }

    /**
     * Starts {@code workers} worker loops on the executor; a loop the executor rejects runs in the calling thread.
     * The executor is shut down when the last loop ends if {@code owned}.
     */
    void launch(Executor executor, int workers, boolean owned) {
        int n = Math.max(1, Math.min(workers, steps.size()));
        liveWorkers.set(n);
        for (int i = 0; i < n; i++) {
            Runnable loop = () -> work(owned ? (ExecutorService) executor : null);
            try {
                executor.execute(loop);
            } catch (RuntimeException e) {
                // RejectedExecutionException, or an executor that fails otherwise: the loop must still run, or
                // join would wait for it for ever.
                loop.run();
            }
        }
    }

    /**
     * Asks the batch to stop: steps not yet begun are skipped, steps writing finish. Does nothing when the batch is
     * done or already cancelled.
     */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Whether {@link #cancel()} was called (or the listener threw).
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Whether every step has finished or been skipped and the result is ready.
     *
     * @return true when {@link #join()} returns at once
     */
    public boolean isDone() {
        return completion.isDone();
    }

    /**
     * The number of steps planned.
     *
     * @return the total of the progress events
     */
    public int total() {
        return steps.size();
    }

    /**
     * Waits for the batch to end.
     *
     * @return the result; no progress event comes after it is returned
     * @throws BatchException {@link BatchErrorCode#BATCH_LISTENER} when the progress listener threw, or
     *                        {@link BatchErrorCode#BATCH_INTERRUPTED} when this thread was interrupted while waiting
     *                        (the batch is then cancelled and the thread's interrupt flag set again)
     */
    public BatchResult join() {
        try {
            return completion.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new BatchException(BatchErrorCode.BATCH_INTERRUPTED, null, List.of(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        }
    }

    private void work(@Nullable ExecutorService owned) {
        try {
            int i;
            while ((i = next.getAndIncrement()) < steps.size()) {
                Object outcome = SKIPPED;
                if (!cancelled.get()) {
                    try {
                        outcome = execute(steps.get(i));
                    } catch (Error e) {
                        synchronized (this) {
                            fatal = fatal == null ? e : fatal;
                        }
                        cancel();
                    }
                }
                complete(i, outcome);
            }
        } finally {
            if (liveWorkers.decrementAndGet() == 0) {
                finish();
                if (owned != null) {
                    owned.shutdown();
                }
            }
        }
    }

    private Object execute(BatchStep step) {
        BatchItem item = step.item();
        if (step instanceof BatchStep.Failed failed) {
            return new BatchFailure(item, failed.failure());
        }
        if (!(step instanceof BatchStep.Export export)) {
            return new Consolidated(item);
        }
        String path = export.path();
        boolean opened = false;
        try {
            ExportRequest request = Objects.requireNonNull(requests.apply(ExportRequest.builder(export.report())
                    .dataset(export.dataset()).mode(mode)), "request customiser returned null").build();
            OutputStream raw = Objects.requireNonNull(sink.open(path), "the sink opened no stream");
            opened = true;
            ExportResult result;
            HashingOutputStream out = new HashingOutputStream(raw);
            try (OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
                result = Objects.requireNonNull(export.exporter().write(request, buffered),
                        "the exporter returned no result");
            }
            BatchFile file = new BatchFile(item, out.count(), out.sha256(), result.warnings());
            sink.commit(path);
            return file;
        } catch (CountyChainException e) {
            return failed(item, path, e, opened);
        } catch (IOException e) {
            return failed(item, path, new CountyChainIOException(path, e), opened);
        } catch (RuntimeException e) {
            return failed(item, path, new BatchException(BatchErrorCode.BATCH_STEP, path,
                    List.of(item.unitName() + " " + item.reportId(), String.valueOf(e)), e), opened);
        }
    }

    private BatchFailure failed(BatchItem item, String path, CountyChainException error, boolean opened) {
        if (opened) {
            try {
                sink.discard(path);
            } catch (IOException | RuntimeException e) {
                error.addSuppressed(e);
            }
        }
        return new BatchFailure(item, error);
    }

    /** Records a step's outcome and delivers every event now due, in plan order, one thread at a time. */
    private synchronized void complete(int index, Object outcome) {
        outcomes[index] = outcome;
        while (cursor < outcomes.length && outcomes[cursor] != null) {
            Object o = outcomes[cursor++];
            if (o == SKIPPED) {
                continue;
            }
            done++;
            if (listenerFailure == null) {
                BatchProgress event;
                if (o instanceof BatchFile f) {
                    event = new BatchProgress(f.item(), BatchProgress.Outcome.WRITTEN, done, outcomes.length, elapsed());
                } else if (o instanceof Consolidated c) {
                    event = new BatchProgress(c.item(), BatchProgress.Outcome.CONSOLIDATED, done, outcomes.length,
                            elapsed());
                } else {
                    event = new BatchProgress(((BatchFailure) o).item(), BatchProgress.Outcome.FAILED, done,
                            outcomes.length, elapsed());
                }
                try {
                    listener.onProgress(event);
                } catch (RuntimeException e) {
                    listenerFailure = e;
                    cancel();
                } catch (Error e) {
                    fatal = fatal == null ? e : fatal;
                    listenerFailure = new IllegalStateException("the listener failed with an Error", e);
                    cancel();
                }
            }
        }
    }

    private synchronized void finish() {
        List<BatchFile> files = new ArrayList<>();
        List<BatchFailure> failures = new ArrayList<>();
        List<BatchItem> notRun = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            Object o = outcomes[i];
            if (o instanceof BatchFile f) {
                files.add(f);
            } else if (o instanceof BatchFailure f) {
                failures.add(f);
            } else if (!(o instanceof Consolidated)) {
                notRun.add(steps.get(i).item());
            }
        }
        if (fatal != null) {
            completion.completeExceptionally(fatal);
        } else if (listenerFailure != null) {
            completion.completeExceptionally(new BatchException(BatchErrorCode.BATCH_LISTENER, null,
                    List.of(String.valueOf(listenerFailure)), listenerFailure));
        } else {
            completion.complete(new BatchResult(files, failures, notRun, cancelled.get(), elapsed()));
        }
    }

    /** The outcome of a city's consolidation that succeeded: an event, no file. */
    private record Consolidated(BatchItem item) {
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
