package org.opencontest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Seeded accounts (the demo accounts' way in): verified, with their role and password, created once, admins only. */
class AccountSeedingIT extends IntegrationTest {

    private static final String PASSWORD = "seeded-account-harbour-7";

    @Autowired
    AccountSeeding seeding;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void createsAVerifiedAccountWithItsRoleOnce() {
        SignUpRequest request = request();

        assertThat(SystemIdentity.call(() -> seeding.createVerified(request, Role.JUDGE))).isTrue();
        assertThat(SystemIdentity.call(() -> seeding.createVerified(request, Role.ADMIN)))
                .as("an address in use is left alone").isFalse();

        AppPrincipal seeded = (AppPrincipal) users.loadUserByUsername(request.email());
        assertThat(seeded.roles()).containsExactly(Role.JUDGE);
        assertThat(seeded.displayName()).isEqualTo("Seeded Judge");
        assertThat(seeded.locale()).isEqualTo(SupportedLocales.CHINESE);
        assertThat(passwords.matches(PASSWORD, seeded.passwordHash())).isTrue();
        assertThat(as(seeded, () -> accounts.myStatus()).orElseThrow().emailVerified()).isTrue();
    }

    @Test
    void onlyAdministratorsSeed() {
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> seeding.createVerified(request(), Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static SignUpRequest request() {
        return new SignUpRequest("seeded-" + UUID.randomUUID() + "@example.org", "Seeded Judge", "Tongji University",
                PASSWORD, PASSWORD, SupportedLocales.CHINESE, ZoneId.of("Asia/Shanghai"));
    }
}
