package org.countychain.export.excel.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Reads a sheet on a thread of its own while the caller's thread takes its rows: inflating the sheet, scanning its
 * XML and turning cells into text on one core, checking the rows and building the model on another. The rows reach
 * the caller's sink in the sheet's order, on the caller's thread, as when both ran on one thread; a failure of the
 * reading thread is thrown on the caller's thread after the rows read before it, and a sink that throws (to stop
 * reading, or failing) stops the reading thread, which is always finished when {@link #read} returns.
 *
 * <p>The reading thread runs at most {@link #BATCHES_AHEAD} batches of {@link #BATCH_ROWS} rows ahead, and at most
 * {@link #CHARS_AHEAD} characters of cell text (a batch closes early at {@link #BATCH_CHARS}), so memory stays bounded
 * however large the sheet is and however long its cells are: a sheet of 11,600-character names would otherwise hold
 * sixteen batches of 256 such rows, 95 MB, between the threads.
 */
final class RowPipe {
    /** Rows handed over at once: the hand-over costs a lock, not one per row. */
    static final int BATCH_ROWS = 256;
    /**
     * Batches the reading thread may be ahead of the caller: a few thousand rows, some milliseconds of scanning, so
     * that the reading thread goes on while the caller's thread waits a time slice for a core.
     */
    static final int BATCHES_AHEAD = 16;
    /** Characters of cell text after which a batch is handed over before it has {@link #BATCH_ROWS} rows. */
    static final int BATCH_CHARS = 256 * 1024;
    /**
     * Characters of cell text the reading thread may be ahead of the caller (8 MB of text); a batch larger than this
     * alone (one row near the row limit) still goes over when nothing else is waiting.
     */
    static final long CHARS_AHEAD = 4L * 1024 * 1024;

    private RowPipe() {
    }

    /** Reads a sheet into a sink. */
    @FunctionalInterface
    interface Reading {
        /**
         * Reads the sheet.
         *
         * @param sink takes its rows
         * @throws IOException  when reading fails
         * @throws SAXException when the sheet is not well-formed
         */
        void read(RowSink sink) throws IOException, SAXException;
    }

    /** Whether reading on a second thread can help: more than one processor. */
    static boolean worthwhile() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    private record Row(int number, @Nullable String[] cells, List<BrokenCell> broken) {
    }

    /** Rows read, and after the last of them whether and how reading ended. */
    private static final class Batch {
        final List<Row> rows = new ArrayList<>(BATCH_ROWS);
        long chars;
        boolean last;
        @Nullable Throwable failure;
    }

    /** The characters of cell text handed over and not yet taken by the caller's thread. */
    private static final class CharsAhead {
        private long chars;

        /** Waits until the batch fits (or nothing else is waiting), then counts it; an interrupt is kept. */
        synchronized void add(long batch) {
            boolean interrupted = false;
            while (chars > 0 && chars + batch > CHARS_AHEAD) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            chars += batch;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized void remove(long batch) {
            chars -= batch;
            notifyAll();
        }
    }

    /**
     * Runs {@code reading} on a thread of its own and hands the rows it reads to {@code sink} on this thread.
     *
     * @param reading reads the sheet
     * @param sink    takes the rows, on the caller's thread
     * @throws IOException  when reading failed
     * @throws SAXException when the sheet is not well-formed
     */
    static void read(Reading reading, RowSink sink) throws IOException, SAXException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        CharsAhead ahead = new CharsAhead();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> produce(reading, queue, ahead, stop), "countychain-xlsx-reader");
        reader.setDaemon(true);
        reader.start();
        RuntimeException sinkException = null;
        Error sinkError = null;
        boolean interrupted = false;
        Batch batch;
        while (true) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                interrupted = true; // the reading thread is always waited for; the interrupt is kept for the caller
                continue;
            }
            if (sinkException == null && sinkError == null) {
                try {
                    for (Row r : batch.rows) {
                        sink.row(r.number(), r.cells(), r.broken());
                    }
                } catch (RuntimeException e) {
                    sinkException = e;
                    stop.set(true);
                } catch (Error e) {
                    sinkError = e;
                    stop.set(true);
                }
            }
            ahead.remove(batch.chars);
            if (batch.last) {
                break;
            }
        }
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (sinkException != null) {
            throw sinkException;
        }
        if (sinkError != null) {
            throw sinkError;
        }
        rethrow(batch.failure);
    }

    private static void produce(Reading reading, BlockingQueue<Batch> queue, CharsAhead ahead, AtomicBoolean stop) {
        Batch[] current = {new Batch()};
        @Nullable Throwable failure = null;
        try {
            reading.read((number, cells, broken) -> {
                if (stop.get()) {
                    throw new XlsxRowReader.StopReading();
                }
                Batch b = current[0];
                b.rows.add(new Row(number, cells, broken));
                for (String cell : cells) {
                    b.chars += cell == null ? 0 : cell.length();
                }
                if (b.rows.size() == BATCH_ROWS || b.chars >= BATCH_CHARS) {
                    ahead.add(b.chars);
                    put(queue, b);
                    current[0] = new Batch();
                }
            });
        } catch (Throwable e) { // handed to the caller's thread, which throws it there
            failure = e;
        }
        Batch last = current[0];
        last.last = true;
        last.failure = failure;
        ahead.add(last.chars);
        put(queue, last);
    }

    /** Puts a batch, waiting for room; the caller's thread takes batches until the last, so room comes. */
    private static void put(BlockingQueue<Batch> queue, Batch batch) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(batch);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(@Nullable Throwable failure) throws IOException, SAXException {
        if (failure == null || failure instanceof XlsxRowReader.StopReading) {
            return;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof SAXException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IOException(failure);
    }
}
