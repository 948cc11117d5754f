package org.opencontest.notification.internal;

import java.time.Instant;

/** One line of the notification centre; {@code link} may be null, {@code readAt} is null while unread. */
public record NotificationRow(long id, NotificationCategory category, String title, String summary, String link,
                              Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
