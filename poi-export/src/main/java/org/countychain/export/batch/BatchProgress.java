package org.countychain.export.batch;

import java.time.Duration;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;

/**
 * A progress event of a province batch (进度事件): one step just finished, how many have finished and how many
 * were planned, and the time since the batch started. Immutable.
 *
 * <p>Events come in the batch's plan order, whatever the number of threads: every county report (county-level
 * units in code order, each unit's reports by id, each report in the formats' order), then per city-level unit (in
 * code order) its consolidation ({@link BatchPhase#CONSOLIDATION}, {@link Outcome#CONSOLIDATED} or
 * {@link Outcome#FAILED}) followed by its reports the same way. The consolidations run while the batch is planned,
 * because they decide which city reports there are; their events are delivered in that plan order. {@link #done()} counts 1, 2, … {@link #total()} without gaps; a cancelled batch stops short
 * of the total.
 *
 * @param item    the step that finished
 * @param outcome whether it wrote its file or failed
 * @param done    the number of steps finished so far, this one included
 * @param total   the number of steps planned
 * @param elapsed the time since {@code start} was called (planning included)
 * @since 0.1.0
 */
public record BatchProgress(BatchItem item, Outcome outcome, int done, int total, Duration elapsed) {
    /**
     * Checks the values.
     */
    public BatchProgress {
        Checks.required(item, "item");
        Checks.required(outcome, "outcome");
        Checks.required(elapsed, "elapsed");
        if (done < 1 || done > total) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "done", Integer.toString(done), "1.." + total);
        }
    }

    /**
     * The phase of the step that finished.
     *
     * @return the phase
     */
    public BatchPhase phase() {
        return item.phase();
    }

    /**
     * How a step ended.
     *
     * @since 0.1.0
     */
    public enum Outcome {
        /** The file was written completely. */
        WRITTEN,
        /** The step failed; the result's failures say why. */
        FAILED,
        /** A city-level unit's consolidation succeeded ({@link BatchPhase#CONSOLIDATION}; no file). */
        CONSOLIDATED
    }
}
