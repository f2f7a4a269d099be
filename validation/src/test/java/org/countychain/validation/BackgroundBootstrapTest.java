package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.ServiceContact;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code CountyChainValidator.create()} bootstraps Hibernate Validator on a daemon thread and returns at once: the
 * results are those of a validator bootstrapped on the caller's thread, from one thread or many at once; the thread is
 * named, a daemon, and ends with the bootstrap; none is started when the bootstrap is asked for on the caller's
 * thread. ({@link BootstrapTest} holds what happens on failure, on close and between threads.) Isolated: the tests
 * look at the JVM's threads by name.
 */
@Isolated
class BackgroundBootstrapTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();

    /** The validator as it was before the bootstrap moved to a thread: built on the caller's. */
    private static final CountyChainValidator ON_CALLER = CountyChainValidator.builder().bootstrapInBackground(false)
            .build();

    @Test
    void theSameResultsAsABootstrapOnTheCallersThreadInEveryGroupAndLanguage() {
        try (CountyChainValidator background = CountyChainValidator.create()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(background.validate(SAMPLE, locale).violations())
                        .isEqualTo(ON_CALLER.validate(SAMPLE, locale).violations()).hasSize(3);
                assertThat(background.validate(SAMPLE, locale, Submission.class).violations())
                        .isEqualTo(ON_CALLER.validate(SAMPLE, locale, Submission.class).violations());
            }
        }
    }

    @Test
    void manyThreadsUsingItBeforeTheBootstrapHasEndedAllGetTheSameResult() throws Exception {
        List<Violation> expected = ON_CALLER.validate(broken(), Locale.ENGLISH).violations();
        assertThat(expected).hasSizeGreaterThan(3);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            CountDownLatch ready = new CountDownLatch(threads);
            List<Callable<List<Violation>>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> {
                    ready.countDown();
                    ready.await();
                    return validator.validate(broken(), Locale.ENGLISH).violations();
                });
            }
            List<Future<List<Violation>>> results = pool.invokeAll(calls, 5, TimeUnit.MINUTES);
            for (Future<List<Violation>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
            assertThat(validator.unwrap().validate(broken())).hasSize(expected.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBootstrapRunsOnANamedDaemonThreadThatEndsWithIt() {
        assertNoBootstrapThreadLeft();
        CountyChainValidator validator = CountyChainValidator.create();
        // Just started, the bootstrap (tens of milliseconds even in a warm JVM) is still running.
        List<Thread> started = bootstrapThreads();
        assertThat(started).hasSize(1);
        assertThat(started.get(0).isDaemon()).isTrue();
        assertThat(validator.validate(SAMPLE).violations()).hasSize(3);
        assertNoBootstrapThreadLeft();
        assertThat(started.get(0).isAlive()).isFalse();
        validator.close();
    }

    @Test
    void builtOnTheCallersThreadNoThreadIsStarted() throws InterruptedException {
        assertNoBootstrapThreadLeft();
        List<Thread> before = bootstrapThreads();
        try (CountyChainValidator validator = CountyChainValidator.builder().bootstrapInBackground(false).build()) {
            assertThat(bootstrapThreads()).isEqualTo(before).isEmpty();
            assertThat(validator.validate(SAMPLE).violations()).hasSize(3);
        }
        String old = System.getProperty(CountyChainValidator.BACKGROUND_PROPERTY);
        System.setProperty(CountyChainValidator.BACKGROUND_PROPERTY, "false");
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            assertThat(bootstrapThreads()).isEmpty();
            assertThat(validator.validate(SAMPLE).violations()).hasSize(3);
        } finally {
            if (old == null) {
                System.clearProperty(CountyChainValidator.BACKGROUND_PROPERTY);
            } else {
                System.setProperty(CountyChainValidator.BACKGROUND_PROPERTY, old);
            }
        }
    }

    @Test
    void closedBeforeItsFirstUseTheThreadStillEndsAndNothingIsLeftOpen() throws InterruptedException {
        CountyChainValidator validator = CountyChainValidator.create();
        validator.close();
        assertNoBootstrapThreadLeft();
        validator.close();
    }

    @Test
    void anInterruptedCallerStillGetsItsResultAndKeepsItsInterrupt() {
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            Thread.currentThread().interrupt();
            try {
                assertThat(validator.validate(SAMPLE).violations()).hasSize(3);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    /** The sample with an enterprise on a chain that does not exist and another whose landline is short. */
    private static CountyDataset broken() {
        List<Enterprise> enterprises = new ArrayList<>(SAMPLE.enterprises());
        enterprises.set(6, enterprises.get(6).toBuilder()
                .chainIds(List.of(SampleCounty.CHAIN_ID, "350582-no-such-chain")).build());
        enterprises.set(9, enterprises.get(9).toBuilder()
                .serviceContact(new ServiceContact("林晓东（样例）", null, "0595-855501")).build());
        return SAMPLE.toBuilder().enterprises(enterprises).build();
    }

    private static List<Thread> bootstrapThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(CountyChainValidator.BOOTSTRAP_THREAD)).toList();
    }

    private static void assertNoBootstrapThreadLeft() {
        for (Thread t : bootstrapThreads()) {
            try {
                t.join(TimeUnit.MINUTES.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            assertThat(t.isAlive()).as("%s still running", t).isFalse();
        }
    }
}
