package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import org.opencontest.support.CutsTheDatabaseBeforeCommit;
import org.opencontest.support.OutageTest;
import org.opencontest.support.StoredObjects;
import org.opencontest.support.TcpProxy;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL "restarts" under the running application: its datasource goes through a {@link TcpProxy}, which the
 * tests cut (every connection dropped, new ones refused) and restore. The machine's PostgreSQL is never touched.
 * The application mails through an SMTP server of its own, so the database can be cut at the very moment a mail is
 * handed over. The application is {@link OutageTest}'s, on a database of its own: on the shared one, it would take
 * up the shared context's work at its start (the publications left incomplete, which it republishes, and the mails
 * due, which its dispatcher sends), and one of those mails, not the test's, would be the one that cuts the
 * database. Only a mail to the test's own recipient cuts it.
 */
class DatabaseOutageIT extends OutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final ScheduledExecutorService RESTORER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "database-restorer");
        thread.setDaemon(true);
        return thread;
    });
    private static final List<ScheduledFuture<?>> PENDING_RESTORES = new CopyOnWriteArrayList<>();
    /** Set by a test: a mail to this address handed to the SMTP server cuts the database until OUTAGE has passed. */
    private static volatile String cutOnDeliveryTo;
    private static MessageDeliveryHandler plainDelivery;
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
    @LocalServerPort int port;

    /** Cuts the database the moment the mail is accepted, before the sender hears 250 and writes its status. */
    @BeforeAll
    static void aDeliveryToTheArmedRecipientCutsTheDatabase() {
        UserManager users = smtp().getUserManager();
        plainDelivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            if (address.getEmail().equalsIgnoreCase(cutOnDeliveryTo)) {
                cutOnDeliveryTo = null;
                database().cut();
                restoreAfterTheOutage();
            }
            return plainDelivery.handle(message, address);
        });
    }

    @AfterAll
    static void plainDeliveryAgain() {
        smtp().getUserManager().setMessageDeliveryHandler(plainDelivery);
    }

    /** Before {@link OutageTest} brings the database back. */
    @AfterEach
    void noCutPending() {
        cutOnDeliveryTo = null;
        cutBeforeCommit.disarm();
        // a restore still pending from this test would otherwise end the next test's outage under its feet
        PENDING_RESTORES.forEach(restore -> restore.cancel(false));
        PENDING_RESTORES.clear();
    }

    /** Brings the database back once {@link #OUTAGE} has passed, unless the test ends first. */
    private static void restoreAfterTheOutage() {
        PENDING_RESTORES.add(RESTORER.schedule(() -> database().restore(), OUTAGE.toMillis(), TimeUnit.MILLISECONDS));
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
        database().cut();

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

        database().restore();
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

        database().cut();
        // the database comes back while the submit still waits for a connection, or just after it gave up
        restoreAfterTheOutage();
        try {
            as(s.member(), () -> submitting.submit(s.contestId(), requestKey));
        } catch (RuntimeException outage) {
            assertThat(outage).isInstanceOfAny(DataAccessException.class, TransactionException.class);
        }
        database().restore();

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
        cutBeforeCommit.arm(s.teamId(), database()::cut);

        HttpResponse<String> refused = submitOnePdf(s.slug(), token, requestKey, "zh-CN");

        assertThat(cutBeforeCommit.fired()).as("the database was cut inside the submit transaction, the version's"
                + " file stored").isTrue();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(refused.body()).contains("\"code\":\"error.databaseUnavailable\"").contains("数据库暂时无法访问");
        // by the cut version's own keys: exactly what the failed submit had stored
        assertThat(cutBeforeCommit.keysOfTheCutVersion()).isNotEmpty().allSatisfy(key -> assertThat(
                stored.keysUnder(key)).as("the stored file and its digest were removed by the failed submit").isEmpty());

        database().restore();
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
        database().cut();

        assertThatThrownBy(() -> as(s.member(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString())))
                .isInstanceOfAny(DataAccessException.class, TransactionException.class);

        databaseBack();
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
        for (MimeMessage message : smtp().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                matching.add(message);
            }
        }
        return matching;
    }
}
