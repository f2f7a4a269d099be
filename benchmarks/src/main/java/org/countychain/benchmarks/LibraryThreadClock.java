package org.countychain.benchmarks;

import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CPU time of the library's own threads during a run ({@code countychain-xlsx-reader} scans a sheet and turns its
 * cells into text, {@code countychain-xlsx-inflater} inflates it), by stage: each such thread's CPU time is read every
 * millisecond while it lives, as a thread's CPU time can no longer be read once it has ended. So a figure may miss up
 * to the last millisecond of a thread's work; the caller's own share is its thread CPU time, read by the caller.
 */
final class LibraryThreadClock implements AutoCloseable {
    private static final String PREFIX = "countychain-xlsx-";

    private final ThreadMXBean threads;
    /** The last CPU time read of each library thread, by thread id. */
    private final Map<Long, Long> lastNanos = new ConcurrentHashMap<>();
    private final Map<Long, String> stageOf = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    LibraryThreadClock(ThreadMXBean threads) {
        this.threads = threads;
        poller = new Thread(this::poll, "library-thread-clock");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[256];
        while (running) {
            int n = root.enumerate(all, true);
            for (int i = 0; i < n; i++) {
                Thread t = all[i];
                if (t.getName().startsWith(PREFIX)) {
                    long nanos = threads.getThreadCpuTime(t.getId());
                    if (nanos > 0) {
                        lastNanos.put(t.getId(), nanos);
                        stageOf.putIfAbsent(t.getId(), t.getName().substring(PREFIX.length()));
                    }
                }
                all[i] = null;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Stops reading and sums the CPU time read, by stage.
     *
     * @return nanoseconds by stage ({@code reader}, {@code inflater}); empty when no library thread ran
     */
    Map<String, Long> stop() {
        close();
        Map<String, Long> byStage = new HashMap<>();
        lastNanos.forEach((id, nanos) -> byStage.merge(stageOf.get(id), nanos, Long::sum));
        return byStage;
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
