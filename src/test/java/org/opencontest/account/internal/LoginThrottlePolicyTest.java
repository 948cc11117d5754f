package org.opencontest.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.security.SignInPause;
import org.opencontest.shared.security.SignInPause.Scope;

class LoginThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final String OWNER = "owner@example.org";
    private static final String HOME = "198.51.100.1";
    private static final String STRANGER = "203.0.113.9";

    @Test
    void pausesGrowExponentiallyUpToTheirLongest() {
        Backoff backoff = LoginThrottlePolicy.PER_ACCOUNT_AT_SOURCE;
        assertThat(backoff.pauseAfter(2)).isZero();
        assertThat(backoff.pauseAfter(3)).hasSeconds(5);
        assertThat(backoff.pauseAfter(4)).hasSeconds(10);
        assertThat(backoff.pauseAfter(5)).hasSeconds(20);
        assertThat(backoff.pauseAfter(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.pauseAfter(5_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void wrongPasswordsFromOneAddressPauseThatAccountThereAndRunFromTheLatestFailure() {
        List<FailureGroup> failures = List.of(new FailureGroup(OWNER, STRANGER, 4, NOW.minusSeconds(3)));

        assertThat(wait(OWNER, STRANGER, failures, false)).hasSeconds(7);
        assertThat(wait("someone@example.org", STRANGER, failures, false)).isZero();
        assertThat(wait(OWNER, HOME, failures, false)).isZero();
    }

    @Test
    void manyAccountsTriedFromOneAddressPauseEverySignInFromIt() {
        List<FailureGroup> failures = List.of(
                new FailureGroup("a@example.org", STRANGER, 2, NOW.minusSeconds(60)),
                new FailureGroup("b@example.org", STRANGER, 2, NOW.minusSeconds(30)),
                new FailureGroup("c@example.org", STRANGER, 2, NOW.minusSeconds(20)),
                new FailureGroup("d@example.org", STRANGER, 2, NOW.minusSeconds(10)),
                new FailureGroup("e@example.org", STRANGER, 2, NOW));

        assertThat(wait(OWNER, STRANGER, failures, false)).hasSeconds(5);
        assertThat(wait(OWNER, HOME, failures, false)).isZero();
    }

    @Test
    void guessingFromManyAddressesOnlyBrieflySlowsNewAddressesAndNeverTheOwnersOwn() {
        List<FailureGroup> failures = IntStream.range(0, 50)
                .mapToObj(i -> new FailureGroup(OWNER, "203.0.113." + i, 1, NOW)).toList();

        assertThat(wait(OWNER, "192.0.2.77", failures, false)).isEqualTo(Duration.ofSeconds(30));
        assertThat(wait(OWNER, HOME, failures, true)).isZero();
    }

    @Test
    void listsTheRunningPausesLatestEndFirst() {
        List<FailureGroup> failures = List.of(
                new FailureGroup(OWNER, STRANGER, 3, NOW.minusSeconds(2)),
                new FailureGroup(OWNER, HOME, 1, NOW.minus(Duration.ofHours(1))));

        assertThat(LoginThrottlePolicy.pauses(failures, NOW)).containsExactly(
                new SignInPause(Scope.ACCOUNT_AT_SOURCE, OWNER, STRANGER, 3, NOW.plusSeconds(3)));
        assertThat(LoginThrottlePolicy.pauses(failures, NOW.plusSeconds(3))).isEmpty();
    }

    private static Duration wait(String email, String address, List<FailureGroup> failures, boolean known) {
        return LoginThrottlePolicy.waitBefore(email, address, failures, known, NOW);
    }
}
