package org.opencontest.notification.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One outbound mail as rendered and stored. {@code htmlBody} is the HTML part exactly as sent: model values in it
 * are escaped, but it is still mail content, so sanitise it before showing it in a page.
 */
public record MailDetails(long id, String recipient, Locale locale, String template, String subject,
                          String textBody, String htmlBody, MailStatus status, int attempts, String lastError,
                          Instant createdAt, Instant sentAt, Instant nextAttemptAt) {

    public Optional<String> lastErrorText() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> sent() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> nextAttempt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    /** Only delivered or failed mails can be queued again; a pending one is already waiting. */
    public boolean resendable() {
        return status != MailStatus.PENDING;
    }
}
