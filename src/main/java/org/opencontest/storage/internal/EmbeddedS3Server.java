package org.opencontest.storage.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.opencontest.shared.net.LocalPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process S3 server of the default run and the tests: S3Proxy with its filesystem backend, AWS v4
 * signatures with the configured keys, on 127.0.0.1. The application talks to it through the MinIO SDK exactly as
 * it talks to MinIO in production.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedS3Server.class);
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final S3Proxy proxy;
    private final BlobStore blobStore;
    private final URI endpoint;

    private EmbeddedS3Server(S3Proxy proxy, BlobStore blobStore, URI endpoint) {
        this.proxy = proxy;
        this.blobStore = blobStore;
        this.endpoint = endpoint;
    }

    /**
     * Starts the server; with port 0, or when the port is taken (a second instance on the machine), it picks a free
     * port, which {@link #endpoint()} then reports.
     */
    static EmbeddedS3Server start(Path directory, int port, String accessKey, String secretKey) throws Exception {
        int bindPort = LocalPorts.orAnyFreeIfTaken(HOST, port);
        Path baseDirectory = createDirectory(directory);
        Properties properties = new Properties();
        // S3Proxy 4 kept the jclouds property names for its own filesystem backend
        properties.setProperty("jclouds.filesystem.basedir", baseDirectory.toString());
        properties.setProperty("jclouds.identity", accessKey);
        properties.setProperty("jclouds.credential", secretKey);
        BlobStore blobStore = BlobStores.create("filesystem", properties);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .awsAuthentication(AuthenticationType.AWS_V4, accessKey, secretKey)
                .endpoint(URI.create("http://" + HOST + ":" + bindPort))
                .build();
        try {
            proxy.start();
            awaitStarted(proxy);
        } catch (Exception e) {
            stopQuietly(proxy, blobStore);
            throw e;
        }
        URI endpoint = URI.create("http://" + HOST + ":" + proxy.getPort());
        if (bindPort != port) {
            log.warn("Port {} on {} is taken (another instance?): the embedded S3 server listens on port {} instead; "
                    + "presigned download links point there", port, HOST, proxy.getPort());
        }
        log.info("Embedded S3 server listening on {} with its objects under {}", endpoint, baseDirectory);
        return new EmbeddedS3Server(proxy, blobStore, endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            blobStore.close();
        }
    }

    private static Path createDirectory(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        return absolute.toRealPath();
    }

    /** {@link S3Proxy#start()} returns while Jetty may still be binding; the port is known only once it runs. */
    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Embedded S3 server did not start within " + START_TIMEOUT
                        + " (state " + proxy.getState() + ")");
            }
            Thread.sleep(10);
        }
    }

    private static void stopQuietly(S3Proxy proxy, BlobStore blobStore) {
        try {
            proxy.stop();
        } catch (Exception e) {
            log.debug("Stopping the embedded S3 server after a failed start failed too", e);
        }
        blobStore.close();
    }
}
