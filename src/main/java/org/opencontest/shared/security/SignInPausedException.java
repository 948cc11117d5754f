package org.opencontest.shared.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused before its password was checked, because the throttle pauses it; it may be retried later. */
public class SignInPausedException extends LockedException {

    private final Duration wait;

    public SignInPausedException(Duration wait) {
        super("Sign-in paused for " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** The wait in whole seconds, rounded up, as the sign-in page shows it. */
    public long waitSeconds() {
        return wait.plusNanos(999_999_999).toSeconds();
    }
}
