package org.opencontest.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the principal for form login. A disabled account comes back disabled; Spring Security then refuses the
 * sign-in. Throttling happens before, in the security configuration's {@code SignInThrottleCheck}.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(UserAccount.normaliseEmail(email))
                .map(UserAccount::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
