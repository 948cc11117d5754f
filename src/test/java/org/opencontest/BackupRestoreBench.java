package org.opencontest;

import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.support.Actors.as;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencontest.contest.ContestService;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.internal.BucketMirror;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.BackupDrill;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.ThrowawayPostgres;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * RPO/RTO figures for docs/operations.md: generates {@code bench.submissions} submitted versions (default 10,000;
 * teams of ten versions, a small PDF uploaded before each), then times each step of config/backup.sh and
 * config/restore.sh ({@link BackupDrill}, {@link BucketMirror}) and the checks of the restore drill.
 * <p>
 * {@code ./mvnw -o -B -Pbench test -Dtest=BackupRestoreBench -Dbench.submissions=10000}
 */
class BackupRestoreBench extends IntegrationTest {

    private static final int VERSIONS_PER_TEAM = 10;

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    BucketMirror mirror;
    @Autowired
    ObjectStorage storage;
    @Autowired
    Clock clock;

    @TempDir
    Path backup;

    @Test
    void backupAndRestoreOfScaledUpDemoData() throws Exception {
        int wanted = Integer.getInteger("bench.submissions", 10_000);
        long generating = System.nanoTime();
        for (int made = 0; made < wanted; made += VERSIONS_PER_TEAM) {
            team(Math.min(VERSIONS_PER_TEAM, wanted - made));
            if ((made + VERSIONS_PER_TEAM) % 1_000 == 0) {
                report("  generated " + (made + VERSIONS_PER_TEAM) + " versions, load " + load(), generating);
            }
        }
        report("generate " + wanted + " versions", generating);

        Path dump = backup.resolve("database.dump");
        String source = ThrowawayPostgres.url();
        timed("pg_dump", () -> {
            BackupDrill.dump(source, dump);
            return null;
        });
        BucketMirror.Copied full = timed("bucket backup (full)", () -> mirror.backup(backup.resolve("bucket")));
        team(1);
        BucketMirror.Copied incremental = timed("bucket backup (incremental, one new version)",
                () -> mirror.backup(backup.resolve("bucket")));
        System.out.printf("BENCH dump %d MiB, bucket %d objects %d MiB, incremental copied %d%n",
                Files.size(dump) >> 20, full.objects(), full.bytes() >> 20, incremental.transferred());

        String restored = ThrowawayPostgres.fresh();
        long recovery = System.nanoTime();
        timed("pg_restore", () -> {
            BackupDrill.restore(dump, restored);
            return null;
        });
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext node = timed("start on restored database", () -> BackupDrill.startOn(restored))) {
            timed("bucket restore", () -> node.getBean(BucketMirror.class).restore(backup.resolve("bucket")));
            report("RTO without checks (restore + start + bucket)", recovery);
            timed("verify every receipt", () -> BackupDrill.verifyEveryReceipt(node));
            timed("re-hash every stored object", () -> BackupDrill.checkEveryStoredObject(node, storage));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(shared);
        }
        System.out.printf("BENCH load average at the end %s on %d cores%n", load(), Runtime.getRuntime().availableProcessors());
    }

    /** A team that submits {@code versions} versions, each after uploading one more small PDF. */
    private void team(int versions) {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(Set.of("application/pdf"),
                SubmissionRules.MIB, 20 * SubmissionRules.MIB, VERSIONS_PER_TEAM + 1, 100, 100, LatePolicy.REJECT,
                Duration.ofMinutes(15), administration.rules(s.contestId()).version())));
        for (int v = 0; v < versions; v++) {
            String name = "part-" + v + ".pdf"; // names are unique within a package
            as(s.member(), () -> drafts.upload(s.contestId(), pdf(), name, clock.instant()));
            if (v == 0) {
                SubmissionFixtures.describe(drafts, s.leader(), s.contestId(), "Bench", "基准");
            }
            as(s.leader(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
        }
    }

    private static String load() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static <T> T timed(String step, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        report(step, started);
        return result;
    }

    private static void report(String step, long startedNanos) {
        System.out.printf("BENCH %-50s %8.1f s%n", step, (System.nanoTime() - startedNanos) / 1e9);
    }
}
