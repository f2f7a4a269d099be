package org.countychain.export.excel.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbooks the Excel writers start from, so that every one writes the same bytes for the same input.
 */
public final class Workbooks {
    /** The rows SXSSF keeps in memory before it writes them to the temporary file. */
    public static final int WINDOW = 500;

    /** The time every zip entry carries: 2026-01-01 00:00 in the default time zone, never the clock. */
    static final long ENTRY_TIME = java.time.LocalDateTime.of(2026, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    private Workbooks() {
    }

    /**
     * A streaming workbook: a window of {@link #WINDOW} rows, inline strings (a shared-strings table would keep every
     * distinct text in memory), an uncompressed temporary file written by {@link SheetXmlWriter} (the same bytes as
     * POI's writer, with far less work per cell), and the package deflated at the given level. No creation time is
     * written.
     *
     * @param deflateLevel {@link Deflater#BEST_SPEED} for large lists (the sheet is most of the work of writing:
     *                     at 20,000 rows the default level made the file a quarter smaller and the export a quarter
     *                     slower), {@link Deflater#DEFAULT_COMPRESSION} otherwise
     * @return the workbook
     */
    public static SXSSFWorkbook streaming(int deflateLevel) {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, false, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new SheetXmlWriter();
            }

            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zos = super.createArchiveOutputStream(out);
                zos.setLevel(deflateLevel);
                return zos;
            }
        };
        withoutCreationTime(wb.getXSSFWorkbook());
        return wb;
    }

    /**
     * Writes a usermodel workbook as POI does, but with every zip entry dated 2026-01-01 00:00 rather than the time
     * of writing (POI's own entries carry the clock, so two writes of the same workbook differed).
     *
     * @param wb  the workbook
     * @param out the stream (left open)
     * @throws IOException when writing fails
     */
    public static void writeWithFixedEntryTimes(XSSFWorkbook wb, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        wb.write(bytes);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(
                bytes.toByteArray())).get();
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(keepingOpen(out))) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setTime(ENTRY_TIME);
                zip.putArchiveEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeArchiveEntry();
            }
        }
    }

    /**
     * Removes the creation time POI puts in the package's core properties (the time of writing), which made two
     * exports of the same list differ.
     *
     * @param document the workbook
     */
    public static void withoutCreationTime(POIXMLDocument document) {
        document.getProperties().getCoreProperties().setCreated(Optional.empty());
    }

    /**
     * The stream with {@code close()} turned into {@code flush()}: a writer that closes what it wraps must leave the
     * caller's stream open. Blocks are passed on whole ({@link FilterOutputStream} alone would write byte by byte).
     *
     * @param out the caller's stream
     * @return a stream whose close leaves {@code out} open
     */
    public static OutputStream keepingOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
