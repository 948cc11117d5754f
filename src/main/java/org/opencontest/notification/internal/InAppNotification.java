package org.opencontest.notification.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** One entry in a user's notification centre, written in their language when it arrived. */
@Entity
@Table(name = "in_app_notification")
class InAppNotification extends BaseEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 16)
    private String locale;

    @Column(name = "request_key", nullable = false, length = 64)
    private String requestKey;

    @Column(nullable = false, length = 100)
    private String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationCategory category;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 400)
    private String summary;

    @Column(length = 2000)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "digest_due", nullable = false)
    private boolean digestDue;

    protected InAppNotification() {
    }

    InAppNotification(long userId, String recipient, Locale locale, String requestKey, String template,
                      NotificationCategory category, NotificationText text, Instant createdAt, boolean digestDue) {
        this.userId = userId;
        this.recipient = recipient;
        this.locale = locale.toLanguageTag();
        this.requestKey = requestKey;
        this.template = template;
        this.category = category;
        this.title = text.title();
        this.summary = text.summary();
        this.link = text.link();
        this.createdAt = createdAt;
        this.digestDue = digestDue;
    }

    String getRecipient() {
        return recipient;
    }

    String getLocale() {
        return locale;
    }

    /** The title, and the link on a line of its own so that the mail makes it clickable. */
    String digestLine() {
        return link == null ? "• " + title : "• " + title + "\n" + link;
    }

    void digestSent() {
        digestDue = false;
    }
}
