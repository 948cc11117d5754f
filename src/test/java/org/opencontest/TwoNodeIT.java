package org.opencontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.internal.EvaluatedTrack;
import org.opencontest.evaluation.internal.EvaluatedTrackRepository;
import org.opencontest.evaluation.internal.EvaluationEntry;
import org.opencontest.evaluation.internal.EvaluationEntryRepository;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.integrity.StoredObjectSource;
import org.opencontest.integrity.internal.IntegrityScrub;
import org.opencontest.notification.MailRequested;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.notification.internal.MailDispatcher;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.VersionDetail;
import org.opencontest.submission.VersionSummary;
import org.opencontest.submission.internal.ReceiptKeys;
import org.opencontest.support.ThrowawayPostgres;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.opencontest.team.internal.ClosingSoonReminder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes, as the scale-out runs them: two Spring Boot applications (own web server on a random port,
 * own schedulers and executors) on one PostgreSQL database, one S3 server and one SMTP server. Node A hosts the
 * embedded S3 server that both use through the MinIO SDK; the SMTP server belongs to the test, so every mail either
 * node sends is counted in one place. Scheduled jobs are invoked through their Spring proxies (the ShedLock
 * interceptor included) from both nodes at once; their own schedules are slowed down so they do not add runs the
 * test does not count.
 * <p>
 * Each node installs its own JVM-wide security context strategy (Vaadin); the shared test context's is put back
 * afterwards, or later tests in this JVM would run their {@code SystemIdentity} work unauthenticated.
 */
class TwoNodeIT {

    private static final SecurityContextHolderStrategy SHARED_STRATEGY = SecurityContextHolder.getContextHolderStrategy();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ACCESS_KEY = "two-node-access";
    private static final String SECRET_KEY = "two-node-secret-" + UUID.randomUUID();
    private static final String RECEIPT_KEY_SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();

