package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.TestAccounts;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.MailRequested;
import org.opencontest.notification.internal.MailDetails;
import org.opencontest.notification.internal.MailDispatcher;
import org.opencontest.notification.internal.MailFilter;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.notification.internal.MailStatus;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.storage.PseudoRandomInputStream;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.StoredObjects;
import org.opencontest.support.TcpProxy;
import org.opencontest.support.ThrowawayObjectStore;
import org.opencontest.support.ThrowawayPostgres;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL "restarts" under the running application: its datasource goes through a {@link TcpProxy}, which the
 * tests cut (every connection dropped, new ones refused) and restore. The machine's PostgreSQL is never touched.
 * The application mails through an SMTP server of this test's own, so the database can be cut at the very moment a
 * mail is handed over. Its own Spring context, closed afterwards (like {@code ObjectStoreOutageIT}), on a database
 * of its own: on the shared one, this context would take up the shared context's work at its start (the
 * publications left incomplete, which it republishes, and the mails due, which its dispatcher sends), and one of
 * those mails, not the test's, would be the one that cuts the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageIT {

    private static final SecurityContextHolderStrategy SHARED_STRATEGY = SecurityContextHolder.getContextHolderStrategy();
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final ScheduledExecutorService RESTORER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "database-restorer");
        thread.setDaemon(true);
        return thread;
    });
    private static final List<ScheduledFuture<?>> PENDING_RESTORES = new CopyOnWriteArrayList<>();
    private static final String DATABASE = ThrowawayPostgres.fresh();
    private static TcpProxy database;
    private static GreenMail smtp;
    /** Set by a test: a mail to this address handed to the SMTP server cuts the database until OUTAGE has passed. */
    private static volatile String cutOnDeliveryTo;
    private static final String BOUNDARY = "----database-outage-boundary";

    @Autowired MailDispatcher dispatcher;
    @Autowired MailOutbox outbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired TestAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired ContestService contests;
    @Autowired TeamService teams;
    @Autowired SubmissionDrafts drafts;
    @Autowired PackageSubmission submitting;
    @Autowired SubmissionAdministration administration;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired CutsTheDatabaseBeforeCommit cutBeforeCommit;
    @Autowired StoredObjects stored;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    /**
     * Test-only: a listener inside the submit transaction, called when it is about to commit ({@code BEFORE_COMMIT}
     * of {@link VersionSubmitted}): the files are in the object store, the version row is flushed, the receipt is
     * signed; the event publication and the package's update wait for the commit's flush. It does something only
     * for the team a test arms it with. (Its state is its own, not this class's: a context that scans the test
     * classes does not initialise this class through it.)
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class CutBeforeCommit {

        @Bean
        CutsTheDatabaseBeforeCommit cutsTheDatabaseBeforeCommit() {
            return new CutsTheDatabaseBeforeCommit();
        }
    }

    static final class CutsTheDatabaseBeforeCommit {

        private final List<String> keys = new CopyOnWriteArrayList<>();
        private volatile Long team;
        private volatile Runnable cut;

        /** The next submit of {@code teamId} runs {@code cutTheDatabase} just before it commits. */
        void arm(long teamId, Runnable cutTheDatabase) {
            keys.clear();
            cut = cutTheDatabase;
            team = teamId;
        }

        boolean fired() {
            return team == null && !keys.isEmpty();
        }

        /** The object keys of the version whose commit was cut, as the submit transaction had them. */
        List<String> keysOfTheCutVersion() {
            return List.copyOf(keys);
        }

        void disarm() {
            team = null;
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void aboutToCommit(VersionSubmitted version) {
            Long armed = team;
            if (armed != null && armed == version.teamId()) {
                team = null;
                version.files().forEach(file -> keys.add(file.objectKey()));
                cut.run();
            }
        }
    }

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> {
            URI direct = URI.create(DATABASE.substring("jdbc:".length()));
            return "jdbc:postgresql://127.0.0.1:" + proxy().port() + direct.getPath();
        });
        registry.add("opencontest.storage.embedded-directory", ThrowawayObjectStore::directory);
        registry.add("opencontest.mail.embedded", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp().getSmtp().getPort());
    }

    @AfterEach
    void databaseIsBack() throws SQLException {
        cutOnDeliveryTo = null;
        cutBeforeCommit.disarm();
        // a restore still pending from this test would otherwise end the next test's outage under its feet
        PENDING_RESTORES.forEach(restore -> restore.cancel(false));
        PENDING_RESTORES.clear();
        restoreAndHeal();
    }

    /** The database back, and the connections the cut broke replaced now rather than met by the next caller. */
    private void restoreAndHeal() throws SQLException {
        database.restore();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    /** Brings the database back once {@link #OUTAGE} has passed, unless the test ends first. */
    private static void restoreAfterTheOutage() {
        PENDING_RESTORES.add(RESTORER.schedule(() -> proxy().restore(), OUTAGE.toMillis(), TimeUnit.MILLISECONDS));
    }

    @AfterAll
    static void stopServersAndRestoreTheSharedSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(SHARED_STRATEGY);
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aMailDeliveredJustBeforeTheDatabaseGoesAwayIsMarkedSentWhenItReturnsAndNeverSentAgain() throws Exception {
        String to = "db-outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        cutOnDeliveryTo = to;
        transactions.executeWithoutResult(status -> events.publishEvent(new MailRequested(to, Locale.ENGLISH,
                "notification.test", Map.of("name", "Outage", "link", "https://contest.example.org/o"))));

        MailDetails sent = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> mailTo(to), mail -> mail.status() == MailStatus.SENT);
        assertThat(cutOnDeliveryTo).as("the database was cut during the delivery").isNull();
        assertThat(sent.attempts()).isEqualTo(1);
        List<MimeMessage> received = receivedFor(to);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessageID()).matches("<outbox\\." + sent.id() + "\\.\\d+@opencontest\\.example\\.org>");

        // far past the claim lease: the row says SENT, so no dispatcher sends it again
        dispatcher.dispatchDue(clock.instant().plus(Duration.ofHours(1)));
        assertThat(receivedFor(to)).hasSize(1);
    }

    @Test
    void theApiAnswers503WithRetryAfterWhileTheDatabaseIsAwayAndWorksOnceItIsBack() throws Exception {
        AppPrincipal owner = accounts.create(Role.PARTICIPANT);
        String token = as(owner, () -> tokens.create(new NewApiToken("outage " + UUID.randomUUID(),
                EnumSet.of(ApiScope.SUBMISSIONS_READ), 30))).secret();
        database.cut();

        for (String language : new String[] {"en", "zh-CN"}) {
            long started = System.nanoTime();
            HttpResponse<String> refused = me(token, language);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("\"code\":\"error.databaseUnavailable\"")
                    .contains(language.equals("en") ? "The database is not reachable" : "数据库暂时无法访问");
        }

        database.restore();
        // a request may still meet a connection the cut broke (it is then evicted); the pool heals by itself
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> me(token, "en").statusCode(), status -> status == 200);
    }

    @Test
    void aSubmitWhileTheDatabaseIsAwayFailsWholeAndTheSameRequestWorksWhenItIsBack() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(
                Set.of("application/octet-stream"), 1 << 20, 1 << 20, 5, 10, 10, LatePolicy.REJECT, Duration.ZERO, 0)));
        as(s.member(), () -> {
            drafts.upload(s.contestId(), new PseudoRandomInputStream(3, 4096), "model.bin", clock.instant());
            PackageState state = drafts.myPackage(s.contestId());
            return drafts.saveDraft(s.contestId(), state.version(), new PackageInput(state.input().trackId(),
                    "Through the outage", null, null, null, List.of(), null, null, null, null));
        });
        String requestKey = UUID.randomUUID().toString();

        database.cut();
        // the database comes back while the submit still waits for a connection, or just after it gave up
        restoreAfterTheOutage();
        try {
            as(s.member(), () -> submitting.submit(s.contestId(), requestKey));
        } catch (RuntimeException outage) {
            assertThat(outage).isInstanceOfAny(DataAccessException.class, TransactionException.class);
        }
        database.restore();

        // as a client does: the same request again until the pool has dropped the connections the cut broke
        VersionDetail version = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> as(s.member(), () -> submitting.submit(s.contestId(), requestKey)),
                        submitted -> true);
        assertThat(version.summary().number()).isEqualTo(1);
        assertThat(as(s.member(), () -> drafts.myPackage(s.contestId())).versions())
                .as("one version, never a half-written second").hasSize(1);
    }

    @Test
    void theDatabaseCutJustBeforeTheSubmitCommitsIsA503WithNoVersionAndNoObjectAndTheRetryWorks() throws Exception {
        AppPrincipal leader = accounts.create(Role.PARTICIPANT);
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant(), leader,
                accounts.create(Role.PARTICIPANT));
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(Set.of("application/pdf"),
                SubmissionRules.MIB, SubmissionRules.MIB, 5, 10, 10, LatePolicy.REJECT, Duration.ZERO,
                administration.rules(s.contestId()).version())));
        SubmissionFixtures.describe(drafts, leader, s.contestId(), "Cut before commit", "提交前断开");
        String token = as(leader, () -> tokens.create(new NewApiToken("outage " + UUID.randomUUID(),
                EnumSet.of(ApiScope.SUBMISSIONS_WRITE), 30))).secret();
        String requestKey = UUID.randomUUID().toString();
        String prefix = "contests/" + s.contestId() + "/";
        cutBeforeCommit.arm(s.teamId(), database::cut);

        HttpResponse<String> refused = submitOnePdf(s.slug(), token, requestKey, "zh-CN");

        assertThat(cutBeforeCommit.fired()).as("the database was cut inside the submit transaction, the version's"
                + " file stored").isTrue();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(refused.body()).contains("\"code\":\"error.databaseUnavailable\"").contains("数据库暂时无法访问");
        // by the cut version's own keys: the bucket is shared with the contexts of other classes, whose databases
        // number their contests from 1 as well
        assertThat(cutBeforeCommit.keysOfTheCutVersion()).isNotEmpty().allSatisfy(key -> assertThat(
                stored.keysUnder(key)).as("the stored file and its digest were removed by the failed submit").isEmpty());

        database.restore();
        // no version row, no file row: the commit never happened (read directly, past the services)
        assertThat(await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> jdbc.queryForObject(
                        "SELECT count(*) FROM submission_version WHERE contest_id = ? AND team_id = ?", Integer.class,
                        s.contestId(), s.teamId()), count -> true))
                .as("no half-written version").isZero();

        // the client's retry with the same Idempotency-Key, once the pool has dropped what the cut broke
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> submitOnePdf(s.slug(), token, requestKey, "en"), response -> response.statusCode() != 503);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        List<VersionSummary> versions = as(leader, () -> drafts.myPackage(s.contestId())).versions();
        assertThat(versions).hasSize(1).first().extracting(VersionSummary::number).isEqualTo(1);
        assertThat(stored.keysUnder(prefix + "submissions/")).as("the retry's objects only").isNotEmpty()
                .doesNotContainAnyElementsOf(cutBeforeCommit.keysOfTheCutVersion());
    }

    @Test
    void aSubmitWhileTheDatabaseStaysAwayIsRefusedAndLeavesNoVersion() throws Exception {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        database.cut();

        assertThatThrownBy(() -> as(s.member(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString())))
                .isInstanceOfAny(DataAccessException.class, TransactionException.class);

        restoreAndHeal();
        assertThat(as(s.member(), () -> drafts.myPackage(s.contestId())).versions()).isEmpty();
    }

    private HttpResponse<String> submitOnePdf(String slug, String token, String requestKey, String language)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"proposal.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(SubmissionFixtures.pdf().readAllBytes());
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/contests/" + slug + "/submissions"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .header("Idempotency-Key", requestKey)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> me(String token, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private MailDetails mailTo(String recipient) {
        return SystemIdentity.call(() -> outbox.page(new MailFilter(null, recipient), PageRequest.of(0, 2)).stream()
                .findFirst().map(summary -> outbox.get(summary.id())).orElseThrow());
    }

    private static List<MimeMessage> receivedFor(String recipient) throws Exception {
        List<MimeMessage> matching = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                matching.add(message);
            }
        }
        return matching;
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized TcpProxy proxy() {
        if (database == null) {
            database = new TcpProxy("127.0.0.1", 5432);
        }
        return database;
    }

    /** Cuts the database the moment the mail is accepted, before the sender hears 250 and writes its status. */
    private static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            UserManager users = smtp.getUserManager();
            MessageDeliveryHandler store = users.getMessageDeliveryHandler();
            users.setMessageDeliveryHandler((message, address) -> {
                if (address.getEmail().equalsIgnoreCase(cutOnDeliveryTo)) {
                    cutOnDeliveryTo = null;
                    proxy().cut();
                    restoreAfterTheOutage();
                }
                return store.handle(message, address);
            });
        }
        return smtp;
    }
}
