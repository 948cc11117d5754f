package org.opencontest.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.notification.MailTestSupport.PATIENCE;
import static org.opencontest.notification.MailTestSupport.part;
import static org.opencontest.notification.MailTestSupport.uniqueAddress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.notification.internal.MailDetails;
import org.opencontest.notification.internal.MailDispatcher;
import org.opencontest.notification.internal.MailFilter;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.notification.internal.MailStatus;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The whole path: event in a transaction → outbox row → the embedded SMTP server, including an SMTP outage. */
class MailDeliveryIT extends IntegrationTest {

    private static final String TEST_TEMPLATE = "notification.test";

    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private EmbeddedMailServer smtp;
    @Autowired
    private MailDispatcher dispatcher;
    @Autowired
    private CompletedEventPublications completedPublications;
    @Autowired
    private Clock clock;

    private MailTestSupport mail;

    @BeforeEach
    void setUp() {
        mail = new MailTestSupport(transactions, events, outbox);
    }

    @AfterEach
    void smtpIsUpForTheNextTest() {
        smtp.start();
        SecurityContextHolder.clearContext();
    }

    @Test
    void englishRecipientGetsExactlyOneEnglishMail() throws Exception {
        String to = uniqueAddress("ada");
        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE,
                Map.of("name", "Ada", "link", "https://contest.example.org/verify?token=abc&lang=en"));

        MailDetails stored = mail.awaitMail(to, MailStatus.SENT);
        List<MimeMessage> received = smtp.receivedMessagesFor(to);

        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("OpenContest test message for Ada");
        assertThat(message.getFrom()[0].toString()).contains("no-reply@opencontest.example.org");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(part(message, "text/plain"))
                .contains("Hello Ada,")
                .contains("https://contest.example.org/verify?token=abc&lang=en");
        assertThat(part(message, "text/html"))
                .contains("<a href=\"https://contest.example.org/verify?token=abc&amp;lang=en\">");

        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
        assertThat(stored.nextAttemptAt()).isNull();
        assertThat(stored.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(stored.template()).isEqualTo(TEST_TEMPLATE);
    }

    @Test
    void chineseRecipientGetsTheMailInChinese() throws Exception {
        String to = uniqueAddress("lilei");
        mail.request(to, Locale.SIMPLIFIED_CHINESE, TEST_TEMPLATE,
                Map.of("name", "李雷", "link", "https://contest.example.org/verify?token=zh"));

        mail.awaitMail(to, MailStatus.SENT);
        List<MimeMessage> received = smtp.receivedMessagesFor(to);

        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("OpenContest 测试邮件：李雷");
        assertThat(part(received.get(0), "text/plain")).contains("李雷，您好：").contains("这是一封来自 OpenContest 的测试邮件");
        assertThat(part(received.get(0), "text/html")).contains("<html lang=\"zh-CN\">").contains("<p>李雷，您好：</p>");
        assertThat(mail.mailTo(to).orElseThrow().locale()).isEqualTo(SupportedLocales.CHINESE);
    }

    @Test
    void markupInModelValuesIsEscapedInTheHtmlPart() throws Exception {
        String to = uniqueAddress("mallory");
        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE,
                Map.of("name", "<script>alert('x')</script><b>Bob</b>", "link", "https://contest.example.org/"));

