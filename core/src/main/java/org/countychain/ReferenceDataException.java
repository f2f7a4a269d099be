package org.countychain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Built-in or plugged-in reference data (divisions, registration categories, template editions) is broken
 * (参考数据错误). Not the caller's input: a packaging or plugin problem.
 *
 * @since 0.1.0
 */
public class ReferenceDataException extends CountyChainException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param errorCode the stable code
     * @param location  where in the reference data
     * @param arguments the values the message names
     * @param cause     the underlying cause, or {@code null}
     */
    public ReferenceDataException(ProblemCode errorCode, @Nullable Location location, List<?> arguments,
            @Nullable Throwable cause) {
        super(errorCode, location, arguments, cause);
    }
}
