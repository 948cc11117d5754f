package org.opencontest.notification.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's notification centre and delivery preferences. Every method works on the caller's own
 * notifications only: another user's notification is not found.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationCentre {

    private final InAppNotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final UnreadCountBroadcaster broadcaster;
    private final Clock clock;

    NotificationCentre(InAppNotificationRepository notifications, NotificationPreferenceRepository preferences,
                       UnreadCountBroadcaster broadcaster, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** Newest first, one query per page. */
    @Transactional(readOnly = true)
    public List<NotificationRow> page(int offset, int limit) {
        return notifications.page(CurrentUser.requireId(), OffsetPageRequest.of(offset, limit));
    }

    @Transactional(readOnly = true)
    public long count() {
        return notifications.countByUserId(CurrentUser.requireId());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(CurrentUser.requireId());
    }

    /** @throws NotFoundException when the notification is not the caller's */
    @Transactional
    public void markRead(long id) {
        long userId = CurrentUser.requireId();
        if (notifications.markRead(id, userId, clock.instant()) == 0 && !notifications.existsByIdAndUserId(id, userId)) {
            throw new NotFoundException();
        }
        announceUnread(userId);
    }

    @Transactional
    public void markAllRead() {
        long userId = CurrentUser.requireId();
        notifications.markAllRead(userId, clock.instant());
        announceUnread(userId);
    }

    /** Every category with the caller's choice (the default where they made none). */
    @Transactional(readOnly = true)
    public Map<NotificationCategory, Delivery> preferences() {
        Map<NotificationCategory, Delivery> chosen = new EnumMap<>(NotificationCategory.class);
        for (NotificationCategory category : NotificationCategory.values()) {
            chosen.put(category, Delivery.MAIL_AND_IN_APP);
        }
        preferences.findByUserId(CurrentUser.requireId())
                .forEach(preference -> chosen.put(preference.getCategory(), preference.getDelivery()));
        return chosen;
    }

    @Transactional
    public void choose(NotificationCategory category, Delivery delivery) {
        long userId = CurrentUser.requireId();
        preferences.findByUserIdAndCategory(userId, category).ifPresentOrElse(
                preference -> preference.setDelivery(delivery),
                () -> preferences.save(new NotificationPreference(userId, category, delivery)));
    }

    private void announceUnread(long userId) {
        broadcaster.announceAfterCommit(userId, notifications.countByUserIdAndReadAtIsNull(userId));
    }
}
