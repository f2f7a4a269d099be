package org.countychain;

import java.io.Serializable;

/**
 * A stable problem code (问题代码) such as {@code CC-1103}, carried by every {@link CountyChainException}. Each
 * module lists its own codes in one enum that implements this interface — {@link ErrorCode} for the core, and for
 * instance {@code org.countychain.export.model.ExportErrorCode} and
 * {@code org.countychain.export.batch.BatchErrorCode} in {@code countychain-poi-export} — so that a module's codes
 * and messages travel with the module, while every exception still has the one root {@link CountyChainException}
 * and codes stay unique across all modules.
 *
 * <p>Integrators match on {@link #code()}, a string that never changes its meaning; the enum constant is for
 * Java callers that compare codes ({@code e.errorCode() == ErrorCode.REQUIRED}). It is {@link Serializable}, as
 * every enum is, because a {@link CountyChainException} (a {@code Throwable}, so serializable) holds one.
 *
 * @since 0.1.0
 */
public interface ProblemCode extends Serializable {
    /**
     * The stable code, for example {@code CC-1001}.
     *
     * @return the code
     */
    String code();

    /**
     * The base name of the resource bundle that holds this code's message under the key {@link #code()}, in the
     * same jar as the enum: a Chinese {@code _zh_CN} bundle and an English root bundle, read as UTF-8.
     *
     * @return the bundle's base name, for example {@code org.countychain.messages}
     */
    String messageBundle();
}
