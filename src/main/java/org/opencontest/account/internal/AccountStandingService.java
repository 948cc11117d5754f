package org.opencontest.account.internal;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.opencontest.account.AccountStanding;
import org.opencontest.account.AccountStandings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link AccountStandings}; the calling module decides what its users may see of it. */
@Service
class AccountStandingService implements AccountStandings {

    private final UserAccountRepository users;

    AccountStandingService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<AccountStanding> standing(long userId) {
        return users.findById(userId).map(user -> new AccountStanding(user.getId(), user.getEmail(), user.isEnabled(),
                user.isEmailVerified(), user.getCreatedAt()));
    }
}
