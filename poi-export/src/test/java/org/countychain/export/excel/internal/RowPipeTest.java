package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The pipelined reader hands over every row in order, on the caller's thread, and ends both threads together. */
class RowPipeTest {
    private static final int ROWS = RowPipe.BATCH_ROWS * 3 + 17;

    /** Reads {@code rows} rows (numbered from 1) and then fails with {@code failure}, if any. */
    private static RowPipe.Reading rows(int rows, Exception failure, AtomicInteger produced,
                                        AtomicReference<Thread> thread) {
        return sink -> {
            thread.set(Thread.currentThread());
            for (int i = 1; i <= rows; i++) {
                produced.incrementAndGet();
                sink.row(i, new String[] {"r" + i}, List.of());
            }
            if (failure instanceof IOException e) {
                throw e;
            } else if (failure instanceof SAXException e) {
                throw e;
            } else if (failure instanceof RuntimeException e) {
                throw e;
            }
        };
    }

    @Test
    void everyRowReachesTheSinkInOrderOnTheCallersThread() throws Exception {
        List<Integer> numbers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Thread> reader = new AtomicReference<>();
        RowPipe.read(rows(ROWS, null, new AtomicInteger(), reader), (row, cells, broken) -> {
            assertThat(cells).containsExactly("r" + row);
            numbers.add(row);
            threads.add(Thread.currentThread());
        });
        assertThat(numbers).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
        assertThat(threads).containsOnly(Thread.currentThread());
        assertThat(reader.get()).isNotSameAs(Thread.currentThread());
        assertThat(reader.get().isAlive()).isFalse();
    }

    @Test
    void aSheetWithoutRowsEnds() throws Exception {
        List<Integer> numbers = new ArrayList<>();
        RowPipe.read(rows(0, null, new AtomicInteger(), new AtomicReference<>()), (row, cells, broken) -> numbers.add(row));
        assertThat(numbers).isEmpty();
    }

    @Test
    void aFailureWhileReadingIsThrownHereAfterTheRowsReadBeforeIt() {
        for (Exception failure : List.of(new SAXException("unbalanced"), new IOException("truncated"),
                new XlsxRowReader.BrokenSheet("excel.refused.rowNumber", List.of("甲", "x")))) {
            List<Integer> numbers = new ArrayList<>();
            AtomicReference<Thread> reader = new AtomicReference<>();
            assertThatThrownBy(() -> RowPipe.read(rows(ROWS, failure, new AtomicInteger(), reader),
                    (row, cells, broken) -> numbers.add(row))).isSameAs(failure);
            assertThat(numbers).as("%s", failure).hasSize(ROWS);
            assertThat(reader.get().isAlive()).isFalse();
        }
    }

    @Test
    void aSinkThatStopsReadingStopsTheReadingThreadWithinTheRowsItMayReadAhead() {
        for (RuntimeException stop : List.of(new XlsxRowReader.StopReading(), new IllegalStateException("listener"))) {
            AtomicInteger produced = new AtomicInteger();
            AtomicReference<Thread> reader = new AtomicReference<>();
            List<Integer> numbers = new ArrayList<>();
            assertThatThrownBy(() -> RowPipe.read(rows(10_000_000, null, produced, reader), (row, cells, broken) -> {
                numbers.add(row);
                if (row == 300) {
                    throw stop;
                }
            })).isSameAs(stop);
            assertThat(numbers).as("no row after the one that stopped").hasSize(300);
            assertThat(reader.get().isAlive()).isFalse();
            // the batch being handed over, the batches queued, the one being filled, and the row that saw the stop
            assertThat(produced.get()).isLessThanOrEqualTo(300 + (RowPipe.BATCHES_AHEAD + 2) * RowPipe.BATCH_ROWS + 1);
        }
    }

    @Test
    void theReadingThreadIsBoundedByTheCharactersItHoldsNotOnlyByRows() throws Exception {
        String longCell = "长".repeat(100_000); // one instance: the rows cost the test nothing, the pipe counts them
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> reader = new AtomicReference<>();
        CountDownLatch firstRowTaken = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            try {
                RowPipe.read(sink -> {
                    reader.set(Thread.currentThread());
                    for (int i = 1; i <= 2_000; i++) {
                        produced.incrementAndGet();
                        sink.row(i, new String[] {longCell}, List.of());
                    }
                }, (row, cells, broken) -> {
                    if (row == 1) {
                        firstRowTaken.countDown();
                        await(goOn);
                    }
                });
            } catch (IOException | SAXException e) {
                throw new AssertionError(e);
            }
        });
        caller.start();
        assertThat(firstRowTaken.await(60, TimeUnit.SECONDS)).isTrue();
        // the caller's thread holds the first row: the reading thread reads ahead until it has to wait (or ends)
        int last = -1;
        for (int stable = 0; stable < 5; ) {
            Thread.sleep(50);
            int now = produced.get();
            Thread.State state = reader.get().getState();
            boolean waiting = state == Thread.State.WAITING || state == Thread.State.TERMINATED;
            stable = waiting && now == last ? stable + 1 : 0;
            last = now;
        }
        int heldWhenBlocked = produced.get();
        goOn.countDown();
        caller.join(60_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(produced.get()).isEqualTo(2_000);
        // what is counted ahead, the batch that closed at the character bound and waits, and the row being added
        long bound = RowPipe.CHARS_AHEAD + RowPipe.BATCH_CHARS + 2L * longCell.length();
        assertThat((long) heldWhenBlocked * longCell.length()).isLessThanOrEqualTo(bound);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void anErrorInTheSinkIsThrownHere() {
        AssertionError error = new AssertionError("sink");
        AtomicReference<Thread> reader = new AtomicReference<>();
        assertThatThrownBy(() -> RowPipe.read(rows(ROWS, null, new AtomicInteger(), reader), (row, cells, broken) -> {
            throw error;
        })).isSameAs(error);
        assertThat(reader.get().isAlive()).isFalse();
    }
}
