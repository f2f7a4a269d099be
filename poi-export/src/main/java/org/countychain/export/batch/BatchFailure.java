package org.countychain.export.batch;

import org.countychain.CountyChainException;
import org.countychain.internal.Checks;

/**
 * A step of a province batch that failed (失败条目): which report (or city consolidation), and the library's
 * exception with its code, for example {@code CC-5001} for a report refused in submission mode. Other steps went on.
 *
 * @param item  the step that failed; nothing was left at its path
 * @param error why, with its {@link org.countychain.ErrorCode}
 * @since 0.1.0
 */
public record BatchFailure(BatchItem item, CountyChainException error) {
    /**
     * Checks that both are present.
     */
    public BatchFailure {
        Checks.required(item, "item");
        Checks.required(error, "error");
    }
}
