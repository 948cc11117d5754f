package org.opencontest.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per e-mail address, kept in the database so that every node sees the same count. The remote
 * address is recorded for investigations but not throttled on: behind a proxy without forwarded headers all
 * visitors share one address, and one attacker could lock everyone out.
 */
@Component
public class LoginThrottle {

    private static final Duration KEEP = Duration.ofDays(1);

    private final LoginFailureRepository failures;

    LoginThrottle(LoginFailureRepository failures) {
        this.failures = failures;
    }

    @Transactional
    public void recordFailure(String email, String remoteAddress, Instant at) {
        // Stored with the database's microsecond precision (truncated, so that rounding cannot lengthen a pause).
        failures.save(new LoginFailure(UserAccount.normaliseEmail(email), remoteAddress,
                at.truncatedTo(ChronoUnit.MICROS)));
        failures.deleteOlderThan(at.minus(KEEP));
    }

    /** A successful sign-in starts the count afresh. */
    @Transactional
    public void recordSuccess(String email) {
        failures.deleteByEmail(UserAccount.normaliseEmail(email));
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email, Instant now) {
        return LoginThrottlePolicy.isLocked(failures.failureTimes(UserAccount.normaliseEmail(email),
                now.minus(LoginThrottlePolicy.RELEVANT_HISTORY), now), now);
    }
}
