package org.opencontest.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.storage.StorageUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The object store cannot be reached: every call that needs it says so with a translated, retryable refusal. */
class StorageDownTest {

    private MinioClient client;
    private MinioAsyncClient asyncClient;
    private MinioObjectStorage storage;

    @BeforeEach
    void storageOnAClosedPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closedPort;
        client = MinioClient.builder().endpoint(endpoint).region("us-east-1").credentials("k", "secret-key").build();
        asyncClient = MinioAsyncClient.builder().endpoint(endpoint).region("us-east-1")
                .credentials("k", "secret-key").build();
        storage = new MinioObjectStorage(client, client, asyncClient, new Bucket(client, "down"), 5L * 1024 * 1024,
                new StorageMetrics(new SimpleMeterRegistry()));
    }

    @AfterEach
    void closeClients() throws Exception {
        client.close();
        asyncClient.close();
    }

    @Test
    void uploadsAreRefusedAsUnavailable() {
        assertThatThrownBy(() -> storage.put("contests/1", new ByteArrayInputStream(new byte[] {1, 2}), "a.txt", 100))
                .isInstanceOf(StorageUnavailableException.class)
                .hasFieldOrPropertyWithValue("messageKey", "storage.error.unavailable")
                .hasRootCauseInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void readsAndDeletesAreRefusedAsUnavailable() {
        String key = ObjectKeys.newKey("contests/1");

        assertThatThrownBy(() -> storage.get(key)).isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.stat(key)).isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void linksAreSignedLocallyWithoutTheStore() {
        String key = ObjectKeys.newKey("contests/1");

        assertThat(storage.presignedGet(key, Duration.ofMinutes(10), "a.txt").toString())
                .contains(key, "X-Amz-Signature=", "response-content-disposition=");
    }

    @Test
    void healthReportsDown() {
        assertThat(new StorageHealthIndicator(new Bucket(client, "down")).health().getStatus().getCode())
                .isEqualTo("DOWN");
    }
}