        mail.awaitMail(to, MailStatus.SENT);
        String html = part(smtp.receivedMessagesFor(to).get(0), "text/html");

        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;Bob&lt;/b&gt;")
                .doesNotContain("<script>")
                .doesNotContain("<b>Bob</b>");
    }

    @Test
    void aRedeliveredRequestIsStoredAndSentOnce() {
        String to = uniqueAddress("twice");
        MailRequested request = mail.request(to, Locale.ENGLISH, TEST_TEMPLATE,
                Map.of("name", "Twice", "link", "https://contest.example.org/t/1"));
        mail.awaitMail(to, MailStatus.SENT);

        // the registry hands the listener the same request again (as after a crash before completion)
        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE, request.model());
        await().atMost(PATIENCE).until(() -> completedPublications.findAll().stream()
                .filter(publication -> request.equals(publication.getEvent()))
                .filter(publication -> ((TargetEventPublication) publication).getTargetIdentifier().getValue()
                        .contains("MailRequestListener"))
                .count() == 2);

        assertThat(mail.mailTo(to)).hasValueSatisfying(stored -> assertThat(stored.attempts()).isEqualTo(1));
        assertThat(smtp.receivedMessagesFor(to)).hasSize(1);
    }

    @Test
    void whileSmtpIsDownTheMailWaitsAndIsDeliveredOnceWhenItIsBack() throws Exception {
        String to = uniqueAddress("outage");
        smtp.stop();

        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE, Map.of("name", "Outage", "link", "https://contest.example.org/o"));
        MailDetails failed = mail.awaitMail(to, MailStatus.FAILED);

        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("MailSendException").contains("Connect");
        assertThat(failed.nextAttemptAt()).isBetween(failed.createdAt().plus(Duration.ofMinutes(1)),
                failed.createdAt().plus(Duration.ofMinutes(1)).plusSeconds(30));
        assertThat(failed.sentAt()).isNull();

        smtp.start();
        assertThat(smtp.receivedMessagesFor(to)).isEmpty();

        // not due before its backoff has passed
        dispatcher.dispatchDue(clock.instant());
        assertThat(mail.mailTo(to).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
        assertThat(smtp.receivedMessagesFor(to)).isEmpty();

        // past the backoff: delivered, and only once however often the dispatcher runs
        dispatcher.dispatchDue(failed.nextAttemptAt());
        dispatcher.dispatchDue(failed.nextAttemptAt().plus(Duration.ofHours(2)));

        assertThat(smtp.receivedMessagesFor(to)).hasSize(1);
        assertThat(smtp.receivedMessagesFor(to).get(0).getSubject()).isEqualTo("OpenContest test message for Outage");
        MailDetails sent = mail.mailTo(to).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(sent.sentAt()).isEqualTo(failed.nextAttemptAt());
    }

    @Test
    void aMalformedAddressIsRecordedButNeverAttempted() {
        String to = "not an address " + uniqueAddress("x").replace("@", " at ");
        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE, Map.of("name", "Nobody", "link", "https://contest.example.org/n"));

        MailDetails refused = mail.awaitMail(to, MailStatus.FAILED);
        dispatcher.dispatchDue(clock.instant().plus(Duration.ofDays(1)));

        MailDetails later = mail.mailTo(to).orElseThrow();
        assertThat(later.attempts()).isZero();
        assertThat(later.nextAttemptAt()).isNull();
        assertThat(later.lastError()).startsWith("Invalid recipient address").isEqualTo(refused.lastError());
    }

    @Test
    void repeatedFailuresBackOffExponentially() {
        String to = uniqueAddress("backoff");
        smtp.stop();
        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE, Map.of("name", "Backoff", "link", "https://contest.example.org/b"));
        MailDetails first = mail.awaitMail(to, MailStatus.FAILED);

        dispatcher.dispatchDue(first.nextAttemptAt());
        MailDetails second = mail.mailTo(to).orElseThrow();
        dispatcher.dispatchDue(second.nextAttemptAt());
        MailDetails third = mail.mailTo(to).orElseThrow();

        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(first.nextAttemptAt().plus(Duration.ofMinutes(2)));
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.nextAttemptAt()).isEqualTo(second.nextAttemptAt().plus(Duration.ofMinutes(4)));
        assertThat(third.status()).isEqualTo(MailStatus.FAILED);
    }

    @Test
    void resendQueuesASentMailAndDeliversItAgainRightAway() {
        String to = uniqueAddress("resend");
        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE, Map.of("name", "Resend", "link", "https://contest.example.org/r"));
        MailDetails sent = mail.awaitMail(to, MailStatus.SENT);

        SystemIdentity.run(() -> outbox.resend(sent.id()));

        await().atMost(PATIENCE).until(() -> smtp.receivedMessagesFor(to).size() == 2);
        MailDetails again = mail.awaitMail(to, MailStatus.SENT);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.id()).isEqualTo(sent.id());
        // the same Message-ID both times: a receiver that already has the mail recognises the copy
        assertThat(smtp.receivedMessagesFor(to)).extracting(MimeMessage::getMessageID)
                .containsExactly("<outbox." + sent.id() + "." + sent.createdAt().toEpochMilli()
                        + "@opencontest.example.org>", "<outbox." + sent.id() + "." + sent.createdAt().toEpochMilli()
                        + "@opencontest.example.org>");
    }

    @Test
    void anHourWithoutSmtpKeepsTheMailsQueuedAndEachGoesOutOnceWhenItReturns() {
        smtp.stop();
        List<String> recipients = List.of(uniqueAddress("hour-a"), uniqueAddress("hour-b"), uniqueAddress("hour-c"));
        for (String to : recipients) {
            mail.request(to, Locale.ENGLISH, TEST_TEMPLATE, Map.of("name", "Hour", "link", "https://contest.example.org/h"));
            mail.awaitMail(to, MailStatus.FAILED);
        }
        Instant down = clock.instant();

        // the dispatcher runs every minute of the hour (a movable clock, no waiting): every attempt fails
        for (int minute = 1; minute <= 60; minute++) {
            dispatcher.dispatchDue(down.plus(Duration.ofMinutes(minute)));
        }
        for (String to : recipients) {
            MailDetails waiting = mail.mailTo(to).orElseThrow();
            assertThat(waiting.status()).isEqualTo(MailStatus.FAILED);
            assertThat(waiting.attempts()).as("attempts after 0, 1, 3, 7, 15 and 31 minutes").isBetween(5, 7);
            assertThat(waiting.nextAttemptAt()).isNotNull();
        }

        smtp.start();
        Instant back = down.plus(Duration.ofMinutes(61));
        // the backoff is capped at an hour, so within an hour of SMTP's return every mail is due and goes out once
        for (int minute = 0; minute <= 120; minute += 5) {
            dispatcher.dispatchDue(back.plus(Duration.ofMinutes(minute)));
        }
        for (String to : recipients) {
            assertThat(smtp.receivedMessagesFor(to)).as(to).hasSize(1);
            assertThat(mail.mailTo(to).orElseThrow().status()).isEqualTo(MailStatus.SENT);
        }
    }

    @Test
    void adminApiCountsAndFilters() {
        String to = uniqueAddress("count");
        mail.request(to, Locale.ENGLISH, TEST_TEMPLATE, Map.of("name", "Count", "link", "https://contest.example.org/c"));
        MailDetails sent = mail.awaitMail(to, MailStatus.SENT);

        SystemIdentity.run(() -> {
            assertThat(outbox.countByStatus()).containsOnlyKeys(EnumSet.allOf(MailStatus.class))
                    .hasEntrySatisfying(MailStatus.SENT, count -> assertThat(count).isPositive());
            assertThat(outbox.count(new MailFilter(MailStatus.SENT, to.toUpperCase(Locale.ROOT)))).isEqualTo(1);
            assertThat(outbox.count(new MailFilter(MailStatus.FAILED, to))).isZero();
            // LIKE wildcards in the search text are taken literally
            assertThat(outbox.count(new MailFilter(null, "%"))).isZero();
            assertThatThrownBy(() -> outbox.get(-1)).isInstanceOf(NotFoundException.class);
            assertThat(outbox.get(sent.id()).subject()).isEqualTo("OpenContest test message for Count");
        });
    }

    @Test
    void onlyAdminsMayUseTheOutbox() {
        assertThatThrownBy(() -> outbox.countByStatus()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        AppPrincipal participant = new AppPrincipal(4242L, "p@example.org", "P", "", EnumSet.of(Role.PARTICIPANT),
                Locale.ENGLISH, ZoneOffset.UTC, true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(participant, null, participant.getAuthorities()));
        assertThatThrownBy(() -> outbox.countByStatus()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.resend(1)).isInstanceOf(AccessDeniedException.class);
    }
}
