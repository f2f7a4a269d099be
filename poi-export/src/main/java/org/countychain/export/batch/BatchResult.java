package org.countychain.export.batch;

import java.time.Duration;
import java.util.List;

import org.countychain.internal.Checks;

/**
 * What a province batch did (批量导出结果): every file written, every failure, the steps not run because the batch
 * was cancelled, and how long it took. Lists are in the batch's plan order (see {@link BatchProgress}), so equal
 * input gives equal lists whatever the number of threads.
 *
 * @param files     the files written completely
 * @param failures  the steps that failed, each with the library's exception
 * @param notRun    the steps skipped because the batch was cancelled
 * @param cancelled whether the batch was cancelled (by {@link BatchRun#cancel()}, or because the listener threw)
 * @param elapsed   the time from the call to {@code start} (planning included) to the last step
 * @since 0.1.0
 */
public record BatchResult(List<BatchFile> files, List<BatchFailure> failures, List<BatchItem> notRun,
                          boolean cancelled, Duration elapsed) {
    /**
     * Copies the lists.
     */
    public BatchResult {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
        notRun = List.copyOf(notRun);
        Checks.required(elapsed, "elapsed");
    }

    /**
     * Whether every planned step wrote its file.
     *
     * @return true when nothing failed and nothing was skipped
     */
    public boolean isComplete() {
        return failures.isEmpty() && notRun.isEmpty();
    }

    /**
     * The files of one phase.
     *
     * @param phase the phase
     * @return the files written in it, in plan order
     */
    public List<BatchFile> files(BatchPhase phase) {
        return files.stream().filter(f -> f.item().phase() == phase).toList();
    }

    /**
     * Throws unless the batch is complete, for callers that want all or an exception.
     *
     * @return this result
     * @throws BatchException {@link BatchErrorCode#BATCH_INCOMPLETE}, with the first failure's exception as the cause
     */
    public BatchResult requireComplete() {
        if (!isComplete()) {
            throw new BatchException(BatchErrorCode.BATCH_INCOMPLETE, null,
                    List.of(Integer.toString(failures.size()), Integer.toString(notRun.size())),
                    failures.isEmpty() ? null : failures.get(0).error());
        }
        return this;
    }
}
