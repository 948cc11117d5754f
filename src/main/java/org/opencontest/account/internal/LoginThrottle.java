package org.opencontest.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.shared.security.Roles;
import org.opencontest.shared.security.SignInPause;
import org.opencontest.shared.security.SignInThrottle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords per e-mail and source address, kept in the database so that every node sees the same counts, and
 * the addresses each account has signed in from. The rules are {@link LoginThrottlePolicy}'s.
 */
@Component
public class LoginThrottle implements SignInThrottle {

    /** A source the owner has not used for this long is treated like anyone else's again. */
    static final Duration KNOWN_SOURCE_MEMORY = Duration.ofDays(90);
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final LoginFailureRepository failures;
    private final KnownSignInSourceRepository knownSources;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, KnownSignInSourceRepository knownSources, Clock clock) {
        this.failures = failures;
        this.knownSources = knownSources;
        this.clock = clock;
    }

    @Transactional
    public void recordFailure(String email, String remoteAddress, Instant at) {
        // Stored with the database's microsecond precision (truncated, so that rounding cannot lengthen a pause).
        failures.save(new LoginFailure(UserAccount.normaliseEmail(email), source(remoteAddress),
                at.truncatedTo(ChronoUnit.MICROS)));
        failures.deleteOlderThan(at.minus(LoginThrottlePolicy.MEMORY));
    }

    /** Forgets this source's failures for the account and remembers the source as the owner's. */
    @Transactional
    public void recordSuccess(String email, String remoteAddress, Instant at) {
        String account = UserAccount.normaliseEmail(email);
        String source = source(remoteAddress);
        failures.deleteByEmailAndAddress(account, source);
        if (knownSources.touch(account, source, at) == 0) {
            knownSources.save(new KnownSignInSource(account, source, at));
        }
        knownSources.deleteOlderThan(at.minus(KNOWN_SOURCE_MEMORY));
    }

    @Override
    @Transactional(readOnly = true)
    public Duration waitBefore(String email, String remoteAddress) {
        return waitBefore(email, remoteAddress, clock.instant());
    }

    @Transactional(readOnly = true)
    public Duration waitBefore(String email, String remoteAddress, Instant now) {
        String account = UserAccount.normaliseEmail(email);
        String source = source(remoteAddress);
        return LoginThrottlePolicy.waitBefore(account, source,
                failures.groupsTouching(account, source, now.minus(LoginThrottlePolicy.MEMORY), now),
                knownSources.existsByEmailAndRemoteAddress(account, source), now);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<SignInPause> currentPauses() {
        Instant now = clock.instant();
        return LoginThrottlePolicy.pauses(failures.groups(now.minus(LoginThrottlePolicy.MEMORY), now), now);
    }

    private static String source(String remoteAddress) {
        return remoteAddress == null || remoteAddress.isBlank() ? UNKNOWN_ADDRESS : remoteAddress;
    }
}
