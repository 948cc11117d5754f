package org.opencontest.notification.internal;

import java.time.Duration;

/** Exponential backoff between delivery attempts: 1 min, 2, 4, 8 … capped at one hour, and never giving up. */
final class RetryPolicy {

    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofHours(1);

    private RetryPolicy() {
    }

    /** @param failedAttempts how many attempts have failed so far, at least 1 */
    static Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 31) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
