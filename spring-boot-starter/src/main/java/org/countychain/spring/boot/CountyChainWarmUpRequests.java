package org.countychain.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;

import org.countychain.sample.SampleCounty;

import org.jspecify.annotations.Nullable;

/**
 * The application's own first requests, made while it starts (请求预热): the built-in sample county is posted as
 * JSON to each path of {@code countychain.warm-up.requests} ({@code /counties/screen}, say), over the loopback
 * interface to the application's own web server, {@code countychain.warm-up.iterations} times. That is what
 * {@link CountyChainWarmUp} cannot reach: the servlet container's first request, the dispatcher servlet's start,
 * the handler mapping, the message converters and argument resolvers chosen, {@code @Valid}, the response written,
 * each of them loaded and run before the JIT compiler has seen it.
 *
 * <p>It runs after the web server has started (its port is open) and before the application reports itself started
 * and ready ({@code ApplicationReadyEvent}, the readiness probe's {@code ACCEPTING_TRAFFIC}): a load balancer that
 * waits for readiness sends no traffic before it is done. Only paths the application lists are called, with
 * {@code POST} and {@code Content-Type: application/json}: whatever such a request does (store the county, send a
 * message) happens at every start, so list only paths whose requests are harmless. Plain HTTP only; any answer but a
 * 2xx, or no answer, ends the warm-up with one warning (kept in {@link #failure()}), never the application. Without a
 * web server (a test's mock environment) it does nothing.
 *
 * @since 0.1.0
 */
public class CountyChainWarmUpRequests implements SmartLifecycle {
    private static final Log LOG = LogFactory.getLog(CountyChainWarmUpRequests.class);
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final Environment environment;
    private final List<String> paths;
    private final int iterations;
    private final Supplier<InputStream> sample;
    private volatile boolean running;
    private volatile int sent;
    private volatile Duration elapsed = Duration.ZERO;
    private volatile @Nullable Throwable failure;

    /**
     * Creates the warm-up; nothing is sent before {@link #start()}.
     *
     * @param environment where the web server's port ({@code local.server.port}), address ({@code server.address})
     *                    and context path ({@code server.servlet.context-path}) are found
     * @param paths       the paths to post the sample county to, each starting with {@code /}; none sends nothing
     * @param iterations  how many times each path is called, at least 1
     */
    public CountyChainWarmUpRequests(Environment environment, List<String> paths, int iterations) {
        this(environment, paths, iterations, SampleCounty::jinjiangJson);
    }

    CountyChainWarmUpRequests(Environment environment, List<String> paths, int iterations,
                              Supplier<InputStream> sample) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.paths = List.copyOf(paths);
        for (String path : this.paths) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("countychain.warm-up.requests: a path starts with '/', was '"
                        + path + "'");
            }
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        this.iterations = iterations;
        this.sample = Objects.requireNonNull(sample, "sample");
    }

    /** Sends the requests, once, when the application's lifecycle starts after the web server's. */
    @Override
    public void start() {
        running = true;
        run();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * After the web server's start (Spring Boot starts it two phases earlier), with the application's last
     * lifecycle beans.
     *
     * @return {@link SmartLifecycle#DEFAULT_PHASE}
     */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }

    /**
     * Sends the requests now; a failure stops them and is kept, never thrown.
     */
    public void run() {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (paths.isEmpty() || port == null || port <= 0) {
            return;
        }
        long start = System.nanoTime();
        String current = paths.get(0);
        int done = 0;
        try {
            byte[] county = readSample();
            String host = host();
            String contextPath = environment.getProperty("server.servlet.context-path", "");
            if (contextPath.endsWith("/")) {
                contextPath = contextPath.substring(0, contextPath.length() - 1);
            }
            for (int i = 0; i < iterations; i++) {
                for (String path : paths) {
                    current = path;
                    post(new URI("http", null, host, port, contextPath + path, null, null), county);
                    done++;
                    sent = done; // one writer: a plain write, which readers see whole
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            failure = e;
            LOG.warn("CountyChain warm-up request POST " + current + " failed after " + done + " of "
                    + iterations * paths.size() + " requests; the first requests will pay the rest: " + e);
        } finally {
            elapsed = Duration.ofNanos(System.nanoTime() - start);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("CountyChain warm-up: " + done + " requests in " + elapsed.toMillis() + " ms");
        }
    }

    /** The server's own address when it is bound to one, else the loopback interface. */
    private String host() throws IOException {
        String address = environment.getProperty("server.address");
        InetAddress bound = address == null || address.isBlank() ? null : InetAddress.getByName(address.strip());
        InetAddress target = bound == null || bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
        String host = target.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void post(URI uri, byte[] body) throws IOException {
        // Straight to the application, whatever proxy the JVM is set up with.
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
        try {
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            // Read the answer whole, as a client does, so the response path is warmed to its end.
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (status < 200 || status > 299) {
                throw new IOException("HTTP " + status + " from " + uri);
            }
        } finally {
            connection.disconnect();
        }
    }

    private byte[] readSample() {
        try (InputStream in = sample.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The requests answered with a 2xx.
     *
     * @return 0 before the warm-up ran or without paths, iterations × paths when all of it did
     */
    public int requests() {
        return sent;
    }

    /**
     * How long the requests took.
     *
     * @return the time, zero before they ran
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * What stopped the requests, if anything did.
     *
     * @return the failure, or empty
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }
}
