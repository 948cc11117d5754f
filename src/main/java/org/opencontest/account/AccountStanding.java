package org.opencontest.account;

import java.time.Instant;

/**
 * What another module needs to judge whether an account may take part in something open to the public (e.g. a
 * people's-choice vote): its address, whether the address is confirmed, whether it is enabled and when it was made.
 */
public record AccountStanding(long id, String email, boolean enabled, boolean emailVerified, Instant createdAt) {

    /** The part of the address after the last {@code @}, in lower case. */
    public String emailDomain() {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
