package org.opencontest.notification.internal;

import java.time.Instant;

/** One line of the admin mailbox. */
public record MailSummary(long id, Instant createdAt, String recipient, String subject, MailStatus status,
                          int attempts) {
}
