package org.opencontest.account.internal;

import static java.util.stream.Collectors.groupingBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.opencontest.shared.security.SignInPause;
import org.opencontest.shared.security.SignInPause.Scope;

/**
 * The throttling rules, free of storage. Three counters of wrong passwords, each with its own exponential pause:
 * <ul>
 * <li>per source address and account: slows guessing one account from one place;</li>
 * <li>per source address: slows trying one password on many accounts from one place;</li>
 * <li>per account: slows guessing from many places, but only briefly and never at addresses the account has
 * signed in from, so a stranger cannot keep the owner out.</li>
 * </ul>
 * A paused attempt checks no password, so hammering does not lengthen a pause; the pause itself grows only with
 * wrong passwords.
 */
final class LoginThrottlePolicy {

    static final Backoff PER_ACCOUNT_AT_SOURCE = new Backoff(3, Duration.ofSeconds(5), Duration.ofMinutes(15));
    static final Backoff PER_SOURCE = new Backoff(10, Duration.ofSeconds(5), Duration.ofMinutes(15));
    static final Backoff PER_ACCOUNT = new Backoff(10, Duration.ofSeconds(1), Duration.ofSeconds(30));
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofDays(1);

    private LoginThrottlePolicy() {
    }

    /** Every pause the failures cause that still runs at {@code now}, latest end first. */
    static List<SignInPause> pauses(Collection<FailureGroup> groups, Instant now) {
        List<SignInPause> pauses = new ArrayList<>();
        groups.forEach(group -> pauses.add(pause(Scope.ACCOUNT_AT_SOURCE, PER_ACCOUNT_AT_SOURCE, group)));
        combined(groups, FailureGroup::remoteAddress)
                .forEach(group -> pauses.add(pause(Scope.SOURCE, PER_SOURCE, group)));
        combined(groups, FailureGroup::email)
                .forEach(group -> pauses.add(pause(Scope.ACCOUNT, PER_ACCOUNT, group)));
        return pauses.stream().filter(pause -> pause.until().isAfter(now))
                .sorted(Comparator.comparing(SignInPause::until).reversed()).toList();
    }

    /**
     * How long a sign-in for {@code email} from {@code remoteAddress} must wait.
     *
     * @param groups      at least the failures for that e-mail or from that address
     * @param knownSource whether the account has signed in from that address before (exempt from the account pause)
     */
    static Duration waitBefore(String email, String remoteAddress, Collection<FailureGroup> groups,
                               boolean knownSource, Instant now) {
        return pauses(groups, now).stream()
                .filter(pause -> switch (pause.scope()) {
                    case ACCOUNT_AT_SOURCE -> email.equals(pause.email())
                            && remoteAddress.equals(pause.remoteAddress());
                    case SOURCE -> remoteAddress.equals(pause.remoteAddress());
                    case ACCOUNT -> !knownSource && email.equals(pause.email());
                })
                .map(pause -> Duration.between(now, pause.until()))
                .max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
    }

    private static SignInPause pause(Scope scope, Backoff backoff, FailureGroup group) {
        return new SignInPause(scope, scope == Scope.SOURCE ? null : group.email(),
                scope == Scope.ACCOUNT ? null : group.remoteAddress(), group.failures(),
                group.last().plus(backoff.pauseAfter(group.failures())));
    }

    /** Adds up the groups that share a key (an address or an e-mail). */
    private static Stream<FailureGroup> combined(Collection<FailureGroup> groups,
                                                 Function<FailureGroup, String> key) {
        Map<String, List<FailureGroup>> byKey = groups.stream().collect(groupingBy(key));
        return byKey.values().stream().map(same -> new FailureGroup(same.get(0).email(),
                same.get(0).remoteAddress(), same.stream().mapToLong(FailureGroup::failures).sum(),
                same.stream().map(FailureGroup::last).max(Comparator.naturalOrder()).orElseThrow()));
    }
}
