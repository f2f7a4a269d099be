package org.countychain.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;

/**
 * What a file is, told from its first bytes (文件类型), not from its name: a user who renames a workbook to
 * {@code .json}, or hands an old {@code .xls} to a command that reads {@code .xlsx}, is told what the file really is.
 *
 * @since 0.1.0
 */
public enum FileKind implements BilingualLabelled {
    /** No bytes at all. */
    EMPTY("空文件", "an empty file"),
    /** Text that starts as JSON does: an object or an array (after an optional byte order mark and white space). */
    JSON("JSON文本", "JSON text"),
    /** An Office Open XML package: a ZIP archive; an .xlsx workbook and a .docx document are both one. */
    OFFICE_OPEN_XML("Office文档或ZIP压缩包（.xlsx、.docx、.zip）", "an Office document or ZIP archive (.xlsx, .docx, .zip)"),
    /** A legacy Office 97-2003 file (OLE2 compound document): an .xls workbook or a .doc document. */
    LEGACY_OFFICE("旧版Office 97-2003文件（.xls或.doc）", "a legacy Office 97-2003 file (.xls or .doc)"),
    /** A PDF document. */
    PDF("PDF文档", "a PDF document"),
    /** Other text (CSV, for example): no NUL byte in the first bytes. */
    TEXT("其他文本（如CSV）", "other text (CSV, for example)"),
    /** Anything else: bytes that are not text. */
    BINARY("二进制数据", "binary data");

    /** How many bytes {@link #of(byte[])} needs to tell a kind. */
    public static final int SNIFFED_BYTES = 512;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final BilingualText text;

    FileKind(String label, String english) {
        this.text = new BilingualText(label, english);
    }

    @Override
    public BilingualText text() {
        return text;
    }

    /**
     * The kind of the file's content.
     *
     * @param file a file
     * @return its kind
     * @throws IOException when it cannot be read
     */
    public static FileKind of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in.readNBytes(SNIFFED_BYTES));
        }
    }

    /**
     * The kind of content that starts with these bytes.
     *
     * @param head the first bytes (512 are enough; fewer when the content is shorter)
     * @return its kind
     */
    public static FileKind of(byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) {
            return OFFICE_OPEN_XML;
        }
        if (startsWith(head, OLE2)) {
            return LEGACY_OFFICE;
        }
        if (startsWith(head, PDF_MAGIC)) {
            return PDF;
        }
        for (byte b : head) {
            if (b == 0) {
                return BINARY;
            }
        }
        int i = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i == head.length) {
            return TEXT;
        }
        return head[i] == '{' || head[i] == '[' ? JSON : TEXT;
    }

    /**
     * Whether the content is a binary format that no JSON or CSV reader should be handed.
     *
     * @return true for Office files, ZIP archives, PDFs and other binary data
     */
    public boolean isBinary() {
        return this == OFFICE_OPEN_XML || this == LEGACY_OFFICE || this == PDF || this == BINARY;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
