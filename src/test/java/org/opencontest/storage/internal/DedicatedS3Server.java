package org.opencontest.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An S3 server of the test's own (the embedded server's S3Proxy, filesystem backend), for tests that must stop the
 * store under a running application or keep the store's memory out of the application's heap. Unlike the
 * application's embedded server it keeps its port across {@link #stop()} and {@link #start()}, so a client built
 * for its endpoint reaches it again after a restart. {@link #main} runs one in a process of its own.
 */
public final class DedicatedS3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "opencontest";
    public static final String SECRET_KEY = "opencontest-secret";

    private final Path directory;
    private final int port;
    private EmbeddedS3Server running;

    private DedicatedS3Server(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Starts a server on a free port with its objects under {@code directory}. */
    public static DedicatedS3Server start(Path directory) {
        DedicatedS3Server server = new DedicatedS3Server(directory, freePort());
        server.start();
        return server;
    }

    /** Points the application under test at a dedicated server instead of its embedded one. */
    public static void useAsTheStore(DynamicPropertyRegistry registry, Supplier<URI> endpoint) {
        registry.add("opencontest.storage.embedded", () -> "false");
        registry.add("opencontest.storage.endpoint", () -> endpoint.get().toString());
        registry.add("opencontest.storage.access-key", () -> ACCESS_KEY);
        registry.add("opencontest.storage.secret-key", () -> SECRET_KEY);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** (Re)starts the server on its port with the objects it held before. */
    public synchronized void start() {
        if (running == null) {
            try {
                running = EmbeddedS3Server.start(directory, port, ACCESS_KEY, SECRET_KEY);
            } catch (Exception e) {
                throw new IllegalStateException("The dedicated S3 server did not start on port " + port, e);
            }
        }
    }

    /** Stops the server; open connections are closed, new ones are refused until {@link #start()}. */
    public synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                throw new IllegalStateException("The dedicated S3 server did not stop", e);
            } finally {
                running = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** {@code java ... DedicatedS3Server <directory> <port>}: serves until the process is ended. */
    public static void main(String[] args) throws Exception {
        new DedicatedS3Server(Path.of(args[0]), Integer.parseInt(args[1])).start();
        Thread.currentThread().join();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
