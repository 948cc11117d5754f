package org.opencontest.account.internal;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.AccountSeeding;
import org.opencontest.account.SignUpRequest;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes seeded accounts straight to the repository; administrators only (the demo loader runs as the system). */
@Service
class AccountSeeder implements AccountSeeding {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountSeeder(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean createVerified(SignUpRequest account, Role role) {
        if (users.existsByEmail(UserAccount.normaliseEmail(account.email()))) {
            return false;
        }
        UserAccount user = new UserAccount(account.email(), account.displayName(),
                passwordEncoder.encode(account.password()), account.locale(), account.zone(), clock.instant());
        user.setOrganisation(account.organisation());
        user.markEmailVerified();
        user.grant(role);
        users.save(user);
        return true;
    }
}
