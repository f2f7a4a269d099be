package org.countychain.export.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jspecify.annotations.Nullable;

/**
 * An input stream that reads its source ahead on a thread of its own, a chunk at a time: for a zip entry, the
 * inflating happens there while the reader of this stream scans what was inflated before. At most
 * {@link #CHUNKS_AHEAD} chunks of {@link #CHUNK_BYTES} are read ahead, so memory stays bounded. Closing it stops the
 * reading thread and waits for it (the source itself is left open for its owner to close), so the source is never
 * read after {@link #close()} returns. A failure to read the source is thrown from {@link #read} once the bytes read
 * before it were taken. One reader at a time; not thread-safe.
 */
final class ReadAhead extends InputStream {
    /** The bytes read from the source at once. */
    static final int CHUNK_BYTES = 1 << 16;
    /**
     * Chunks the reading thread may be ahead: a megabyte, a few milliseconds of scanning, so that the scanner does
     * not run dry whenever the inflating thread waits a time slice for a core (with four chunks it waited for bytes
     * for a tenth to a fifth of its run time on a busy machine with two cores; with sixteen, hardly ever).
     */
    static final int CHUNKS_AHEAD = 16;

    /** A chunk read, or the end of the source (a {@code null} or failed chunk). */
    private static final class Chunk {
        final byte[] bytes;
        int length;
        @Nullable Throwable failure;

        Chunk(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 1);
    /** Chunks read out, handed back to be filled again. */
    private final BlockingQueue<Chunk> empty = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);
    private final Thread thread;
    private volatile boolean closed;
    private @Nullable Chunk current;
    private int pos;
    private boolean ended;
    /** Chunks made so far, by the reading thread only. */
    private int chunksMade;

    /**
     * Starts reading the source ahead.
     *
     * @param source the stream to read, read only by the new thread until {@link #close()} returns
     */
    ReadAhead(InputStream source) {
        thread = new Thread(() -> fill(source), "countychain-xlsx-inflater");
        thread.setDaemon(true);
        thread.start();
    }

    private void fill(InputStream source) {
        while (true) {
            Chunk c = nextEmpty();
            if (closed) {
                return;
            }
            c.length = 0;
            c.failure = null;
            @Nullable Throwable failure = null;
            try {
                int n;
                while (c.length < c.bytes.length && (n = source.read(c.bytes, c.length, c.bytes.length - c.length)) > 0) {
                    c.length += n;
                }
            } catch (IOException | RuntimeException | Error e) { // thrown to the reader of this stream, in order
                failure = e;
            }
            boolean last = failure != null || c.length < c.bytes.length;
            if (c.length > 0) {
                put(full, c);
                if (!last) {
                    continue;
                }
                c = nextEmpty();
                if (closed) {
                    return;
                }
            }
            c.length = 0; // the end, or the failure after the bytes read before it
            c.failure = failure;
            put(full, c);
            return;
        }
    }

    /**
     * A chunk to fill: one handed back, else a new one while fewer than {@code CHUNKS_AHEAD + 2} were made, else the
     * next one handed back. Chunks are made as needed, so a small part costs a chunk or two, not a megabyte.
     */
    private Chunk nextEmpty() {
        Chunk c = empty.poll();
        if (c != null) {
            return c;
        }
        if (chunksMade < CHUNKS_AHEAD + 2) {
            chunksMade++;
            return new Chunk(new byte[CHUNK_BYTES]);
        }
        return take(empty);
    }

    /** The chunk with bytes left, the next one when the current one is read out; {@code null} at the end. */
    private @Nullable Chunk advance() throws IOException {
        Chunk c = current;
        while (c == null || pos == c.length) {
            if (ended) {
                return null;
            }
            if (c != null) {
                put(empty, c);
                current = null;
            }
            c = take(full);
            if (c.failure != null) {
                ended = true;
                Throwable f = c.failure;
                if (f instanceof IOException e) {
                    throw e;
                } else if (f instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) f;
            }
            if (c.length == 0) {
                ended = true;
                return null;
            }
            current = c;
            pos = 0;
        }
        return c;
    }

    @Override
    public int read() throws IOException {
        Chunk c = advance();
        if (c == null) {
            return -1;
        }
        return c.bytes[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        Chunk c = advance();
        if (c == null) {
            return -1;
        }
        int n = Math.min(len, c.length - pos);
        System.arraycopy(c.bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Stops the reading thread and waits for it; the source is not closed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // make room, so that a reading thread waiting to hand over a chunk goes on and sees the flag
        boolean interrupted = false;
        while (thread.isAlive()) {
            Chunk c = full.poll();
            if (c != null) {
                empty.offer(c);
            }
            try {
                thread.join(10);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the reading thread still runs (for tests). */
    boolean readingThreadAlive() {
        return thread.isAlive();
    }

    private static Chunk take(BlockingQueue<Chunk> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void put(BlockingQueue<Chunk> queue, Chunk c) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    queue.put(c);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