    private static EmbeddedMailServer smtp;
    private static String database;
    private static int s3Port;
    private static Path objects;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static Object sharedContextHolder;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        smtp = new EmbeddedMailServer(0);
        smtp.start();
        database = ThrowawayPostgres.fresh();
        s3Port = freePort();
        objects = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-objects")), "two-node-");
        a = node("a", smtp.port(), "--opencontest.storage.embedded=true", "--opencontest.storage.embedded-port=" + s3Port);
        b = node("b", smtp.port(), "--opencontest.storage.embedded=false");
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        SecurityContextHolder.setContextHolderStrategy(SHARED_STRATEGY);
    }

    @Test
    void submissionsThroughEitherNodeAreOneStateAndReceiptsSignedOnOneVerifyOnTheOther() {
        Instant now = Instant.now();
        Scenario s = SubmissionFixtures.scenario(a.getBean(ContestService.class), a.getBean(TeamService.class), now);
        SubmissionDrafts draftsOnA = a.getBean(SubmissionDrafts.class);
        SubmissionDrafts draftsOnB = b.getBean(SubmissionDrafts.class);
        PackageSubmission submittingOnB = b.getBean(PackageSubmission.class);

        as(s.member(), () -> draftsOnB.upload(s.contestId(), pdf(), "proposal.pdf", now));
        SubmissionFixtures.describe(draftsOnA, s.leader(), s.contestId(), "Two nodes", "两个节点");
        VersionDetail first = as(s.member(), () -> submittingOnB.submit(s.contestId(), UUID.randomUUID().toString()));

        String rotated = a.getBean(ReceiptKeys.class).rotate();
        as(s.member(), () -> draftsOnA.upload(s.contestId(), pdf(), "appendix.pdf", now));
        VersionDetail second = as(s.leader(), () -> submittingOnB.submit(s.contestId(), UUID.randomUUID().toString()));

        assertThat(first.receipt().keyId()).isNotEqualTo(rotated);
        assertThat(second.receipt().keyId()).as("B signs with the key rotated on A").isEqualTo(rotated);
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            List<VersionSummary> versions = as(s.leader(),
                    () -> node.getBean(SubmissionReading.class).versions(s.contestId(), 0, 10));
            assertThat(versions).extracting(VersionSummary::id)
                    .containsExactlyInAnyOrder(first.summary().id(), second.summary().id());
            ReceiptVerifier verifier = node.getBean(ReceiptVerifier.class);
            for (VersionDetail version : List.of(first, second)) {
                assertThat(anonymously(() -> verifier.verify(version.receipt().document())).outcome())
                        .isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
            }
        }
    }

    @Test
    void everyDueMailIsSentOnceWhileBothNodesDispatch() {
        smtp.stop();
        List<String> recipients = IntStream.range(0, 12).mapToObj(i -> unique("due" + i)).toList();
        for (int i = 0; i < recipients.size(); i++) {
            requestMail(i % 2 == 0 ? a : b, recipients.get(i));
        }
        // the immediate attempt of each failed (SMTP down): all twelve wait for the dispatcher
        await().atMost(PATIENCE).until(() -> jdbc().queryForObject("SELECT COUNT(*) FROM outbound_mail"
                + " WHERE recipient IN (" + placeholders(recipients) + ") AND attempts = 1 AND status <> 'SENT'",
                Integer.class, recipients.toArray()) == recipients.size());
        smtp.start();

        Instant afterBackoff = Instant.now().plus(Duration.ofDays(1));
        List<Integer> sent = bothAtOnce(node -> node.getBean(MailDispatcher.class).dispatchDue(afterBackoff));

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(recipients.size());
        for (String recipient : recipients) {
            assertThat(smtp.receivedMessagesFor(recipient)).as(recipient).hasSize(1);
        }
    }

    @Test
    void closingSoonRemindersGoOutOnceWhenBothNodesRunTheJob() {
        Instant now = Instant.now();
        AppPrincipal organiser = person(Role.ORGANISER);
        ContestEditState contest = TeamFixtures.publishedContest(a.getBean(ContestService.class), organiser, now, 2, 3,
                now.minus(Duration.ofDays(5)), now.plus(Duration.ofHours(20)));
        List<AppPrincipal> alone = List.of(person(Role.PARTICIPANT), person(Role.PARTICIPANT), person(Role.PARTICIPANT));
        for (int i = 0; i < alone.size(); i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
            TeamFixtures.register(node.getBean(TeamService.class), node.getBean(ContestService.class), alone.get(i),
                    contest.id(), TeamFixtures.uniqueName());
        }

        bothAtOnce(node -> {
            node.getBean(ClosingSoonReminder.class).runScheduled();
            return null;
        });
        bothAtOnce(node -> {
            node.getBean(ClosingSoonReminder.class).runScheduled();
            return null;
        });

        for (AppPrincipal person : alone) {
            await().atMost(PATIENCE).until(() -> smtp.receivedMessagesFor(person.email()).size() >= 1);
        }
        bothAtOnce(node -> node.getBean(MailDispatcher.class).dispatchDue(Instant.now().plus(Duration.ofDays(1))));
        for (AppPrincipal person : alone) {
            assertThat(smtp.receivedMessagesFor(person.email())).as(person.email()).hasSize(1);
        }
    }

    /**
     * With a batch of one object per run, N alternating runs from the start of a pass re-hash N objects. They cover
     * all N stored objects only if no run repeated another's object: the nodes share the scrub's position.
     */
    @Test
    void theIntegrityScrubContinuesWhereTheOtherNodeStopped() {
        Scenario s = SubmissionFixtures.scenario(a.getBean(ContestService.class), a.getBean(TeamService.class),
                Instant.now());
        for (String name : List.of("one.pdf", "two.pdf", "three.pdf")) {
            as(s.member(), () -> b.getBean(SubmissionDrafts.class).upload(s.contestId(), pdf(), name, Instant.now()));
        }
        while (!atStartOfPass()) {
            a.getBean(IntegrityScrub.class).runScheduled();
        }
        int stored = a.getBeansOfType(StoredObjectSource.class).values().stream()
                .mapToInt(source -> source.after("", 100_000).size()).sum();
        Instant started = Instant.now();

        for (int run = 0; run < stored; run++) {
            (run % 2 == 0 ? a : b).getBean(IntegrityScrub.class).runScheduled();
        }

        assertThat(stored).isGreaterThanOrEqualTo(3);
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM integrity_object_check WHERE checked_at >= ?",
                Integer.class, Timestamp.from(started))).isEqualTo(stored);
    }

    /** A publication left incomplete (its node died before marking it) is handled again elsewhere, without effect. */
    @Test
    void anEventPublishedOnOneNodeIsHandledOnce() {
        String recipient = unique("event");
        requestMail(a, recipient);
        await().atMost(PATIENCE).until(() -> smtp.receivedMessagesFor(recipient).size() == 1);
        await().atMost(PATIENCE).until(() -> completedPublications(recipient) == 1);

        jdbc().update("UPDATE event_publication SET completion_date = NULL WHERE serialized_event LIKE ?",
                "%" + recipient + "%");
        b.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
        await().atMost(PATIENCE).until(() -> completedPublications(recipient) == 1);
        b.getBean(MailDispatcher.class).dispatchDue(Instant.now().plus(Duration.ofDays(1)));

        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + recipient + "%")).isEqualTo(1);
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM outbound_mail WHERE recipient = ?", Integer.class,
                recipient)).isEqualTo(1);
        assertThat(smtp.receivedMessagesFor(recipient)).hasSize(1);
    }

    /**
     * Node C claims a mail and hangs in SMTP (a server that accepts connections but never greets), and holds the
     * scrub's lock; then it is shut down mid-job. Its mail and its lock wait for their leases, then node A takes
     * over. The mail's lease is set by the application's clock (so the test passes a later instant); the lock's by
     * the database's clock (so the test waits until the database says it has run out).
     * <p>
     * The lock's lease must outlast C's end, and that takes as long as the machine makes it (1.3 s at load 9–10 on
     * 5 Dec 2026): a short lease first, and if the database says it ran out before C was gone and A had tried, a new
     * node C with a longer one, rather than a fixed lease long enough for the slowest machine that every run waits for.
     */
    @Test
    void aNodeKilledMidJobLeavesItsWorkToTheOtherOnceTheLeaseRunsOut() throws Exception {
        for (Duration lockLease : List.of(Duration.ofSeconds(4), Duration.ofSeconds(15), Duration.ofSeconds(60))) {
            if (killNodeCMidJob(lockLease)) {
                return;
            }
            System.out.printf("Node C's end outlasted its %d s lease on the scrub's lock; again with a longer one%n",
                    lockLease.toSeconds());
        }
        throw new AssertionError("Node C's end outlasted even a 60 s lease on the scrub's lock");
    }

    /** One run of the above; false, having proven nothing about the lock, when its lease ran out too soon. */
    private static boolean killNodeCMidJob(Duration lockLease) throws Exception {
        try (ServerSocket silentSmtp = new ServerSocket(0)) {
            // C's send hangs far longer than the test: no failure of its own gets recorded before it is gone; and C
            // dies rather than shuts down: it does not wait for that send (as graceful shutdown would, for 30 s)
            ConfigurableApplicationContext c = node("c", silentSmtp.getLocalPort(), "--opencontest.storage.embedded=false",
                    "--spring.mail.properties.mail.smtp.timeout=600000",
                    "--spring.lifecycle.timeout-per-shutdown-phase=1s");
            String recipient = unique("orphaned");
            requestMail(c, recipient);
            await().atMost(PATIENCE).until(() -> jdbc().queryForObject("SELECT COUNT(*) FROM outbound_mail"
                    + " WHERE recipient = ? AND attempts = 0 AND next_attempt_at > ?", Integer.class, recipient,
                    Timestamp.from(Instant.now().plus(Duration.ofMinutes(4)))) == 1);
            assertThat(c.getBean(LockProvider.class).lock(new LockConfiguration(Instant.now(), "integrity.scrub",
                    lockLease, Duration.ZERO))).isPresent();
            Timestamp lastScrub = lastScrubRun();

            c.close();

            MailDispatcher dispatcher = a.getBean(MailDispatcher.class);
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofMinutes(1)));
            assertThat(smtp.receivedMessagesFor(recipient)).as("the dead node's claim still holds").isEmpty();
            a.getBean(IntegrityScrub.class).runScheduled();
            // still locked now by the database's clock, so it was locked while A tried too
            if (!scrubLocked()) {
                return false;
            }
            assertThat(lastScrubRun()).as("the dead node's lock still holds").isEqualTo(lastScrub);

            Instant afterLease = Instant.now().plus(Duration.ofDays(1));
            dispatcher.dispatchDue(afterLease);
            assertThat(smtp.receivedMessagesFor(recipient)).hasSize(1);
            await().atMost(lockLease.plus(PATIENCE)).pollInterval(Duration.ofMillis(100)).until(() -> !scrubLocked());
            a.getBean(IntegrityScrub.class).runScheduled();
            assertThat(lastScrubRun()).isNotEqualTo(lastScrub);
            return true;
        }
    }

    /**
     * The deadline surge: 500 prediction files are queued for scoring at the same moment, half through each node (an
     * entry and a db-scheduler job each, as a submission makes them), and both nodes' schedulers work the queue. Each
     * file shifts the answer key by its own amount, so its score (MAE) says which file was read: every entry ends
     * scored with its own file's score, none was started twice, no job is left over, and each node scored part of
     * them (db-scheduler's completion counter in each node's metrics).
     */
    @Test
    void fiveHundredPredictionFilesQueuedAtOnceAreEachScoredOnceShared() {
        int files = 500;
        int teamsCount = 5;
        Scenario s = SubmissionFixtures.scenario(a.getBean(ContestService.class), a.getBean(TeamService.class),
                Instant.now());
        EvaluationSetup setup = a.getBean(EvaluationSetup.class);
        TrackView created = as(s.organiser(), () -> setup.save(s.contestId(), null, 0,
                new TrackSettings(null, Metric.MAE, "id", "target", 0.5, files / teamsCount, 4, false)));
        as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), created.id(),
                new ByteArrayInputStream(predictions(0)), "answers.csv"));
        EvaluatedTrack track = a.getBean(EvaluatedTrackRepository.class).findById(created.id()).orElseThrow();
        // the daily quota is per team: five one-person teams of 100 files each
        List<Long> teamIds = IntStream.range(0, teamsCount).mapToObj(i -> TeamFixtures.register(
                a.getBean(TeamService.class), a.getBean(ContestService.class), person(Role.PARTICIPANT),
                s.contestId(), TeamFixtures.uniqueName()).teamId()).toList();
        List<String> objects = IntStream.range(0, files).parallel().mapToObj(i -> (i % 2 == 0 ? a : b)
                .getBean(ObjectStorage.class).put("contests/" + s.contestId() + "/submissions/surge-" + i,
                        new ByteArrayInputStream(predictions(i + 1)), "predictions.csv", 1024 * 1024).key())
                .toList();
        Instant submitted = Instant.now();
        List<EvaluationEntry> queued = IntStream.range(0, files).mapToObj(i -> new EvaluationEntry(track,
                -1_000_000L - s.contestId() * files - i, i + 1, teamIds.get(i % teamsCount), "Surge",
                objects.get(i), "predictions.csv", submitted, false, submitted)).toList();
        List<Long> ids = a.getBean(EvaluationEntryRepository.class).saveAllAndFlush(queued).stream()
                .map(EvaluationEntry::getId).toList();
        List<Double> completedBefore = List.of(scoringCompletions(a), scoringCompletions(b));
        long start = System.nanoTime();

        bothAtOnce(node -> {
            SchedulerClient scheduler = node.getBean(SchedulerClient.class);
            @SuppressWarnings("unchecked")
            OneTimeTask<Void> task = node.getBean("evaluationScoreTask", OneTimeTask.class);
            for (int i = node == a ? 0 : 1; i < files; i += 2) {
                scheduler.scheduleIfNotExists(task.instance(Long.toString(ids.get(i))), submitted);
            }
            return null;
        });
        EvaluationEntryRepository entries = a.getBean(EvaluationEntryRepository.class);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> entries
                .findAllById(ids).stream().allMatch(entry -> entry.getStatus() == EvaluationEntry.Status.SCORED));
        double seconds = (System.nanoTime() - start) / 1e9;

        List<EvaluationEntry> scored = entries.findAllById(ids);
        assertThat(scored).hasSize(files).allSatisfy(entry -> {
            assertThat(entry.getAttempts()).as("times started").isEqualTo(1);
            assertThat(entry.getPublicScore()).as("its own file's score").isEqualTo((double) entry.getVersionNo());
        });
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'evaluation-score'",
                Integer.class)).as("jobs left").isZero();
        double onA = scoringCompletions(a) - completedBefore.get(0);
        double onB = scoringCompletions(b) - completedBefore.get(1);
        System.out.printf("Scoring surge: %d files in %.1f s, %.0f scored on node A, %.0f on node B%n", files,
                seconds, onA, onB);
        assertThat(onA + onB).isEqualTo(files);
        assertThat(onA).as("scored on A").isPositive();
        assertThat(onB).as("scored on B").isPositive();
    }

    /** Twenty rows {@code r-1…}: the key's target is the row number, a file's prediction that plus {@code shift}. */
    private static byte[] predictions(int shift) {
        StringBuilder csv = new StringBuilder("id,target\n");
        for (int row = 1; row <= 20; row++) {
            csv.append("r-").append(row).append(',').append(row + shift).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The node's count of scoring jobs that finished well (db-scheduler's Micrometer counter). */
    private static double scoringCompletions(ConfigurableApplicationContext node) {
        Counter counter = node.getBean(MeterRegistry.class).find("dbscheduler_task_completions")
                .tags("task", "evaluation-score", "result", "ok").counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConfigurableApplicationContext node(String name, int smtpPort, String... own) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database,
                "--server.port=0",
                "--vaadin.productionMode=false",
                "--opencontest.storage.access-key=" + ACCESS_KEY,
                "--opencontest.storage.secret-key=" + SECRET_KEY,
                "--opencontest.storage.endpoint=http://127.0.0.1:" + s3Port,
                "--opencontest.storage.embedded-directory=" + objects,
                "--opencontest.mail.embedded=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--opencontest.submission.receipt-key-secret=" + RECEIPT_KEY_SECRET,
                // the test runs the jobs itself, from both nodes at once
                "--opencontest.mail.dispatch-interval=PT1H",
                "--opencontest.team.reminder-interval=PT1H",
                "--opencontest.integrity.batch-size=1",
                "--spring.application.name=opencontest-" + name));
        args.addAll(List.of(own));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(OpenContestApplication.class)
                .profiles("test").run(args.toArray(String[]::new));
        shareTheThreadsSecurityContext(node);
        return node;
    }

    /**
     * Each node's method security reads the security context through its own Vaadin strategy, each with its own
     * thread-local, while {@code SystemIdentity} and the test write through whichever strategy the last node
     * installed globally. Separate JVMs would not meet this; here every node's strategy is pointed at one
     * thread-local, so work run as someone on this thread is seen by whichever node it calls.
     */
    private static void shareTheThreadsSecurityContext(ConfigurableApplicationContext node) {
        SecurityContextHolderStrategy strategy = node.getBean(SecurityContextHolderStrategy.class);
        try {
            Field holder = strategy.getClass().getDeclaredField("contextHolder");
            holder.setAccessible(true);
            if (sharedContextHolder == null) {
                sharedContextHolder = holder.get(strategy);
            } else {
                holder.set(strategy, sharedContextHolder);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vaadin's security context strategy changed its shape", e);
        }
    }

    /** Runs the work on both nodes, released at the same moment, and returns what each returned (A first). */
    private static <T> List<T> bothAtOnce(Function<ConfigurableApplicationContext, T> work) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<T>> runs = List.of(a, b).stream().map(node -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return work.apply(node);
            }, threads)).toList();
            start.countDown();
            return runs.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }

    private static void requestMail(ConfigurableApplicationContext node, String recipient) {
        node.getBean(TransactionTemplate.class).executeWithoutResult(status -> node.publishEvent(new MailRequested(recipient, Locale.ENGLISH, "notification.test",
                        Map.of("name", "Node", "link", "https://contest.example.org/"))));
    }

    private static int completedPublications(String recipient) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?"
                + " AND completion_date IS NOT NULL", Integer.class, "%" + recipient + "%");
    }

    private static boolean atStartOfPass() {
        return jdbc().queryForObject("SELECT COUNT(*) FROM integrity_scrub_state WHERE source = '' AND after_key = ''",
                Integer.class) == 1;
    }

    /** By the database's clock, as ShedLock decides. */
    private static boolean scrubLocked() {
        return jdbc().queryForObject("SELECT lock_until >= timezone('utc', CURRENT_TIMESTAMP) FROM shedlock"
                + " WHERE name = 'integrity.scrub'", Boolean.class);
    }

    private static Timestamp lastScrubRun() {
        return jdbc().queryForObject("SELECT last_run_at FROM integrity_scrub_state", Timestamp.class);
    }

    private static JdbcTemplate jdbc() {
        return a.getBean(JdbcTemplate.class);
    }

    private static String placeholders(List<?> values) {
        return String.join(",", values.stream().map(v -> "?").toList());
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
