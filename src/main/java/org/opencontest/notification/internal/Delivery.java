package org.opencontest.notification.internal;

/** How a user wants one category of notifications: every one is in the notification centre unless OFF. */
public enum Delivery {

    /** A mail each time (the default). */
    MAIL_AND_IN_APP,
    /** One daily digest mail instead of single mails. */
    DIGEST,
    IN_APP_ONLY,
    /** Neither mail nor notification. */
    OFF;

    boolean mailsAtOnce() {
        return this == MAIL_AND_IN_APP;
    }
}
