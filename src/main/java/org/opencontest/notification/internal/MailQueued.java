package org.opencontest.notification.internal;

/** A mail was stored or re-queued in the outbox; once that commits, the dispatcher tries it at once. */
record MailQueued(long mailId) {
}
