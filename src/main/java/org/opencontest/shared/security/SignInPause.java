package org.opencontest.shared.security;

import java.time.Instant;

/**
 * A running sign-in pause and what it holds back.
 *
 * @param email         the account it slows, or {@code null} for a {@link Scope#SOURCE} pause
 * @param remoteAddress the source address it slows, or {@code null} for an {@link Scope#ACCOUNT} pause
 * @param failures      the wrong passwords that caused it
 */
public record SignInPause(Scope scope, String email, String remoteAddress, long failures, Instant until) {

    public enum Scope {
        /** Sign-ins from one address to any account. */
        SOURCE,
        /** Sign-ins from one address to one account. */
        ACCOUNT_AT_SOURCE,
        /** Sign-ins to one account from addresses it has never signed in from. */
        ACCOUNT
    }
}
