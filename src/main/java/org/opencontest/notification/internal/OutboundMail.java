package org.opencontest.notification.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** One rendered mail and its delivery state; rows are never deleted, so the admin mailbox is a full record. */
@Entity
@Table(name = "outbound_mail")
class OutboundMail extends BaseEntity {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Column(name = "request_key", nullable = false, length = 64)
    private String requestKey;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 16)
    private String locale;

    @Column(nullable = false, length = 100)
    private String template;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 100_000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 200_000)
    private String htmlBody;

    /** An iCalendar invitation ({@code METHOD:REQUEST}) sent with the mail, as text; null for most mails. */
    @Column(length = 10_000)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected OutboundMail() {
    }

    OutboundMail(String requestKey, String recipient, Locale locale, String template, RenderedMail rendered,
                 String calendar, Instant now) {
        this.requestKey = requestKey;
        this.recipient = recipient;
        this.locale = locale.toLanguageTag();
        this.template = template;
        this.subject = rendered.subject();
        this.textBody = rendered.textBody();
        this.htmlBody = rendered.htmlBody();
        this.calendar = calendar;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void markSent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        nextAttemptAt = null;
    }

    /** @param retryAt when to try again, or {@code null} when retrying cannot help (a malformed address) */
    void markFailed(String error, Instant retryAt) {
        status = MailStatus.FAILED;
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        nextAttemptAt = retryAt;
    }

    /** Never attempted because it cannot be sent as it is (a malformed address); an admin sees why. */
    void markUndeliverable(String error) {
        status = MailStatus.FAILED;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        nextAttemptAt = null;
    }

    /** Back to the queue, due now, with a fresh backoff; the earlier delivery (if any) stays in {@code sentAt}. */
    void requeue(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        lastError = null;
        nextAttemptAt = now;
    }

    /**
     * The same {@code Message-ID} on every attempt for this row (id and creation instant: unique across databases
     * that reuse ids), at the sender's domain, so receivers recognise a repeated delivery.
     */
    String messageId(Address[] from) {
        String domain = "opencontest.invalid";
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender
                && sender.getAddress() != null && sender.getAddress().contains("@")) {
            domain = sender.getAddress().substring(sender.getAddress().lastIndexOf('@') + 1);
        }
        return "<outbox." + getId() + "." + createdAt.toEpochMilli() + "@" + domain + ">";
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getTextBody() {
        return textBody;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    String getCalendar() {
        return calendar;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    MailDetails toDetails() {
        return new MailDetails(getId(), recipient, Locale.forLanguageTag(locale), template, subject, textBody,
                htmlBody, status, attempts, lastError, createdAt, sentAt, nextAttemptAt);
    }
}
