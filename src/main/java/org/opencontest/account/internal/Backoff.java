package org.opencontest.account.internal;

import java.time.Duration;

/**
 * An exponential pause: none below {@code pausesFrom} failures, then {@code firstPause}, doubling with every further
 * failure up to {@code longestPause}. The pause runs from the latest failure.
 */
record Backoff(int pausesFrom, Duration firstPause, Duration longestPause) {

    /** Doubling 30 times already passes any sensible longest pause; more would overflow. */
    private static final int MAX_DOUBLINGS = 30;

    Duration pauseAfter(long failures) {
        if (failures < pausesFrom) {
            return Duration.ZERO;
        }
        Duration pause = firstPause.multipliedBy(1L << Math.min(failures - pausesFrom, MAX_DOUBLINGS));
        return pause.compareTo(longestPause) < 0 ? pause : longestPause;
    }
}
