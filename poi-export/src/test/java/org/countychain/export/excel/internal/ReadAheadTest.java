package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;

/** Reading ahead gives the source's bytes, then its end or its failure, and closing stops the reading thread. */
class ReadAheadTest {
    /** Gives {@code bytes} a few at a time (as an inflater does), then fails with {@code failure} if there is one. */
    private static final class Source extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private final IOException failure;
        private int pos;
        final AtomicInteger reads = new AtomicInteger();
        volatile Thread reader;

        Source(byte[] bytes, Random random, IOException failure) {
            this.bytes = bytes;
            this.random = random;
            this.failure = failure;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in chunks");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            reader = Thread.currentThread();
            reads.incrementAndGet();
            if (pos == bytes.length) {
                if (failure != null) {
                    throw failure;
                }
                return -1;
            }
            int n = Math.min(Math.min(len, bytes.length - pos), 1 + random.nextInt(20_000));
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A source of {@code x} bytes without end that tells {@code onRead} how many each bulk read gave. */
    private static InputStream endless(IntConsumer onRead) {
        return new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                onRead.accept(len);
                return len;
            }
        };
    }

    @Test
    void givesTheSourcesBytesInOrderWhateverTheirLength() throws IOException {
        Random random = new Random(20261208);
        for (int n : new int[] {0, 1, ReadAhead.CHUNK_BYTES - 1, ReadAhead.CHUNK_BYTES, ReadAhead.CHUNK_BYTES + 1,
            ReadAhead.CHUNK_BYTES * (ReadAhead.CHUNKS_AHEAD + 3) + 12_345}) {
            byte[] bytes = randomBytes(random, n);
            Source source = new Source(bytes, random, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReadAhead in = new ReadAhead(source)) {
                byte[] b = new byte[1 + random.nextInt(100_000)];
                for (int k; (k = in.read(b, 0, 1 + random.nextInt(b.length))) >= 0;) {
                    assertThat(k).isPositive();
                    out.write(b, 0, k);
                }
                assertThat(in.read()).isEqualTo(-1);
            }
            assertThat(out.toByteArray()).as("%d bytes", n).isEqualTo(bytes);
            assertThat(source.reader).as("read on a thread of its own").isNotNull().isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void aFailureOfTheSourceIsThrownAfterTheBytesReadBeforeIt() throws IOException {
        Random random = new Random(7);
        byte[] bytes = randomBytes(random, ReadAhead.CHUNK_BYTES * 2 + 99);
        IOException failure = new IOException("truncated zip entry");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReadAhead in = new ReadAhead(new Source(bytes, random, failure))) {
            assertThatThrownBy(() -> {
                for (int c; (c = in.read()) >= 0;) {
                    out.write(c);
                }
            }).isSameAs(failure);
        }
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void closingStopsTheReadingThreadAndTheSourceIsNotReadAfterwards() throws Exception {
        Random random = new Random(11);
        AtomicBoolean afterClose = new AtomicBoolean();
        AtomicInteger readsAfterClose = new AtomicInteger();
        InputStream endless = endless(len -> {
            if (afterClose.get()) {
                readsAfterClose.incrementAndGet();
            }
        });
        ReadAhead in = new ReadAhead(endless);
        assertThat(in.read(new byte[1000], 0, 1000)).isPositive();
        Thread.sleep(random.nextInt(50)); // let it fill the chunks it may read ahead, or not
        in.close();
        afterClose.set(true);
        Thread.sleep(50);
        assertThat(readsAfterClose.get()).isZero();
        assertThat(in.readingThreadAlive()).isFalse();
    }

    @Test
    void readsAtMostItsChunksAheadOfAReaderThatTakesNothing() throws Exception {
        java.util.concurrent.atomic.AtomicLong given = new java.util.concurrent.atomic.AtomicLong();
        InputStream endless = endless(given::addAndGet);
        try (ReadAhead in = new ReadAhead(endless)) {
            long seen = -1;
            while (given.get() != seen) { // until the reading thread has stopped for want of room
                seen = given.get();
                Thread.sleep(100);
            }
            // the chunks queued, and one filled and waiting for room in the queue
            assertThat(given.get()).isEqualTo((long) (ReadAhead.CHUNKS_AHEAD + 2) * ReadAhead.CHUNK_BYTES);
            assertThat(in.read(new byte[10], 0, 10)).isEqualTo(10);
        }
    }
}
