package org.opencontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.submission.SubmissionFixtures.zip;
import static org.opencontest.support.Actors.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencontest.contest.ContestService;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.internal.BucketMirror;
import org.opencontest.storage.internal.EmbeddedS3Server;
import org.opencontest.storage.internal.S3Credentials;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.BackupDrill;
import org.opencontest.support.BackupDrill.Installation;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.ThrowawayPostgres;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The restore drill: back up the test installation with config/backup.sh (pg_dump in custom format, the bucket
 * mirrored with its SHA-256 manifest), restore both into a fresh database and a new bucket with config/restore.sh,
 * start the application on them and check every receipt and every stored checksum there ({@link BackupDrill}).
 * The scripts' command mode runs the same {@link BucketMirror} the tests call directly.
 * <p>
 * The restored instance installs its own JVM-wide security context strategy (Vaadin); the shared test context's is
 * put back after each test.
 */
class RestoreDrillIT extends IntegrationTest {

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    BucketMirror mirror;
    @Autowired
    ObjectStorage storage;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EmbeddedS3Server s3;
    @Autowired
    S3Credentials s3Credentials;
    @Value("${opencontest.storage.bucket}")
    String bucket;
    @Value("${opencontest.submission.receipt-key-secret-file}")
    Path receiptKeySecretFile;

    @TempDir
    Path backup;
    /** The shared test context's, read once it is loaded; the restored instance replaces it. */
    private SecurityContextHolderStrategy sharedStrategy;

    @BeforeEach
    void rememberTheSharedContextsStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreTheSharedContextsStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    /**
     * The scripts run as an operator runs them (each starts the application with the prod profile as a process of
     * its own, from this build's classes), against this test installation's database and S3 server; the restore goes
     * into a fresh database and a new bucket on the same server, where a node then checks everything.
     */
    @Test
    void theBackupScriptRestoresIntoAFreshDatabaseAndBucketWhereEveryReceiptAndChecksumHolds() throws Exception {
        submitTwoVersions();
        Installation source = new Installation(ThrowawayPostgres.url(), s3.endpoint(), s3Credentials.accessKey(),
                s3Credentials.secretKey(), bucket, Files.readString(receiptKeySecretFile, StandardCharsets.UTF_8).strip());
        Installation target = source.on(ThrowawayPostgres.fresh(),
                "restored-" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(BackupDrill.backupScript(source, backup)).contains("Backup ", "objects)");
        BucketMirror.Copied again = mirror.backup(backup.resolve("bucket"));
        assertThat(BackupDrill.restoreScript(backup, target)).contains("Restored database-");

        try (ConfigurableApplicationContext node = BackupDrill.startOn(target)) {
            int receipts = BackupDrill.verifyEveryReceipt(node);
            int objects = BackupDrill.checkEveryStoredObject(node, storage);

            assertThat(receipts).isGreaterThanOrEqualTo(2)
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM submission_version", Integer.class));
            assertThat(objects).isGreaterThanOrEqualTo(3);
            assertThat(again.objects()).as("the manifest lists every object").isGreaterThanOrEqualTo(objects);
            assertThat(again.transferred()).as("a second backup copies only new objects").isZero();
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsUploadedFromIt() throws Exception {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.member(), () -> drafts.upload(s.contestId(), pdf(), "proposal.pdf", clock.instant()));
        Path copy = backup.resolve("bucket");
        mirror.backup(copy);
        String firstLine = Files.readAllLines(copy.resolve("manifest.tsv"), StandardCharsets.UTF_8).get(0);
        Path damaged = copy.resolve("objects").resolve(firstLine.split("\t", 4)[3]);
        Files.writeString(damaged, "changed", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> mirror.restore(copy))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not match");
    }

    private void submitTwoVersions() {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.member(), () -> drafts.upload(s.contestId(), pdf(), "proposal.pdf", clock.instant()));
        SubmissionFixtures.describe(drafts, s.leader(), s.contestId(), "Drill", "演练");
        as(s.member(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
        as(s.member(), () -> drafts.upload(s.contestId(), zip(), "code.zip", clock.instant()));
        as(s.leader(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
    }
}
