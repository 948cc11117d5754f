package org.opencontest.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox in numbers: {@code opencontest_mail_queued} (mails not sent yet that will be attempted),
 * {@code opencontest_mail_dispatch_lag_seconds} (how long the oldest due mail has been waiting past its due time:
 * the dispatcher job is behind, or SMTP is down), and the counters {@code opencontest_mail_sent_total},
 * {@code opencontest_mail_failed_total} (failed attempts) and {@code opencontest_mail_retried_total} (attempts after
 * the first). The gauges ask the database at scrape time; while it is down they read NaN.
 */
@Component
class MailMetrics {

    private final Counter sent;
    private final Counter failed;
    private final Counter retried;

    MailMetrics(MeterRegistry registry, OutboundMailRepository mails, Clock clock) {
        Gauge.builder("opencontest.mail.queued", mails, OutboundMailRepository::countQueued)
                .description("Mails waiting in the outbox").register(registry);
        Gauge.builder("opencontest.mail.dispatch.lag", () -> lagSeconds(mails, clock.instant()))
                .baseUnit("seconds").description("Time the oldest due mail has waited past its due time")
                .register(registry);
        sent = Counter.builder("opencontest.mail.sent").description("Mails delivered to SMTP").register(registry);
        failed = Counter.builder("opencontest.mail.failed").description("Failed delivery attempts").register(registry);
        retried = Counter.builder("opencontest.mail.retried").description("Delivery attempts after the first")
                .register(registry);
    }

    private static double lagSeconds(OutboundMailRepository mails, Instant now) {
        Instant oldest = mails.oldestDue(now);
        return oldest == null ? 0 : Duration.between(oldest, now).toMillis() / 1000.0;
    }

    void attempting(int earlierAttempts) {
        if (earlierAttempts > 0) {
            retried.increment();
        }
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }
}
