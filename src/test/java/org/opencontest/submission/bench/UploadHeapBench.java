package org.opencontest.submission.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.internal.SubmittedFile;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Four 1 GiB uploads at once through {@link org.opencontest.submission.SubmissionDrafts#upload} in a JVM limited to {@code -Xmx384m} (not in
 * CI; {@code ./mvnw -Pbench test -Dtest='UploadHeap*Bench'}, see docs/performance.md). Here the S3 server runs in the
 * test's JVM, as in the default run; {@link UploadHeapOwnStoreBench} repeats it with the server in a process of its
 * own, as MinIO is in production.
 * <p>
 * What is measured is the <em>live</em> heap: the heap in use right after a full collection
 * ({@code System.gc()}, then {@link MemoryMXBean}), so garbage does not count. The baseline is taken after a warm-up
 * (four small concurrent uploads: Tika's detector, HTTP clients and connection pools, server threads, the test data
 * block are all in place before it), then sampled four times a second while the four uploads run. Repeated
 * {@code bench.runs} times (default 3).
 */
class UploadHeapBench extends IntegrationTest {

    private static final int UPLOADS = 4;
    private static final long WARM_UP_BYTES = 24L * 1024 * 1024;
    private static final long SAMPLE_MILLIS = 250;

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;
    @Value("${opencontest.storage.part-size}")
    DataSize partSize;

    /** Where the S3 server runs, for the printed line. */
    String store() {
        return "this-jvm";
    }

    @Test
    void fourConcurrentGibUploadsKeepAboutOnePartEachOnTheHeap() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<SubmissionFixtures.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            scenarios.add(BenchSupport.gibScenario(contests, teams, administration, clock.instant()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        try {
            uploadAll(scenarios, WARM_UP_BYTES, pool);
            int runs = Integer.getInteger("bench.runs", 3);
            for (int run = 1; run <= runs; run++) {
                measure(run, scenarios, pool, memory);
            }
        } finally {
            pool.shutdown();
        }
    }

    private void measure(int run, List<SubmissionFixtures.Scenario> scenarios, ExecutorService pool,
                         MemoryMXBean memory) throws InterruptedException {
        long baseline = liveHeap(memory);
        AtomicLong peakLive = new AtomicLong(baseline);
        AtomicLong peakUsed = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                long live = liveHeap(memory);
                samples.add(live);
                peakLive.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        double load = BenchSupport.loadAverage();
        long start = System.nanoTime();
        sampler.start();
        uploadAll(scenarios, BenchSupport.GIB, pool);
        long elapsed = System.nanoTime() - start;
        running.set(false);
        sampler.join();
        List<Long> sorted = samples.stream().sorted().toList();
        long median = sorted.isEmpty() ? baseline : sorted.get(sorted.size() / 2);
        long growth = peakLive.get() - baseline;
        System.out.printf("BENCH heap-4x1GiB store=%s run=%d elapsed=%.1f s aggregate=%.1f MiB/s maxHeap=%d MiB "
                        + "peakUsedWithGarbage=%d MiB liveBaseline=%.1f MiB livePeak=%.1f MiB liveMedian=%.1f MiB "
                        + "liveGrowth=%.1f MiB perUpload=%.1f MiB (%.2f parts of %s) samples=%d load=%.2f->%.2f%n",
                store(), run, elapsed / 1e9, BenchSupport.mibPerSecond(UPLOADS * BenchSupport.GIB, elapsed),
                memory.getHeapMemoryUsage().getMax() >> 20, peakUsed.get() >> 20, mib(baseline), mib(peakLive.get()),
                mib(median), mib(growth), mib(growth) / UPLOADS, (double) growth / UPLOADS / partSize.toBytes(),
                partSize, samples.size(), load, BenchSupport.loadAverage());
    }

    /** Uploads {@code size} bytes for every scenario at once, then removes the files again. */
    private void uploadAll(List<SubmissionFixtures.Scenario> scenarios, long size, ExecutorService pool) {
        List<CompletableFuture<SubmittedFile>> uploads = scenarios.stream().map(s -> CompletableFuture.supplyAsync(() ->
                as(s.member(), () -> drafts.upload(s.contestId(), BenchSupport.bytes(size), "big.bin",
                        clock.instant())), pool)).toList();
        for (int i = 0; i < uploads.size(); i++) {
            SubmittedFile stored = uploads.get(i).join();
            assertThat(stored.size()).isEqualTo(size);
            SubmissionFixtures.Scenario s = scenarios.get(i);
            as(s.member(), () -> {
                drafts.removeFile(s.contestId(), stored.id());
                return null;
            });
        }
    }

    /** What is still reachable: the heap in use right after a full collection. */
    private static long liveHeap(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
