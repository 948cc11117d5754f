package org.opencontest.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends due mails from the outbox. Runs on a schedule ({@code opencontest.mail.dispatch-interval}, one node at a
 * time through ShedLock) and right after a mail is stored or re-queued. Each mail is claimed with a conditional
 * update before it is sent, so concurrent dispatchers never send it twice; SMTP is talked to outside any database
 * transaction. A failed attempt is recorded with exponential backoff ({@link RetryPolicy}).
 * <p>
 * SMTP cannot be exactly-once: a mail may be delivered and its SENT status then fail to reach the database. So every
 * attempt carries the same {@code Message-ID} for the same outbox row (receivers drop duplicates by it), and the
 * SENT status is written again until the database is back, for up to {@link #STATUS_RETRY_FOR}, well within the
 * claim lease after which another dispatcher would send the mail again.
 */
@Component
public class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    /** Longer than the SMTP timeouts: a claimed mail becomes due again only if its sender died. */
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(5);
    private static final int BATCH_SIZE = 50;
    /** Shorter than the claim lease: the mail must be marked SENT before anyone may claim it again. */
    static final Duration STATUS_RETRY_FOR = Duration.ofMinutes(4);
    private static final Duration STATUS_RETRY_FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration STATUS_RETRY_MAX_PAUSE = Duration.ofSeconds(15);

    private final OutboundMailRepository mails;
    private final TransactionTemplate transactions;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Clock clock;
    private final TaskExecutor executor;
    private final MailMetrics metrics;

    MailDispatcher(OutboundMailRepository mails, TransactionTemplate transactions, JavaMailSender sender,
                   MailSettings settings, Clock clock, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                   MailMetrics metrics) {
        this.mails = mails;
        this.transactions = transactions;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${opencontest.mail.dispatch-interval:15s}",
            initialDelayString = "${opencontest.mail.dispatch-interval:15s}")
    @SchedulerLock(name = "notification.mail-dispatch", lockAtMostFor = "PT10M")
    public void dispatchScheduled() {
        dispatchDue(clock.instant());
    }

    /**
     * Attempts every mail that is due at {@code now} (normally the clock's instant; tests pass a later one to skip
     * a backoff).
     *
     * @return how many mails were sent
     */
    public int dispatchDue(Instant now) {
        int sent = 0;
        List<Long> due;
        do {
            due = mails.findDueIds(now, PageRequest.of(0, BATCH_SIZE));
            for (Long id : due) {
                if (deliver(id, now)) {
                    sent++;
                }
            }
            // every mail handled above is now sent or due later, so the next query makes progress
        } while (due.size() == BATCH_SIZE);
        return sent;
    }

    /**
     * Attempts a queued mail in the background once the transaction that queued it has committed (at once without
     * one); the scheduled run picks it up if this node is shutting down.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void deliverSoon(MailQueued queued) {
        try {
            executor.execute(() -> deliverQuietly(queued.mailId()));
        } catch (TaskRejectedException shuttingDown) {
            LOG.debug("Mail {} left for the next dispatcher run", queued.mailId());
        }
    }

    private void deliverQuietly(long id) {
        try {
            deliver(id, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Immediate delivery of mail {} did not complete; the dispatcher retries it", id, e);
        }
    }

    private boolean deliver(long id, Instant now) {
        Optional<OutboundMail> claimed = transactions.execute(status ->
                mails.claim(id, now, now.plus(CLAIM_LEASE)) == 1 ? mails.findById(id) : Optional.empty());
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        OutboundMail mail = claimed.get();
        metrics.attempting(mail.getAttempts());
        try {
            send(id, mail, now);
        } catch (MailException e) {
            boolean permanent = e instanceof MailParseException || e instanceof MailPreparationException;
            String error = describe(e);
            LOG.warn("Mail {} not delivered{}: {}", id, permanent ? " (permanent)" : "", error);
            metrics.failed();
            record(id, failed -> failed.markFailed(error,
                    permanent ? null : now.plus(RetryPolicy.delayAfter(failed.getAttempts() + 1))));
            return false;
        }
        metrics.sent();
        recordSent(id, now);
        return true;
    }

    /** The mail is out: its status must reach the database, or it is sent again once the claim lease runs out. */
    private void recordSent(long id, Instant now) {
        long giveUpAt = System.nanoTime() + STATUS_RETRY_FOR.toNanos();
        Duration pause = STATUS_RETRY_FIRST_PAUSE;
        while (true) {
            try {
                record(id, sent -> sent.markSent(now));
                return;
            } catch (DataAccessException | TransactionException unreachable) {
                if (System.nanoTime() + pause.toNanos() > giveUpAt) {
                    LOG.error("Mail {} was delivered but could not be marked as sent; it will go out again with the "
                            + "same Message-ID after its claim lease", id, unreachable);
                    return;
                }
                LOG.warn("Mail {} was delivered but the database did not take its status ({}); trying again in {} ms",
                        id, unreachable.getMessage(), pause.toMillis());
                if (!pauseFor(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(STATUS_RETRY_MAX_PAUSE) > 0 ? STATUS_RETRY_MAX_PAUSE
                        : pause.multipliedBy(2);
            }
        }
    }

    private static boolean pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException shuttingDown) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void send(long id, OutboundMail mail, Instant now) {
        sender.send(message -> {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            if (mail.getCalendar() == null) {
                helper.setText(mail.getTextBody(), mail.getHtmlBody());
            } else {
                message.setContent(CalendarInvitationParts.mixed(mail.getTextBody(), mail.getHtmlBody(),
                        mail.getCalendar()));
            }
            helper.setSentDate(Date.from(now));
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-OpenContest-Mail-Id", Long.toString(id));
            // Spring's sender keeps an explicit Message-ID (JavaMail would make a new one on every attempt)
            message.setHeader("Message-ID", mail.messageId(helper.getMimeMessage().getFrom()));
        });
    }

    private void record(long id, Consumer<OutboundMail> outcome) {
        transactions.executeWithoutResult(status -> mails.findById(id).ifPresent(outcome));
    }

    /** The failure and its root cause, short enough for the mailbox: "MailSendException: … (ConnectException: …)". */
    private static String describe(MailException error) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(error);
        String text = summary(error);
        return root == error ? text : text + " (" + summary(root) + ")";
    }

    private static String summary(Throwable error) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse("");
        return error.getClass().getSimpleName() + message;
    }
}
