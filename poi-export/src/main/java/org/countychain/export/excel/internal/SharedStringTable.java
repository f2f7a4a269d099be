package org.countychain.export.excel.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A workbook's shared strings, kept compactly: each text as one byte per character when every character is below
 * U+0100 and two otherwise, in 64 KB pages, with one {@code int} per string for where it starts. A workbook whose
 * 500,000 names and credit codes are all shared strings (as Excel saves them) held about 80 MB as Java strings and
 * holds about a third of that here. Past a budget (a sixteenth of the heap, at least 4 MB) the pages go to a
 * temporary file, read back a page at a time, so the table costs the heap its index and a few pages at any size.
 * A string is made when a cell asks for it; the last 1,024 asked for are kept, so the few texts a sheet repeats
 * (yes and no, the county) are made once. Not thread-safe; {@link #close()} deletes the file.
 */
final class SharedStringTable implements AutoCloseable {
    static final int PAGE = 1 << 16;
    private static final int LATIN1 = 1 << 31;
    private static final int TOO_LONG = -1;
    private static final int RECENT = 1 << 10;

    private final long memoryBudget;
    /** Where each string's record starts, in 4-byte units (records start on a multiple of 4). */
    private int[] starts = new int[1024];
    private int count;
    private final Map<Integer, Long> tooLong = new HashMap<>();
    /** The pages still in memory, by page number; null for pages in the file. */
    private final List<byte @Nullable []> pages = new ArrayList<>();
    private long size;
    private long inMemory;
    private @Nullable Path spillFile;
    private @Nullable FileChannel spill;
    private long spilledPages;
    private byte @Nullable [] cached;
    private int cachedPage = -1;
    private final @Nullable String[] recent = new String[RECENT];
    private final int[] recentIndex = new int[RECENT];
    private byte[] scratch = new byte[256];

    /** A table whose pages stay in memory up to a sixteenth of the heap (at least 4 MB). */
    SharedStringTable() {
        this(Math.max(4L << 20, Runtime.getRuntime().maxMemory() / 16));
    }

    /**
     * A table whose pages stay in memory up to a budget.
     *
     * @param memoryBudget the bytes of pages kept in memory before they go to a temporary file
     */
    SharedStringTable(long memoryBudget) {
        this.memoryBudget = memoryBudget;
        Arrays.fill(recentIndex, -1);
    }

    /**
     * Adds the next string.
     *
     * @param text   the text, or {@code null} when it was too long to keep
     * @param length its length in characters (the length of the text not kept)
     */
    void add(@Nullable String text, long length) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + (count >> 1));
        }
        while ((size & 3) != 0) {
            put((byte) 0);
        }
        if (size >> 2 > Integer.MAX_VALUE) {
            throw new IllegalStateException("shared strings beyond 8 GB");
        }
        starts[count] = (int) (size >> 2);
        if (text == null) {
            tooLong.put(count, length);
            putInt(TOO_LONG);
        } else {
            boolean latin1 = true;
            for (int i = 0; i < text.length() && latin1; i++) {
                latin1 = text.charAt(i) < 0x100;
            }
            putInt(latin1 ? text.length() | LATIN1 : text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                put((byte) c);
                if (!latin1) {
                    put((byte) (c >> 8));
                }
            }
        }
        count++;
    }

    int size() {
        return count;
    }

    /**
     * The string at an index.
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @return the text, or {@code null} when it was too long to keep
     */
    @Nullable String get(int i) {
        int slot = i & (RECENT - 1);
        if (recentIndex[slot] == i) {
            return recent[slot];
        }
        long at = (long) starts[i] << 2;
        read(at, 4);
        int header = (scratch[0] & 0xff) | (scratch[1] & 0xff) << 8 | (scratch[2] & 0xff) << 16
                | (scratch[3] & 0xff) << 24;
        if (header == TOO_LONG) {
            return null;
        }
        boolean latin1 = (header & LATIN1) != 0;
        int chars = header & ~LATIN1;
        int bytes = latin1 ? chars : chars * 2;
        read(at + 4, bytes);
        String s = new String(scratch, 0, bytes, latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16LE);
        recentIndex[slot] = i;
        recent[slot] = s;
        return s;
    }

    /**
     * The length of a string too long to keep.
     *
     * @param i the index
     * @return its length in characters, 0 for a string kept
     */
    long length(int i) {
        return tooLong.getOrDefault(i, 0L);
    }

    /** Whether pages went to the temporary file (for tests). */
    boolean spilled() {
        return spill != null;
    }

    /** The temporary file, or {@code null} (for tests). */
    @Nullable Path spillFile() {
        return spillFile;
    }

    /** The bytes the strings take, in memory and in the file together (for tests). */
    long bytes() {
        return size;
    }

    @Override
    public void close() throws IOException {
        pages.clear();
        cached = null;
        FileChannel channel = spill;
        Path file = spillFile;
        spill = null;
        if (channel != null) {
            try {
                channel.close();
            } finally {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void putInt(int v) {
        put((byte) v);
        put((byte) (v >> 8));
        put((byte) (v >> 16));
        put((byte) (v >> 24));
    }

    private void put(byte b) {
        int page = (int) (size / PAGE);
        int offset = (int) (size % PAGE);
        if (offset == 0) {
            if (page > 0 && inMemory > memoryBudget) {
                spillFull(page);
            }
            pages.add(new byte[PAGE]);
            inMemory += PAGE;
        }
        pages.get(page)[offset] = b;
        size++;
    }

    /** Writes the full pages still in memory (all before {@code page}) to the temporary file. */
    private void spillFull(int page) {
        try {
            FileChannel channel = spill;
            if (channel == null) {
                Path file = Files.createTempFile("countychain-shared-strings", ".bin");
                spillFile = file;
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                spill = channel;
            }
            for (int p = (int) spilledPages; p < page; p++) {
                ByteBuffer b = ByteBuffer.wrap(pages.get(p));
                while (b.hasRemaining()) {
                    channel.write(b, (long) p * PAGE + b.position());
                }
                pages.set(p, null);
                inMemory -= PAGE;
            }
            spilledPages = page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code n} bytes from {@code at} into the scratch buffer. */
    private void read(long at, int n) {
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        int done = 0;
        while (done < n) {
            long position = at + done;
            int page = (int) (position / PAGE);
            int offset = (int) (position % PAGE);
            int take = Math.min(n - done, PAGE - offset);
            System.arraycopy(page(page), offset, scratch, done, take);
            done += take;
        }
    }

    private byte[] page(int page) {
        byte[] p = pages.get(page);
        if (p != null) {
            return p;
        }
        byte[] buffer = cached;
        if (buffer == null) {
            buffer = new byte[PAGE];
            cached = buffer;
            cachedPage = -1;
        }
        if (cachedPage != page) {
            // A page not in memory was written to the file: spillFull sets the list's slot to null after that.
            FileChannel channel = spill;
            if (channel == null) {
                throw new IllegalStateException("shared strings page " + page + " is neither in memory nor in a file");
            }
            ByteBuffer b = ByteBuffer.wrap(buffer);
            try {
                while (b.hasRemaining()) {
                    if (channel.read(b, (long) page * PAGE + b.position()) < 0) {
                        throw new IOException("shared strings file ended early");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cachedPage = page;
        }
        return buffer;
    }
}
