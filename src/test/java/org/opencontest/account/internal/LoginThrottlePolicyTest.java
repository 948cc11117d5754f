package org.opencontest.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-05-20T02:00:00Z");

    @Test
    void fourFailuresDoNotLock() {
        List<Instant> failures = minutes(0, 1, 2, 3);

        assertThat(LoginThrottlePolicy.lockedUntil(failures)).isEmpty();
        assertThat(LoginThrottlePolicy.isLocked(failures, at(4))).isFalse();
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        List<Instant> failures = minutes(0, 2, 5, 9, 14);

        assertThat(LoginThrottlePolicy.lockedUntil(failures)).contains(at(29));
        assertThat(LoginThrottlePolicy.isLocked(failures, at(14))).isTrue();
        assertThat(LoginThrottlePolicy.isLocked(failures, at(28).plusSeconds(59))).isTrue();
        assertThat(LoginThrottlePolicy.isLocked(failures, at(29))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        List<Instant> failures = minutes(0, 4, 8, 12, 15, 19, 23, 27, 31);

        assertThat(LoginThrottlePolicy.lockedUntil(failures)).isEmpty();
    }

    @Test
    void afterThePauseFiveNewFailuresAreNeededAgain() {
        List<Instant> failures = minutes(0, 1, 2, 3, 4, 20, 21, 22, 23);

        assertThat(LoginThrottlePolicy.isLocked(failures, at(23))).isFalse();
        List<Instant> oneMore = minutes(0, 1, 2, 3, 4, 20, 21, 22, 23, 24);
        assertThat(LoginThrottlePolicy.lockedUntil(oneMore)).contains(at(39));
    }

    private static List<Instant> minutes(int... offsets) {
        return java.util.Arrays.stream(offsets).mapToObj(LoginThrottlePolicyTest::at).toList();
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }
}
