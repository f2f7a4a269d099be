package org.countychain;

import java.io.IOException;
import java.util.List;

/**
 * Reading or writing failed at the operating-system level (读写失败): a file is missing or unreadable, a disk
 * is full. Wraps the {@link IOException} as its cause.
 *
 * @since 0.1.0
 */
public class CountyChainIOException extends CountyChainException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param source what was being read or written
     * @param cause  the I/O failure
     */
    public CountyChainIOException(String source, IOException cause) {
        super(ErrorCode.IO, new Location(source, 0, 0, ""), List.of(String.valueOf(cause.getMessage())), cause);
    }

    /**
     * Creates the exception for a path that is refused before anything is read or written (a directory where a file
     * is to be written, a device, a loop of links).
     *
     * @param errorCode what is wrong with the path
     * @param arguments the values the message names, the path first
     */
    public CountyChainIOException(ErrorCode errorCode, List<?> arguments) {
        super(errorCode, Location.NOWHERE, arguments, null);
    }
}
