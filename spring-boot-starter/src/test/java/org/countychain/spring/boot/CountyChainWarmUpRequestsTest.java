package org.countychain.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import org.countychain.sample.SampleCounty;

/**
 * The warm-up's requests against a real HTTP/1.1 server on the loopback interface (a socket that records each
 * request and answers with the status it is told): what is sent, where, how often, and what a bad answer does.
 */
class CountyChainWarmUpRequestsTest {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private ServerSocket server;
    private Thread serving;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
            serving.join(10_000);
        }
    }

    private int serve() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    answer(s);
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        });
        serving.start();
        return server.getLocalPort();
    }

    /** Reads one request as "METHOD path content-type sample/other" and answers it with {@link #status}. */
    private void answer(Socket s) throws IOException {
        InputStream in = new BufferedInputStream(s.getInputStream());
        String requestLine = line(in);
        Map<String, String> headers = new HashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        String[] parts = requestLine.split(" ");
        boolean sample = java.util.Arrays.equals(body, sampleBytes());
        // Recorded before the answer, which lets the client go on.
        received.add(parts[0] + " " + parts[1] + " " + headers.get("content-type") + " "
                + (sample ? "sample" : "other"));
        OutputStream out = s.getOutputStream();
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    private static byte[] sampleBytes() {
        try (InputStream in = SampleCounty.jinjiangJson()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    @Test
    void postsTheSampleToEachPathUnderTheContextPathIterationsTimes() throws Exception {
        int port = serve();
        CountyChainWarmUpRequests warmUp = new CountyChainWarmUpRequests(environment(Map.of("local.server.port", port,
                "server.servlet.context-path", "/api/")), List.of("/counties/screen", "/counties/validate"), 2);
        assertThat(warmUp.getPhase()).isGreaterThan(Integer.MAX_VALUE - 2048); // after the web server's start
        warmUp.start();

        assertThat(warmUp.failure()).isEmpty();
        assertThat(warmUp.requests()).isEqualTo(4);
        assertThat(warmUp.elapsed()).isPositive();
        assertThat(received).containsExactly(
                "POST /api/counties/screen application/json sample",
                "POST /api/counties/validate application/json sample",
                "POST /api/counties/screen application/json sample",
                "POST /api/counties/validate application/json sample");
    }

    @Test
    void anAnswerOtherThanTwoHundredStopsTheRequestsAndIsKeptNotThrown() throws Exception {
        int port = serve();
        status = 404;
        CountyChainWarmUpRequests warmUp = new CountyChainWarmUpRequests(environment(Map.of("local.server.port", port)),
                List.of("/missing", "/other"), 3);
        warmUp.run();

        assertThat(received).containsExactly("POST /missing application/json sample");
        assertThat(warmUp.requests()).isZero();
        assertThat(warmUp.failure()).get().asString().contains("HTTP 404");
    }

    @Test
    void noServerAnsweringIsAFailureKept() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        CountyChainWarmUpRequests warmUp = new CountyChainWarmUpRequests(environment(Map.of("local.server.port", port)),
                List.of("/counties/screen"), 1);
        warmUp.run();
        assertThat(warmUp.failure()).get().isInstanceOf(IOException.class);
        assertThat(warmUp.requests()).isZero();
    }

    @Test
    void withoutAWebServerOrWithoutPathsNothingIsSent() throws Exception {
        int port = serve();
        CountyChainWarmUpRequests noServer = new CountyChainWarmUpRequests(environment(Map.of()),
                List.of("/counties/screen"), 3);
        noServer.run();
        CountyChainWarmUpRequests noPaths = new CountyChainWarmUpRequests(
                environment(Map.of("local.server.port", port)), List.of(), 3);
        noPaths.run();

        assertThat(received).isEmpty();
        assertThat(noServer.failure()).isEmpty();
        assertThat(noPaths.failure()).isEmpty();
        assertThat(noServer.requests() + noPaths.requests()).isZero();
    }

    @Test
    void aPathMustStartWithASlashAndIterationsBeOneOrMore() {
        StandardEnvironment environment = environment(Map.of());
        assertThatThrownBy(() -> new CountyChainWarmUpRequests(environment, List.of("counties/screen"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'counties/screen'");
        assertThatThrownBy(() -> new CountyChainWarmUpRequests(environment, List.of("/x"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
