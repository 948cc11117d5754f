package org.opencontest.shared.security;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Principals looked up by e-mail address, for code that acts as a person outside a request (the demo loaders). */
public final class Principals {

    private Principals() {
    }

    /** The principal of the account with this address; empty when there is none (e.g. demo accounts not loaded). */
    public static Optional<AppPrincipal> find(UserDetailsService users, String email) {
        try {
            return Optional.of((AppPrincipal) users.loadUserByUsername(email));
        } catch (UsernameNotFoundException missing) {
            return Optional.empty();
        }
    }
}
