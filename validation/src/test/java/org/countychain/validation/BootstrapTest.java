package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The once-only build behind {@code CountyChainValidator}'s background bootstrap, driven step by step with latches:
 * who builds, who waits, what a failure and a close do.
 */
class BootstrapTest {
    private static final long WAIT = TimeUnit.MINUTES.toMillis(2);

    private final AtomicInteger builds = new AtomicInteger();
    private final List<String> released = new CopyOnWriteArrayList<>();
    private final List<String> builtOn = new CopyOnWriteArrayList<>();
    private final CountDownLatch building = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);

    /** Builds "engines", holding until {@code finish} opens. */
    private Bootstrap<String> held() {
        return new Bootstrap<>(() -> {
            builds.incrementAndGet();
            builtOn.add(Thread.currentThread().getName());
            building.countDown();
            await(finish);
            return "engines";
        }, released::add);
    }

    @Test
    void aFailureOnTheBackgroundThreadIsThrownToEveryCallerAsTheBuildThrewIt() throws Exception {
        IllegalStateException failure = new IllegalStateException("HV000000: no provider");
        Bootstrap<String> b = new Bootstrap<>(() -> {
            builds.incrementAndGet();
            await(finish);
            throw failure;
        }, released::add);
        b.startThread("countychain-test-bootstrap", built -> { });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Throwable>> callers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                callers.add(pool.submit(() -> {
                    try {
                        b.get();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            finish.countDown();
            for (Future<Throwable> caller : callers) {
                assertThat(caller.get(2, TimeUnit.MINUTES)).isSameAs(failure);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(b::get).isSameAs(failure);
        assertThat(builds).hasValue(1);
        b.close();
        assertThat(released).isEmpty();
    }

    @Test
    void anErrorIsThrownAsAnError() {
        StackOverflowError error = new StackOverflowError("deep");
        Bootstrap<String> b = new Bootstrap<>(() -> {
            throw error;
        }, released::add);
        assertThatThrownBy(b::get).isSameAs(error);
        assertThatThrownBy(b::get).isSameAs(error);
    }

    @Test
    void callersWhileItBuildsWaitForTheOneBuildAndGetItsResult() throws Exception {
        Bootstrap<String> b = held();
        b.startThread("countychain-test-bootstrap", built -> { });
        assertThat(building.await(2, TimeUnit.MINUTES)).isTrue();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> callers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                callers.add(pool.submit(b::get));
            }
            Thread.sleep(50);
            for (Future<String> caller : callers) {
                assertThat(caller.isDone()).as("returned before the build ended").isFalse();
            }
            finish.countDown();
            for (Future<String> caller : callers) {
                assertThat(caller.get(2, TimeUnit.MINUTES)).isEqualTo("engines");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
        assertThat(builtOn).containsExactly("countychain-test-bootstrap");
    }

    @Test
    void aCallerThatComesBeforeTheThreadHasBegunBuildsItself() {
        Bootstrap<String> b = held();
        finish.countDown();
        assertThat(b.get()).isEqualTo("engines");
        b.run(); // the background thread, late: nothing more to do
        assertThat(builds).hasValue(1);
        assertThat(builtOn).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void closedBeforeTheBuildBeganItNeverBuildsAndUsingItIsRefused() {
        Bootstrap<String> b = held();
        b.close();
        b.run();
        assertThatThrownBy(b::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(builds).hasValue(0);
        assertThat(released).isEmpty();
    }

    @Test
    void closedWhileBuildingCloseDoesNotWaitAndTheBuildReleasesWhatItBuilt() throws Exception {
        Bootstrap<String> b = held();
        Thread thread = new Thread(b::run, "countychain-test-bootstrap");
        thread.start();
        assertThat(building.await(2, TimeUnit.MINUTES)).isTrue();
        b.close();
        assertThat(released).isEmpty();
        finish.countDown();
        thread.join(WAIT);
        assertThat(thread.isAlive()).isFalse();
        assertThat(released).containsExactly("engines");
        b.close();
        assertThat(released).containsExactly("engines");
    }

    @Test
    void closedAfterTheBuildItReleasesOnceAndStaysUsableAsBefore() {
        Bootstrap<String> b = held();
        finish.countDown();
        assertThat(b.get()).isEqualTo("engines");
        b.close();
        b.close();
        assertThat(released).containsExactly("engines");
        assertThat(b.get()).isEqualTo("engines");
    }

    @Test
    void theThreadIsANamedDaemonWithTheCallersContextClassLoaderAndEndsWithTheBuild() throws Exception {
        Bootstrap<String> b = held();
        ClassLoader mine = new ClassLoader(getClass().getClassLoader()) {
        };
        List<Thread> seen = new CopyOnWriteArrayList<>();
        List<ClassLoader> loaders = new CopyOnWriteArrayList<>();
        Bootstrap<String> looking = new Bootstrap<>(() -> {
            seen.add(Thread.currentThread());
            loaders.add(Thread.currentThread().getContextClassLoader());
            return b.get();
        }, released::add);
        Thread me = Thread.currentThread();
        ClassLoader before = me.getContextClassLoader();
        me.setContextClassLoader(mine);
        try {
            looking.startThread("countychain-test-bootstrap", built -> { });
        } finally {
            me.setContextClassLoader(before);
        }
        assertThat(building.await(2, TimeUnit.MINUTES)).isTrue();
        assertThat(seen).hasSize(1);
        Thread thread = seen.get(0);
        assertThat(thread.getName()).isEqualTo("countychain-test-bootstrap");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(loaders).containsExactly(mine);
        finish.countDown();
        assertThat(looking.get()).isEqualTo("engines");
        thread.join(WAIT);
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void anInterruptedCallerWaitsForTheResultAndKeepsItsInterrupt() throws Exception {
        Bootstrap<String> b = held();
        b.startThread("countychain-test-bootstrap", built -> { });
        assertThat(building.await(2, TimeUnit.MINUTES)).isTrue();
        List<Object> got = new CopyOnWriteArrayList<>();
        Thread caller = new Thread(() -> {
            Thread.currentThread().interrupt();
            got.add(b.get());
            got.add(Thread.currentThread().isInterrupted());
        });
        caller.start();
        Thread.sleep(50);
        caller.interrupt();
        finish.countDown();
        caller.join(WAIT);
        assertThat(got).containsExactly("engines", true);
    }

    @Test
    void theThreadThatBuiltGoesOnWithTheWorkAfterwardsAndOnlyThen() throws Exception {
        List<String> after = new CopyOnWriteArrayList<>();
        Bootstrap<String> b = held();
        b.startThread("countychain-test-bootstrap", built -> after.add(built + " on "
                + Thread.currentThread().getName()));
        assertThat(building.await(2, TimeUnit.MINUTES)).isTrue();
        finish.countDown();
        assertThat(b.get()).isEqualTo("engines");
        joinThread("countychain-test-bootstrap");
        assertThat(after).containsExactly("engines on countychain-test-bootstrap");

        // A caller that built first: the thread, late, has nothing to go on with.
        List<String> late = new CopyOnWriteArrayList<>();
        Bootstrap<String> first = new Bootstrap<>(() -> "engines", released::add);
        assertThat(first.get()).isEqualTo("engines");
        first.startThread("countychain-test-late", late::add);
        joinThread("countychain-test-late");
        assertThat(late).isEmpty();
    }

    @Test
    void closedWhileBuildingTheWorkAfterwardsIsNotDoneAndAFailureOfItIsNotThrown() throws Exception {
        List<String> after = new CopyOnWriteArrayList<>();
        Bootstrap<String> b = held();
        b.startThread("countychain-test-bootstrap", after::add);
        assertThat(building.await(2, TimeUnit.MINUTES)).isTrue();
        b.close();
        finish.countDown();
        joinThread("countychain-test-bootstrap");
        assertThat(after).isEmpty();
        assertThat(released).containsExactly("engines");

        Bootstrap<String> failing = new Bootstrap<>(() -> "engines", released::add);
        failing.startThread("countychain-test-failing", built -> {
            throw new IllegalStateException("warm-up failed");
        });
        joinThread("countychain-test-failing");
        assertThat(failing.get()).isEqualTo("engines");
    }

    private static void joinThread(String name) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                t.join(WAIT);
                assertThat(t.isAlive()).isFalse();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new AssertionError("latch never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
