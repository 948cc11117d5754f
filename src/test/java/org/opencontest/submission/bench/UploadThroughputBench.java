package org.opencontest.submission.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.LatePolicy;
import org.opencontest.submission.SubmissionAdministration;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionRules;
import org.opencontest.submission.SubmissionService;
import org.opencontest.submission.SubmittedFile;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Upload performance (not in CI; {@code ./mvnw -Pbench test}, see docs/performance.md):
 * <ol>
 *   <li>1 GiB through the app's upload path ({@link SubmissionService#upload}: team and deadline checks, SHA-256,
 *       sniffing, size limit, multipart put, digest metadata, row) against a plain MinIO SDK put of the same bytes
 *       to the same store with the same part size, alternating, best of each;</li>
 *   <li>four 1 GiB uploads at once in a JVM limited to {@code -Xmx384m}: no OutOfMemoryError, peak heap reported.</li>
 * </ol>
 */
class UploadThroughputBench extends IntegrationTest {

    private static final int ROUNDS = 2;

    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    ObjectStorage storage;
    @Autowired
    MinioClient minio;
    @Autowired
    Clock clock;
    @Value("${opencontest.storage.bucket}")
    String bucket;
    @Value("${opencontest.storage.part-size}")
    DataSize partSize;

    @Test
    void oneGibThroughTheAppIsAsFastAsADirectPut() throws Exception {
        SubmissionFixtures.Scenario s = scenario();
        long appBest = Long.MAX_VALUE;
        long directBest = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            SubmittedFile stored = as(s.member(), () -> submissions.upload(s.contestId(), BenchSupport.bytes(BenchSupport.GIB),
                    "big-" + UUID.randomUUID() + ".bin", clock.instant()));
            appBest = Math.min(appBest, System.nanoTime() - start);
            assertThat(stored.size()).isEqualTo(BenchSupport.GIB);
            as(s.member(), () -> {
                submissions.removeFile(s.contestId(), stored.id());
                return null;
            });

            String key = "bench/direct-" + UUID.randomUUID();
            start = System.nanoTime();
            minio.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                    .stream(BenchSupport.bytes(BenchSupport.GIB), -1, partSize.toBytes())
                    .contentType("application/octet-stream").build());
            directBest = Math.min(directBest, System.nanoTime() - start);
            minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        }
        double app = BenchSupport.mibPerSecond(BenchSupport.GIB, appBest);
        double direct = BenchSupport.mibPerSecond(BenchSupport.GIB, directBest);
        System.out.printf("BENCH upload-1GiB app=%.1f MiB/s (%.2f s) direct=%.1f MiB/s (%.2f s) ratio=%.3f part=%s%n",
                app, appBest / 1e9, direct, directBest / 1e9, app / direct, partSize);
        assertThat(app / direct).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void fourConcurrentGibUploadsStayWithinASmallHeap() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<SubmissionFixtures.Scenario> teams4 = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            teams4.add(scenario());
        }
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong peakLive = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            for (int tick = 1; running.get(); tick++) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (tick % 25 == 0) {
                    // twice a second: what is still reachable once garbage is collected (the buffers in use)
                    System.gc();
                    peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        List<CompletableFuture<SubmittedFile>> uploads = teams4.stream().map(s -> CompletableFuture.supplyAsync(() ->
                as(s.member(), () -> submissions.upload(s.contestId(), BenchSupport.bytes(BenchSupport.GIB),
                        "big.bin", clock.instant())))).toList();
        uploads.forEach(upload -> assertThat(upload.join().size()).isEqualTo(BenchSupport.GIB));
        long elapsed = System.nanoTime() - start;
        running.set(false);
        sampler.join();
        System.out.printf("BENCH concurrent-4x1GiB elapsed=%.1f s aggregate=%.1f MiB/s maxHeap=%d MiB baselineUsed=%d MiB "
                        + "peakUsed=%d MiB peakLiveAfterGc=%d MiB liveGrowth=%d MiB part=%s%n", elapsed / 1e9,
                BenchSupport.mibPerSecond(4 * BenchSupport.GIB, elapsed), memory.getHeapMemoryUsage().getMax() >> 20,
                baseline >> 20, peak.get() >> 20, peakLive.get() >> 20, (peakLive.get() - baseline) >> 20, partSize);
    }

    private SubmissionFixtures.Scenario scenario() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(
                Set.of("application/octet-stream"), 2 * BenchSupport.GIB, 4 * BenchSupport.GIB, 10, 10, 20,
                LatePolicy.REJECT, Duration.ofMinutes(15), 0)));
        return s;
    }
}
