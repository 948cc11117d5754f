package org.opencontest.notification.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.opencontest.notification.MailRequested;
import org.opencontest.notification.NotificationRecipient;
import org.opencontest.notification.NotificationRecipients;
import org.opencontest.shared.i18n.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The notification centre's side of a mail request: for a categorised template sent to an address with an account,
 * stores the notification as the recipient's preference for the category says, and tells the mail listener whether
 * to mail at once. Runs inside the mail listener's transaction; a request delivered twice is stored once.
 */
@Component
class InAppNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(InAppNotifications.class);

    private final InAppNotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final NotificationRecipients recipients;
    private final MailTemplates templates;
    private final UnreadCountBroadcaster broadcaster;

    InAppNotifications(InAppNotificationRepository notifications, NotificationPreferenceRepository preferences,
                       NotificationRecipients recipients, MailTemplates templates,
                       UnreadCountBroadcaster broadcaster) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.recipients = recipients;
        this.templates = templates;
        this.broadcaster = broadcaster;
    }

    /** @return whether the request is to be mailed now (always for uncategorised templates and strangers) */
    boolean record(MailRequested request, String requestKey, Instant now) {
        Optional<NotificationCategory> category = NotificationCategory.of(request.template());
        Optional<NotificationRecipient> account = category.flatMap(c -> recipients.findByEmail(request.recipient()));
        if (account.isEmpty()) {
            return true;
        }
        long userId = account.get().userId();
        Delivery delivery = preferences.deliveryOf(userId, category.get());
        if (delivery == Delivery.OFF) {
            LOG.info("Mail {} not sent nor shown: the recipient turned {} off", request.template(), category.get());
            return false;
        }
        if (!notifications.existsByUserIdAndRequestKey(userId, requestKey)) {
            Locale locale = SupportedLocales.closest(account.get().locale());
            RenderedMail rendered = templates.render(request.template(), locale, request.model());
            notifications.save(new InAppNotification(userId, request.recipient().strip(), locale, requestKey,
                    request.template(), category.get(), NotificationText.of(rendered, request.model().get("link")),
                    now, delivery == Delivery.DIGEST));
            broadcaster.announceAfterCommit(userId, notifications.countByUserIdAndReadAtIsNull(userId));
        }
        return delivery.mailsAtOnce();
    }
}
