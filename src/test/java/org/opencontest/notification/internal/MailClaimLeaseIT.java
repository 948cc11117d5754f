package org.opencontest.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencontest.notification.MailRequested;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node claims a due mail and dies before sending it: the mail waits out the claim lease (no other node sends it
 * meanwhile) and is then sent once by another node. The lease is timed by the application's clock, so the test moves
 * time forward instead of waiting.
 */
class MailClaimLeaseIT extends IntegrationTest {

    private static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    @Autowired OutboundMailRepository mails;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailDispatcher dispatcher;

    @AfterEach
    void smtpIsUp() {
        smtp.start();
    }

    @Test
    void aMailClaimedByADeadNodeIsSentByAnotherOnceTheLeaseRunsOut() {
        String to = "lease-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        smtp.stop();
        transactions.executeWithoutResult(status -> events.publishEvent(new MailRequested(to, Locale.ENGLISH,
                "notification.test", Map.of("name", "Lease", "link", "https://contest.example.org/l"))));
        MailDetails failed = await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(to),
                mail -> mail.isPresent() && mail.get().status() == MailStatus.FAILED).orElseThrow();
        smtp.start();
        Instant due = failed.nextAttemptAt();

        Integer claimed = transactions.execute(status -> mails.claim(failed.id(), due, due.plus(CLAIM_LEASE)));
        assertThat(claimed).as("the node that is about to die claimed the mail").isEqualTo(1);

        dispatcher.dispatchDue(due.plus(CLAIM_LEASE).minusSeconds(1));
        assertThat(smtp.receivedMessagesFor(to)).as("nobody sends it while the lease runs").isEmpty();

        dispatcher.dispatchDue(due.plus(CLAIM_LEASE));
        dispatcher.dispatchDue(due.plus(CLAIM_LEASE).plus(Duration.ofHours(1)));
        assertThat(smtp.receivedMessagesFor(to)).as("taken over once the lease ran out, sent once").hasSize(1);
        assertThat(mailTo(to).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    private Optional<MailDetails> mailTo(String recipient) {
        return transactions.execute(status -> mails.findAll().stream()
                .filter(mail -> mail.getRecipient().equals(recipient)).findFirst().map(OutboundMail::toDetails));
    }
}
