package org.countychain.export.batch;

/**
 * Receives a province batch's progress events (进度监听器), for a progress bar or a log.
 *
 * <p>Called from the batch's worker threads, but never from two at once (the batch holds a lock while calling), in
 * the order {@link BatchProgress} describes, and never after {@link BatchRun#join()} has returned the result. It
 * should return quickly: workers that finish meanwhile wait. It may call {@link BatchRun#cancel()}. When it throws,
 * the batch is cancelled, receives no more events, and {@link BatchRun#join()} throws a {@link BatchException}
 * with {@link BatchErrorCode#BATCH_LISTENER}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BatchProgressListener {
    /** A listener that ignores every event. */
    BatchProgressListener NONE = event -> { };

    /**
     * One step finished.
     *
     * @param event what finished and how far the batch has come
     */
    void onProgress(BatchProgress event);
}
