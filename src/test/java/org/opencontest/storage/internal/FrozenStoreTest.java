package org.opencontest.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.minio.MinioClient;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencontest.storage.StorageUnavailableException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A frozen store: it accepts the connection and then never answers. The call fails after the read timeout (not
 * OkHttp's default of minutes) with the "storage unavailable" refusal, and the log says which timeout fired.
 */
@ExtendWith(OutputCaptureExtension.class)
class FrozenStoreTest {

    private final List<Socket> held = Collections.synchronizedList(new ArrayList<>());
    private ServerSocket frozen;
    private MinioClient client;

    @BeforeEach
    void aStoreThatAcceptsAndNeverAnswers() throws IOException {
        frozen = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            while (!frozen.isClosed()) {
                try {
                    held.add(frozen.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        OkHttpClient http = new StorageConfiguration().storageHttpClient(
                new StorageTimeouts(Duration.ofSeconds(1), Duration.ofMillis(700), Duration.ofSeconds(1)));
        client = MinioClient.builder().endpoint("http://127.0.0.1:" + frozen.getLocalPort()).region("us-east-1")
                .credentials("k", "secret-key").httpClient(http).build();
    }

    @AfterEach
    void thaw() throws Exception {
        frozen.close();
        synchronized (held) {
            for (Socket socket : held) {
                socket.close();
            }
        }
        client.close();
    }

    @Test
    void aCallToAFrozenStoreFailsAfterTheReadTimeoutAndSaysSoInTheLog(CapturedOutput log) {
        Bucket bucket = new Bucket(client, "frozen");
        long started = System.nanoTime();

        assertThatThrownBy(() -> bucket.ensureExists()).isInstanceOf(StorageUnavailableException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(log.getOut()).contains("Object store timed out on", "read 700 ms");
    }
}
