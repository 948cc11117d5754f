package org.opencontest.notification.internal;

/** Delivery state of an outbound mail. */
public enum MailStatus {
    /** Waiting for its first delivery attempt (or re-queued by an admin). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The last attempt failed; retried at its next attempt time unless the failure is permanent. */
    FAILED
}
