package org.countychain;

import java.io.IOException;
import java.util.List;

/**
 * Reading or writing failed at the operating-system level (读写失败): a file is missing or unreadable, a disk
 * is full. Wraps the {@link IOException} as its cause.
 *
 * <p>The common failures get a code and a message of their own in the reader's language, with the file as the
 * location (the one the operating system named, when it is about a path: a missing parent directory, say):
 * not found ({@code CC-9006}), permission denied ({@code CC-9007}), disk full ({@code CC-9008}), read-only file
 * system ({@code CC-9009}), a path through a file ({@code CC-9010}), a directory where a file is expected
 * ({@code CC-9011}), a name too long ({@code CC-9012}), disk quota used up ({@code CC-9013}), a name that already
 * exists ({@code CC-9014}). Any other failure is
 * {@link ErrorCode#IO} ({@code CC-9001}) with the operating system's own text, which is not translated. The
 * operating system's text is the argument either way and its exception the cause.
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
        this(source, cause, OsError.of(cause));
    }

    private CountyChainIOException(String source, IOException cause, OsError os) {
        super(os.code(), new Location(os.where(source, cause), 0, 0, ""), List.of(String.valueOf(cause.getMessage())),
                cause);
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
