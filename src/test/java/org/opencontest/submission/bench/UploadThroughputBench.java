package org.opencontest.submission.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
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
 * Upload throughput (not in CI; {@code ./mvnw -Pbench test -Dtest=UploadThroughputBench}, see docs/performance.md):
 * 1 GiB through the app's upload path ({@link org.opencontest.submission.SubmissionDrafts#upload}: team and deadline checks, SHA-256,
 * sniffing, size limit, multipart put, digest object, row) against a plain MinIO SDK put of the same bytes to the same
 * store with the same part size. After an untimed warm-up of 256 MiB each way, {@code bench.rounds} rounds (default
 * 3), each one app upload and one direct put in alternating order, so that a change in the machine's load hits both
 * sides alike; the verdict is the median of the rounds' ratios. The heap under four concurrent uploads is
 * {@link UploadHeapBench}'s.
 */
class UploadThroughputBench extends IntegrationTest {

    private static final long WARM_UP_BYTES = 256L * 1024 * 1024;

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
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
        SubmissionFixtures.Scenario s = BenchSupport.gibScenario(contests, teams, administration, clock.instant());
        int rounds = Integer.getInteger("bench.rounds", 3);
        // untimed: the first gigabyte through a fresh JVM pays for JIT compilation of the upload path
        app(s, WARM_UP_BYTES);
        direct(WARM_UP_BYTES);
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double load = BenchSupport.loadAverage();
            boolean appFirst = round % 2 == 1;
            long app = appFirst ? app(s, BenchSupport.GIB) : 0;
            long direct = direct(BenchSupport.GIB);
            if (!appFirst) {
                app = app(s, BenchSupport.GIB);
            }
            double ratio = (double) direct / app;
            ratios.add(ratio);
            System.out.printf("BENCH upload-1GiB round=%d order=%s app=%.1f MiB/s (%.2f s) direct=%.1f MiB/s (%.2f s) "
                            + "ratio=%.3f part=%s load=%.2f->%.2f%n", round, appFirst ? "app,direct" : "direct,app",
                    BenchSupport.mibPerSecond(BenchSupport.GIB, app), app / 1e9,
                    BenchSupport.mibPerSecond(BenchSupport.GIB, direct), direct / 1e9, ratio, partSize, load,
                    BenchSupport.loadAverage());
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        System.out.printf("BENCH upload-1GiB rounds=%d ratios=%s median=%.3f%n", rounds, ratios, median);
        assertThat(median).isGreaterThanOrEqualTo(0.9);
    }

    /** Nanoseconds for {@code size} bytes through the app's upload path (the file is removed again afterwards). */
    private long app(SubmissionFixtures.Scenario s, long size) {
        long start = System.nanoTime();
        SubmittedFile stored = as(s.member(), () -> drafts.upload(s.contestId(),
                BenchSupport.bytes(size), "big-" + UUID.randomUUID() + ".bin", clock.instant()));
        long elapsed = System.nanoTime() - start;
        assertThat(stored.size()).isEqualTo(size);
        as(s.member(), () -> {
            drafts.removeFile(s.contestId(), stored.id());
            return null;
        });
        return elapsed;
    }

    /** Nanoseconds for {@code size} bytes put directly with the SDK (the object is removed again afterwards). */
    private long direct(long size) throws Exception {
        String key = "bench/direct-" + UUID.randomUUID();
        long start = System.nanoTime();
        minio.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(BenchSupport.bytes(size), -1, partSize.toBytes())
                .contentType("application/octet-stream").build());
        long elapsed = System.nanoTime() - start;
        minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        return elapsed;
    }
}
