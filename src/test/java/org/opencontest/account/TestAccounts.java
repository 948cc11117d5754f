package org.opencontest.account;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.opencontest.account.SignUpRequest;
import org.opencontest.account.internal.UserAccount;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Test-only: real, verified accounts (rows in the database, signed up through the service) for tests that need
 * more than {@code Actors}' row-less principals, e.g. API tokens, which belong to an account. A plain component
 * found by component scanning, so the shared test context is not forked.
 */
@Component
public class TestAccounts {

    static final String PASSWORD = "test-account-river-42";

    private final AccountService accounts;
    private final UserAccountRepository users;
    private final RecordedMails mails;

    TestAccounts(AccountService accounts, UserAccountRepository users, RecordedMails mails) {
        this.accounts = accounts;
        this.users = users;
        this.mails = mails;
    }

    /**
     * A PARTICIPANT signed up through the service the sign-up page calls (English, Shanghai's zone) and confirmed with
     * the token of the mailed link: for journeys whose point comes after the sign-up, which
     * {@code ParticipantSignsUpJourney} walks through in the browser.
     */
    public void signUpAndConfirm(String email, String displayName, String organisation, String password) {
        accounts.signUp(new SignUpRequest(email, displayName, organisation, password, password, Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai")));
        accounts.verifyEmail(mails.lastToken(email, "account.verify-email"));
    }

    /** A new English-speaking PARTICIPANT in the given zone, plus the given role. */
    public AppPrincipal create(Role role, ZoneId zone) {
        return create(role, zone, SupportedLocales.ENGLISH);
    }

    /** A new PARTICIPANT with the given profile language and zone, plus the given role. */
    public AppPrincipal create(Role role, ZoneId zone, Locale locale) {
        String email = "account-" + UUID.randomUUID() + "@example.org";
        long id = accounts.signUp(new SignUpRequest(email, "Test Account", null, PASSWORD, PASSWORD, locale, zone));
        UserAccount user = users.findById(id).orElseThrow();
        user.grant(role);
        user.markEmailVerified();
        return users.saveAndFlush(user).toPrincipal();
    }

    public AppPrincipal create(Role role) {
        return create(role, ZoneId.of("Asia/Shanghai"));
    }
}
