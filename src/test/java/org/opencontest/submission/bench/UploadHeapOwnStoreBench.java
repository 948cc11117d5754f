package org.opencontest.submission.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.opencontest.storage.internal.DedicatedS3Server;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link UploadHeapBench} with the S3 server in a process of its own, as MinIO runs in production: the heap then
 * holds only what the application keeps per upload. (S3Proxy reads each signed part into a byte array of the part's
 * size before it checks the part's SHA-256; in the default run that array sits in the application's heap too.)
 */
class UploadHeapOwnStoreBench extends UploadHeapBench {

    private static Process server;
    private static int port;

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        DedicatedS3Server.useAsTheStore(registry, () -> URI.create("http://127.0.0.1:" + startServer()));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.destroy();
        }
    }

    @Override
    String store() {
        return "own-process";
    }

    /** Runs {@link DedicatedS3Server#main} in a second JVM on this test's class path and waits until it listens. */
    private static synchronized int startServer() {
        if (server != null) {
            return port;
        }
        try {
            port = DedicatedS3Server.freePort();
            Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-objects")),
                    "own-store-");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            server = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    DedicatedS3Server.class.getName(), directory.toString(), Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(new File("target/own-store-s3.log")).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!listening(port)) {
                if (System.nanoTime() > deadline || !server.isAlive()) {
                    throw new IllegalStateException("The S3 server process did not start; see target/own-store-s3.log");
                }
                Thread.sleep(200);
            }
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
