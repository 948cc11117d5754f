package org.opencontest.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day (by the application clock, on one node: ShedLock) mails each user who chose the daily digest for a
 * category one {@code notification.digest} listing the notifications of those categories that arrived since the
 * last digest, instead of a mail each. The mail and the marks that they were sent commit together.
 */
@Component
public class DailyDigest {

    /** Keeps the digest mail below the outbox's size limit; the centre, linked from the mail, lists all. */
    static final int MAX_ITEMS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final InAppNotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;

    DailyDigest(InAppNotificationRepository notifications, ApplicationEventPublisher events,
                TransactionTemplate transactions, PublicBaseUrl baseUrl, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.transactions = transactions;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Scheduled(cron = "${opencontest.notification.digest-cron:0 0 7 * * *}", zone = "UTC")
    @SchedulerLock(name = "notification.dailyDigest", lockAtMostFor = "PT30M")
    public void runScheduled() {
        int mailed = sendDue();
        if (mailed > 0) {
            LOG.info("Mailed {} daily digests", mailed);
        }
    }

    /** @return how many digest mails were requested */
    public int sendDue() {
        Instant now = clock.instant();
        List<Long> users = notifications.usersWithDigestDue(now);
        users.forEach(userId -> transactions.executeWithoutResult(status -> mail(userId, now)));
        return users.size();
    }

    private void mail(long userId, Instant now) {
        List<InAppNotification> due = notifications.digestDue(userId, now);
        if (due.isEmpty()) {
            return;
        }
        InAppNotification newest = due.get(due.size() - 1);
        String items = due.subList(Math.max(0, due.size() - MAX_ITEMS), due.size()).stream()
                .map(InAppNotification::digestLine).collect(Collectors.joining("\n\n"));
        events.publishEvent(new MailRequested(newest.getRecipient(), Locale.forLanguageTag(newest.getLocale()),
                "notification.digest", Map.of("count", String.valueOf(due.size()), "items", items,
                "date", now.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                "link", baseUrl.link("/notifications"))));
        due.forEach(InAppNotification::digestSent);
    }
}
