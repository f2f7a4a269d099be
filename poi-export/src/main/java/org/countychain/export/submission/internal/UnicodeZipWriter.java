package org.countychain.export.submission.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.countychain.export.docx.internal.DocxPackageWriter;

/**
 * Writes a zip whose entry names unpack correctly on Windows, macOS and Linux, and whose bytes depend only on its
 * entries.
 *
 * <p>Names: {@link ZipOutputStream} with UTF-8 encodes names in UTF-8 and sets the language encoding flag (general
 * purpose bit 11, APPNOTE 4.4.4) on every entry, which current unzippers honour. For a name that is not ASCII each
 * entry also carries the Info-ZIP Unicode Path extra field (0x7075, APPNOTE 4.6.9: version 1, the CRC-32 of the
 * name field, the UTF-8 name), in the local and the central header, for unzippers that read that field but not the
 * flag. Both say the same, so no unzipper can choose between two different names.
 *
 * <p>Determinism: entries sorted by name (UTF-16 order, which for these names is code point order), each folder as
 * its own entry before its content, every entry at the same fixed time ({@link DocxPackageWriter#ENTRY_TIME}), Office
 * files stored (they are zips already), other files deflated at level 6.
 */
public final class UnicodeZipWriter {
    /** The id of the Info-ZIP Unicode Path extra field. */
    public static final int UNICODE_PATH_ID = 0x7075;

    private final TreeMap<String, byte[]> files = new TreeMap<>();

    /**
     * Adds a file.
     *
     * @param path  its path in the zip, components separated by {@code /}, each a safe name
     * @param bytes its content
     * @return this writer
     * @throws IllegalArgumentException when the path is there already
     */
    public UnicodeZipWriter add(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalArgumentException("duplicate entry " + path);
        }
        return this;
    }

    /**
     * The files added, by path.
     *
     * @return the files, sorted
     */
    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    /**
     * Writes the zip.
     *
     * @param out the stream; finished, not closed
     * @throws IOException when writing fails
     */
    public void write(OutputStream out) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String path : files.keySet()) {
            for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
                names.add(path.substring(0, i + 1));
            }
            names.add(path);
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(6);
        for (String name : names) {
            byte[] bytes = files.get(name);
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(DocxPackageWriter.ENTRY_TIME);
            byte[] extra = unicodePathExtra(name);
            if (extra.length > 0) {
                e.setExtra(extra);
            }
            if (bytes == null || isZipped(name)) {
                byte[] content = bytes == null ? new byte[0] : bytes;
                CRC32 crc = new CRC32();
                crc.update(content);
                e.setMethod(ZipEntry.STORED);
                e.setSize(content.length);
                e.setCompressedSize(content.length);
                e.setCrc(crc.getValue());
            } else {
                e.setMethod(ZipEntry.DEFLATED);
            }
            zip.putNextEntry(e);
            if (bytes != null) {
                zip.write(bytes);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static boolean isZipped(String name) {
        return name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".zip");
    }

    /**
     * The Unicode Path extra field for a name that is not ASCII: header id 0x7075, data size, version 1, the CRC-32
     * of the name as the header stores it (UTF-8 here), the UTF-8 name; all little-endian.
     *
     * @param name the entry name
     * @return the field, or no bytes for an ASCII name
     */
    public static byte[] unicodePathExtra(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length == name.length()) {
            return new byte[0];
        }
        CRC32 crc = new CRC32();
        crc.update(utf8);
        long c = crc.getValue();
        int size = 1 + 4 + utf8.length;
        byte[] f = new byte[4 + size];
        f[0] = (byte) UNICODE_PATH_ID;
        f[1] = (byte) (UNICODE_PATH_ID >>> 8);
        f[2] = (byte) size;
        f[3] = (byte) (size >>> 8);
        f[4] = 1;
        for (int i = 0; i < 4; i++) {
            f[5 + i] = (byte) (c >>> (8 * i));
        }
        System.arraycopy(utf8, 0, f, 9, utf8.length);
        return f;
    }
}
