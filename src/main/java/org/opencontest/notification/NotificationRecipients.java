package org.opencontest.notification;

import java.util.Optional;

/**
 * Port the account module implements: whose notification centre a mail to an address also lands in. The
 * notification module cannot ask the account module itself, which publishes mails and so depends on it.
 */
public interface NotificationRecipients {

    /** The enabled account with this address (case-insensitive), or empty for strangers and disabled accounts. */
    Optional<NotificationRecipient> findByEmail(String email);
}
