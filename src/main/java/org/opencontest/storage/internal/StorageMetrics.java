package org.opencontest.storage.internal;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The object store's business metrics: {@code opencontest_uploads_in_progress} (streams running into the store
 * right now, the deadline surge), {@code opencontest_upload_bytes_total{outcome}} (bytes streamed, stored or lost
 * to a failed upload) and {@code opencontest_presigned_downloads_total} (download links handed out).
 */
class StorageMetrics {

    private final AtomicInteger uploadsInProgress = new AtomicInteger();
    private final Counter storedBytes;
    private final Counter failedBytes;
    private final Counter presignedDownloads;

    StorageMetrics(MeterRegistry registry) {
        Gauge.builder("opencontest.uploads.in.progress", uploadsInProgress, AtomicInteger::get)
                .description("Uploads streaming into the object store").register(registry);
        storedBytes = bytes(registry, "stored");
        failedBytes = bytes(registry, "failed");
        presignedDownloads = Counter.builder("opencontest.presigned.downloads")
                .description("Presigned download links issued").register(registry);
    }

    private static Counter bytes(MeterRegistry registry, String outcome) {
        return Counter.builder("opencontest.upload.bytes").baseUnit("bytes").tag("outcome", outcome)
                .description("Bytes streamed into the object store").register(registry);
    }

    void uploadStarted() {
        uploadsInProgress.incrementAndGet();
    }

    void uploadEnded(long bytes, boolean stored) {
        uploadsInProgress.decrementAndGet();
        (stored ? storedBytes : failedBytes).increment(bytes);
    }

    void presignedDownloadIssued() {
        presignedDownloads.increment();
    }
}
