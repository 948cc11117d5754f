package org.opencontest.storage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import org.junit.jupiter.api.Test;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Several nodes starting at once all bootstrap the same bucket without tripping over each other. */
class BucketBootstrapIT extends IntegrationTest {

    private static final int NODES = 6;

    @Autowired
    private MinioClient minio;

    @Test
    void concurrentBootstrapsAllSucceedAndCreateOneBucket() throws Exception {
        String name = "bootstrap-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch startTogether = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<?>> bootstraps = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                Bucket bucket = new Bucket(minio, name);
                bootstraps.add(nodes.submit(() -> {
                    startTogether.await();
                    bucket.ensureExists();
                    return null;
                }));
            }
            startTogether.countDown();
            for (Future<?> bootstrap : bootstraps) {
                bootstrap.get();
            }

            assertThat(minio.bucketExists(BucketExistsArgs.builder().bucket(name).build())).isTrue();
            new Bucket(minio, name).ensureExists();
        } finally {
            nodes.shutdownNow();
            minio.removeBucket(RemoveBucketArgs.builder().bucket(name).build());
        }
    }
}
