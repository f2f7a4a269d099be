package org.countychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operating system's failures become codes and messages in the reader's language, the file they concern as
 * the location: each provoked for real where a test can (a missing file, a path through a file, a directory read
 * as a file, a name too long); a full disk, a read-only file system and a used-up quota as the JDK reports them
 * (the same exception types and texts), since a test cannot fill or remount a disk everywhere.
 */
class OsErrorMessagesTest {
    @TempDir
    Path dir;

    private static CountyChainIOException wrap(String source, IOException e) {
        return new CountyChainIOException(source, e);
    }

    private static IOException failure(IoAction action) {
        IOException e = catchThrowableOfType(IOException.class, action::run);
        assertThat(e).as("the operating system refused").isNotNull();
        return e;
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    @Test
    void aMissingFileIsNotFoundInBothLanguages() {
        Path missing = dir.resolve("县域.json");
        CountyChainIOException e = wrap(missing.toString(), failure(() -> Files.readString(missing)));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_NOT_FOUND);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-9006] " + missing + ": 找不到该文件或目录");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("[CC-9006] " + missing
                + ": not found (no such file or directory)");
        // A stream's own wording: "PATH (No such file or directory)".
        CountyChainIOException stream = wrap("x", failure(() -> new FileInputStream(missing.toFile()).close()));
        assertThat(stream.errorCode()).isEqualTo(ErrorCode.IO_NOT_FOUND);
        assertThat(stream.location().source()).isEqualTo(missing.toString());
    }

    @Test
    void theOperatingSystemsPathIsTheLocationWhenItNamesOne() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Path below = file.resolve("out.json");
        CountyChainIOException e = wrap("out.json", failure(() -> Files.writeString(below, "{}")));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_NOT_A_DIRECTORY);
        assertThat(e.location().source()).isEqualTo(below.toString());
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).endsWith(": 路径中应为目录的一段是文件");
        assertThat(e.arguments()).hasSize(1);
    }

    @Test
    void aNameThatExists() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CountyChainIOException e = wrap("x", failure(() -> Files.createFile(file)));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_ALREADY_EXISTS);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-9014] " + file + ": 已存在同名的文件或目录");
    }

    @Test
    void aDirectoryReadAsAFile() {
        CountyChainIOException channel = wrap("d", failure(() -> Files.readString(dir)));
        CountyChainIOException stream = wrap("d", failure(() -> {
            try (InputStream in = new FileInputStream(dir.toFile())) {
                in.read();
            }
        }));
        assertThat(channel.errorCode()).isEqualTo(ErrorCode.IO_IS_A_DIRECTORY);
        assertThat(stream.errorCode()).isEqualTo(ErrorCode.IO_IS_A_DIRECTORY);
        assertThat(stream.getMessage(Locale.ENGLISH)).endsWith(": this is a directory, not a file");
    }

    @Test
    void aNameTooLong() {
        Path longName = dir.resolve("企".repeat(200) + ".json");
        CountyChainIOException e = wrap(longName.toString(), failure(() -> Files.writeString(longName, "{}")));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_NAME_TOO_LONG);
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件名超过文件系统允许的长度");
    }

    @Test
    void aFullDiskAReadOnlyFileSystemAndAUsedUpQuotaAsTheJdkReportsThem() {
        // FileOutputStream.write and FileChannel.write: a plain IOException with the C library's text.
        CountyChainIOException full = wrap("out/县.json", new IOException("No space left on device"));
        assertThat(full.errorCode()).isEqualTo(ErrorCode.IO_NO_SPACE);
        assertThat(full.getMessage(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[CC-9008] out/县.json: 磁盘已满，此文件未写入；请腾出空间后重试");
        assertThat(full.getMessage(Locale.ENGLISH)).isEqualTo(
                "[CC-9008] out/县.json: the disk is full: the file was not written; free some space and run again");
        // The temporary file the OS names is not shown: the user's file is.
        CountyChainIOException fullRename = wrap("out/县.json",
                new FileSystemException("out/.县.json.123.tmp", null, "No space left on device"));
        assertThat(fullRename.location().source()).isEqualTo("out/县.json");
        assertThat(wrap("a", new FileSystemException("a", null, "Read-only file system")).errorCode())
                .isEqualTo(ErrorCode.IO_READ_ONLY);
        assertThat(wrap("a", new FileNotFoundException("a (Read-only file system)")).errorCode())
                .isEqualTo(ErrorCode.IO_READ_ONLY);
        assertThat(wrap("a", new IOException("Disk quota exceeded")).errorCode())
                .isEqualTo(ErrorCode.IO_QUOTA_EXCEEDED);
        assertThat(wrap("a", new java.nio.file.AccessDeniedException("a")).errorCode())
                .isEqualTo(ErrorCode.IO_PERMISSION_DENIED);
        assertThat(wrap("a", new FileNotFoundException("/x/a (Permission denied)")).location().source())
                .isEqualTo("/x/a");
    }

    @Test
    void anyOtherFailureKeepsTheOperatingSystemsText() {
        CountyChainIOException e = wrap("a.json", new IOException("Input/output error"));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.IO);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-9001] a.json: 读写失败：Input/output error");
        assertThat(wrap("a.json", new IOException()).errorCode()).isEqualTo(ErrorCode.IO);
    }
}
