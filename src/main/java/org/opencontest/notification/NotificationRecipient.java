package org.opencontest.notification;

import java.util.Locale;

/** An account that receives in-app notifications, and the language they are written in. */
public record NotificationRecipient(long userId, Locale locale) {
}
