package org.opencontest.account.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the principal for form login. A throttled address comes back locked and a disabled account disabled;
 * Spring Security then refuses the sign-in before it even checks the password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginThrottle throttle;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        String normalised = UserAccount.normaliseEmail(email);
        return users.findByEmail(normalised)
                .map(user -> user.toPrincipal(throttle.isLocked(normalised, clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
