package org.countychain.export.batch;

import org.countychain.ProblemCode;

/**
 * The stable codes of a province batch's own problems (批量导出问题代码), {@code CC-63xx}, carried by
 * {@link BatchException}. A step that fails with a library exception keeps that exception's own code.
 *
 * @since 0.1.0
 */
public enum BatchErrorCode implements ProblemCode {
    /** A step of a province batch (an export, a city's consolidation, the caller's sink) failed unexpectedly. */
    BATCH_STEP("CC-6301"),
    /** A province batch's progress listener threw; the batch was cancelled. */
    BATCH_LISTENER("CC-6302"),
    /** The thread waiting for a province batch was interrupted; the batch was cancelled. */
    BATCH_INTERRUPTED("CC-6303"),
    /** A province batch did not write every file: some failed, or it was cancelled. */
    BATCH_INCOMPLETE("CC-6304");

    private final String code;

    BatchErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageBundle() {
        return "org.countychain.export.batch.messages";
    }
}
