package org.countychain.export.batch;

import java.util.List;

import org.countychain.CountyChainException;
import org.countychain.Location;
import org.jspecify.annotations.Nullable;

/**
 * A province batch's own problem (批量导出错误), with a code of the {@code CC-63xx} range: a step failed with an
 * exception that was not the library's ({@link BatchErrorCode#BATCH_STEP}, the original as the cause), the
 * progress listener threw ({@link BatchErrorCode#BATCH_LISTENER}), waiting was interrupted
 * ({@link BatchErrorCode#BATCH_INTERRUPTED}), or a caller asked for a complete batch and it was not
 * ({@link BatchErrorCode#BATCH_INCOMPLETE}).
 *
 * @since 0.1.0
 */
public class BatchException extends CountyChainException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param errorCode one of the {@code CC-63xx} codes
     * @param source    what it concerns (a file's path, a unit), or {@code null}
     * @param arguments the values the message names
     * @param cause     the underlying cause, or {@code null}
     */
    public BatchException(BatchErrorCode errorCode, @Nullable String source, List<?> arguments,
                          @Nullable Throwable cause) {
        super(errorCode, new Location(source, 0, 0, ""), arguments, cause);
    }
}
