package org.countychain;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What kind of operating-system failure an {@link IOException} is, for a message in the reader's language. The JDK
 * says it in three ways: an exception type ({@link NoSuchFileException}, {@link AccessDeniedException}, …), a
 * {@link FileSystemException} whose reason is the C library's text ({@code "No space left on device"}), or a plain
 * {@link IOException} or {@link FileNotFoundException} whose message is that text, after the path in parentheses.
 * The C library's texts are English whatever the system's language, so matching them is reliable; Windows' own
 * wordings of the same failures are matched too.
 */
enum OsError {
    NOT_FOUND(ErrorCode.IO_NOT_FOUND, true, "no such file or directory", "cannot find the file",
            "cannot find the path"),
    PERMISSION_DENIED(ErrorCode.IO_PERMISSION_DENIED, true, "permission denied", "operation not permitted",
            "access is denied"),
    NO_SPACE(ErrorCode.IO_NO_SPACE, false, "no space left on device", "not enough space on the disk"),
    READ_ONLY(ErrorCode.IO_READ_ONLY, false, "read-only file system", "write protected"),
    NOT_A_DIRECTORY(ErrorCode.IO_NOT_A_DIRECTORY, true, "not a directory"),
    IS_A_DIRECTORY(ErrorCode.IO_IS_A_DIRECTORY, true, "is a directory"),
    NAME_TOO_LONG(ErrorCode.IO_NAME_TOO_LONG, true, "file name too long", "filename or extension is too long"),
    QUOTA_EXCEEDED(ErrorCode.IO_QUOTA_EXCEEDED, false, "disk quota exceeded"),
    ALREADY_EXISTS(ErrorCode.IO_ALREADY_EXISTS, true, "file exists"),
    /** Anything else: the operating system's text as it is. */
    OTHER(ErrorCode.IO, false);

    private final ErrorCode code;
    private final boolean namesItsFile;
    private final String[] texts;

    OsError(ErrorCode code, boolean namesItsFile, String... texts) {
        this.code = code;
        this.namesItsFile = namesItsFile;
        this.texts = texts;
    }

    ErrorCode code() {
        return code;
    }

    /**
     * Where the failure is: for a failure about a particular path (not found, not a directory, …) the path the
     * operating system named, which may be a parent of the file the caller meant; otherwise the caller's file (a
     * full disk may be found while writing a temporary file beside it).
     */
    String where(String source, IOException e) {
        if (namesItsFile) {
            String file = file(e);
            if (file != null && !file.isEmpty()) {
                return file;
            }
        }
        return source;
    }

    static OsError of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return NOT_FOUND;
        }
        if (e instanceof AccessDeniedException) {
            return PERMISSION_DENIED;
        }
        if (e instanceof NotDirectoryException) {
            return NOT_A_DIRECTORY;
        }
        if (e instanceof FileAlreadyExistsException) {
            return ALREADY_EXISTS;
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (text == null) {
            return OTHER;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (OsError kind : values()) {
            for (String t : kind.texts) {
                if (lower.contains(t)) {
                    return kind;
                }
            }
        }
        return OTHER;
    }

    /** The path an exception names: a {@link FileSystemException}'s file, or a stream's "PATH (reason)". */
    private static @Nullable String file(IOException e) {
        if (e instanceof FileSystemException f) {
            return f.getFile();
        }
        String m = e.getMessage();
        if (e instanceof FileNotFoundException && m != null && m.endsWith(")")) {
            int open = m.lastIndexOf(" (");
            return open > 0 ? m.substring(0, open) : null;
        }
        return null;
    }
}
