package org.opencontest.demo;

import java.util.Optional;

import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Principals;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The demo accounts as principals, so that the loaders act as those people through the real services. */
@Component
class DemoPeople {

    private final UserDetailsService users;

    DemoPeople(UserDetailsService users) {
        this.users = users;
    }

    /** The principal of the account with this address; empty when there is none (e.g. demo accounts not loaded). */
    Optional<AppPrincipal> find(String email) {
        return Principals.find(users, email);
    }

    /** @throws UsernameNotFoundException when no account has this address */
    AppPrincipal get(String email) {
        return (AppPrincipal) users.loadUserByUsername(email);
    }
}
