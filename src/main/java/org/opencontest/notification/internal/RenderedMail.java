package org.opencontest.notification.internal;

/** A mail ready to send: subject, plain-text part and HTML part. */
record RenderedMail(String subject, String textBody, String htmlBody) {
}
