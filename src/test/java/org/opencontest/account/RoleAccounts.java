package org.opencontest.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.opencontest.account.internal.UserAccount;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;

/** Real accounts (rows, so mails and role refreshes find them) for the role request tests. */
final class RoleAccounts {

    private final UserAccountRepository users;
    private final Clock clock;

    RoleAccounts(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    AppPrincipal create(String prefix, Locale locale, Role... roles) {
        UserAccount user = new UserAccount(prefix + "-" + UUID.randomUUID() + "@example.org", prefix,
                "{noop}unused-password", locale, ZoneId.of("Asia/Shanghai"), clock.instant());
        for (Role role : roles) {
            user.grant(role);
        }
        user.markEmailVerified();
        return users.save(user).toPrincipal();
    }
}
