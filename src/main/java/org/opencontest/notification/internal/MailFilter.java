package org.opencontest.notification.internal;

import java.util.Optional;

/**
 * What the admin mailbox lists.
 *
 * @param status             only mails in this state, or all when {@code null}
 * @param recipientContains  only mails whose recipient contains this text (case-insensitive), or all when blank
 */
public record MailFilter(MailStatus status, String recipientContains) {

    public static final MailFilter ALL = new MailFilter(null, null);

    public Optional<MailStatus> statusOption() {
        return Optional.ofNullable(status);
    }

    public Optional<String> recipientText() {
        return recipientContains == null || recipientContains.isBlank() ? Optional.empty()
                : Optional.of(recipientContains.strip());
    }
}
