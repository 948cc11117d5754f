package org.opencontest.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The throttling rule, free of storage: once {@value #MAX_FAILURES} failures fall within {@link #WINDOW}, sign-in
 * is refused for {@link #LOCK} counted from the failure that completed the series. Refused attempts are not
 * failures (the password is not even checked), so hammering a locked account does not extend the pause.
 */
public final class LoginThrottlePolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** How far back failures can matter for a decision now. */
    public static final Duration RELEVANT_HISTORY = WINDOW.plus(LOCK);

    private LoginThrottlePolicy() {
    }

    /**
     * @param failures failure times in ascending order, at least those within {@link #RELEVANT_HISTORY} of now
     * @return the end of the latest pause these failures caused, if any (it may already be over)
     */
    public static Optional<Instant> lockedUntil(List<Instant> failures) {
        Instant until = null;
        for (int last = MAX_FAILURES - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - MAX_FAILURES + 1);
            Instant completing = failures.get(last);
            if (Duration.between(first, completing).compareTo(WINDOW) < 0) {
                until = completing.plus(LOCK);
            }
        }
        return Optional.ofNullable(until);
    }

    public static boolean isLocked(List<Instant> failures, Instant now) {
        return lockedUntil(failures).map(now::isBefore).orElse(false);
    }
}
