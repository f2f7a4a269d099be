package org.countychain.validation;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Something expensive built once, by whichever thread comes first: a background thread ({@link #startThread}) or a
 * caller that needs it ({@link #get()}) before that thread has begun, so that a busy machine never makes a caller
 * wait for a thread that has not been scheduled. Callers that come while it is being built wait for it; a failure
 * is thrown to every caller as the build threw it. {@link #close()} releases it now if it is built, when it is if
 * the build is running (without waiting), and keeps it from ever being built if the build has not begun.
 *
 * @param <T> what is built
 */
final class Bootstrap<T> {
    private final Supplier<T> build;
    private final Consumer<T> release;
    private boolean started;
    private boolean closed;
    private @Nullable T value;
    private @Nullable Throwable failure;

    Bootstrap(Supplier<T> build, Consumer<T> release) {
        this.build = Objects.requireNonNull(build, "build");
        this.release = Objects.requireNonNull(release, "release");
    }

    /**
     * Starts the build on a new daemon thread, which ends when the build does and sees the context class loader of
     * the thread that calls this (what the build would have seen on the caller's thread: Hibernate Validator looks
     * up services and bundles through it, an application server's or Spring Boot's rather than the system's). When
     * that thread has built (no caller got there first) and published the result, it goes on with {@code afterwards}
     * (work that a caller would otherwise do on its first use, which it may then find done), unless closed meanwhile.
     * A failure of {@code afterwards} is the caller's to meet again: it is not thrown here.
     */
    void startThread(String name, Consumer<T> afterwards) {
        Thread thread = new Thread(() -> {
            T built = run();
            if (built != null) {
                try {
                    afterwards.accept(built);
                } catch (RuntimeException ignored) {
                    // Only a head start: the caller meets the same failure, if it is one, where it belongs.
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }

    /**
     * Builds, unless another thread has begun to, or it was closed first.
     *
     * @return what this call built, if it built and was not closed meanwhile; else {@code null}
     */
    @Nullable T run() {
        synchronized (this) {
            if (started || closed) {
                return null;
            }
            started = true;
        }
        T built = null;
        Throwable failed = null;
        try {
            built = Objects.requireNonNull(build.get(), "built");
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        boolean releaseNow;
        synchronized (this) {
            value = built;
            failure = failed;
            releaseNow = closed;
            notifyAll();
        }
        if (releaseNow && built != null) {
            release.accept(built);
            return null;
        }
        return built;
    }

    /**
     * What was built: built on this thread if nobody has begun, else waited for (an interrupt does not end the wait;
     * the thread's interrupt status is kept).
     *
     * @throws RuntimeException the build's own failure, the same one to every caller
     * @throws Error the build's own failure
     * @throws IllegalStateException closed before the build began
     */
    T get() {
        run();
        boolean interrupted = false;
        try {
            synchronized (this) {
                while (value == null && failure == null) {
                    if (!started) {
                        throw new IllegalStateException("closed before it was used");
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (failure instanceof RuntimeException r) {
                    throw r;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                return Objects.requireNonNull(value);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Releases what was built: now if built, when built if the build runs, never if the build has not begun. */
    void close() {
        T built;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            built = value;
        }
        if (built != null) {
            release.accept(built);
        }
    }
}
