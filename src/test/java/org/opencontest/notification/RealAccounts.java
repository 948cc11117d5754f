package org.opencontest.notification;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.opencontest.account.AccountSeeding;
import org.opencontest.account.SignUpRequest;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Accounts with a row in the database: the notification centre finds its recipients by their address. A test
 * component found by component scanning, like {@code RecordedMails}.
 */
@Component
public class RealAccounts {

    private final AccountSeeding seeding;
    private final UserDetailsService users;

    RealAccounts(AccountSeeding seeding, UserDetailsService users) {
        this.seeding = seeding;
        this.users = users;
    }

    public AppPrincipal create(Role role, Locale locale) {
        String email = "centre-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        SignUpRequest request = new SignUpRequest(email, "Reader " + email.substring(7, 11), "", "centre-bell-harbour-7",
                "centre-bell-harbour-7", locale, ZoneId.of("Asia/Shanghai"));
        SystemIdentity.call(() -> seeding.createVerified(request, role));
        return (AppPrincipal) users.loadUserByUsername(email);
    }
}
