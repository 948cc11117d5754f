package org.opencontest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.account.internal.AccountField;
import org.opencontest.account.internal.AccountMails;
import org.opencontest.account.internal.AccountToken;
import org.opencontest.account.internal.AccountTokenRepository;
import org.opencontest.account.internal.FieldViolation;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.account.internal.Profile;
import org.opencontest.account.internal.ProfileUpdate;
import org.opencontest.account.internal.SecureTokens;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.internal.TokenPurpose;
import org.opencontest.account.internal.UserAccount;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.account.internal.UserQuery;
import org.opencontest.account.internal.UserSummary;
import org.opencontest.audit.AuditLog;
import org.opencontest.audit.AuditRecord;
import org.opencontest.audit.ChainVerification;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The account flows end to end: services, real PostgreSQL, the real security filter chain, the audit chain. */
class AccountFlowsIT extends IntegrationTest {

    private static final String PASSWORD = "river-lantern-42";
    private static final String NEW_PASSWORD = "harbour-kite-2026";

    @Autowired AccountService accounts;
    @Autowired AccountAdministration administration;
    @Autowired AuditLog auditLog;
    @Autowired UserAccountRepository users;
    @Autowired AccountTokenRepository tokens;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired RecordedMails mails;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired WebApplicationContext web;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.clearContext();
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signUpMailsAVerificationLinkThatWorksExactlyOnce() {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email.toUpperCase(), PASSWORD));

        UserAccount created = users.findById(id).orElseThrow();
        assertThat(created.getEmail()).isEqualTo(email);
        assertThat(created.getRoles()).containsExactly(Role.PARTICIPANT);
        assertThat(created.isEmailVerified()).isFalse();
        assertThat(created.getPasswordHash()).doesNotContain(PASSWORD);

        List<MailRequested> sent = mails.to(email, AccountMails.VERIFY_EMAIL_TEMPLATE);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).locale()).isEqualTo(SupportedLocales.CHINESE);
        assertThat(sent.get(0).model()).containsEntry("name", "<b>Li</b> & Co")
                .hasEntrySatisfying("link", link -> assertThat(link)
                        .matches("http://localhost:8080/verify-email\\?token=[A-Za-z0-9_-]{43}"));
        // published inside the sign-up transaction into the event publication registry (the mail outbox)
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type = ? "
                + "and serialized_event like ?", Long.class, MailRequested.class.getName(), "%" + email + "%"))
                .isPositive();

        String token = mails.lastToken(email, AccountMails.VERIFY_EMAIL_TEMPLATE);
        assertThat(tokens.findByTokenHashAndPurpose(token, TokenPurpose.VERIFY_EMAIL)).as("plain token stored")
                .isEmpty();
        accounts.verifyEmail(token);
        assertThat(users.findById(id).orElseThrow().isEmailVerified()).isTrue();

        assertRefused(() -> accounts.verifyEmail(token), "account.token.used");
        assertRefused(() -> accounts.verifyEmail(SecureTokens.generate()), "account.token.invalid");
        assertRefused(() -> accounts.verifyEmail("not a token"), "account.token.invalid");
        assertThat(auditActions(email)).contains(AccountService.SIGNED_UP, AccountService.EMAIL_VERIFIED);
    }

    @Test
    void anExpiredVerificationLinkIsRefused() {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email, PASSWORD));
        String token = SecureTokens.generate();
        tokens.save(new AccountToken(id, TokenPurpose.VERIFY_EMAIL, SecureTokens.hash(token),
                clock.instant().minus(Duration.ofHours(48)).minusSeconds(1)));

        assertRefused(() -> accounts.verifyEmail(token), "account.token.expired");
        assertThat(users.findById(id).orElseThrow().isEmailVerified()).isFalse();
    }

    @Test
    void aTakenAddressIsAnsweredLikeANewOneAndItsOwnerIsWarnedWhateverItsCase() {
        String email = uniqueEmail();
        long owner = accounts.signUp(request(email, PASSWORD));
        String ownerHash = users.findById(owner).orElseThrow().getPasswordHash();

        assertThatCode(() -> accounts.signUp(new SignUpRequest(" " + email.toUpperCase() + " ", "Someone Else", null,
                "another passphrase 77", "another passphrase 77", Locale.ENGLISH, ZoneId.of("UTC"))))
                .as("no refusal that would tell a stranger the address has an account").doesNotThrowAnyException();

        assertThat(users.findById(owner).orElseThrow().getPasswordHash()).as("nothing changed").isEqualTo(ownerHash);
        assertThat(mails.to(email, AccountMails.VERIFY_EMAIL_TEMPLATE)).hasSize(1);
        assertThat(mails.to(email, AccountMails.SIGN_UP_ATTEMPT_TEMPLATE)).singleElement()
                .satisfies(mail -> assertThat(mail.locale()).as("the owner's language").isEqualTo(SupportedLocales.CHINESE));
    }

    @Test
    void invalidSignUpNamesEveryBrokenRuleAndStoresNothing() {
        String email = "not-an-address";
        SignUpRequest bad = new SignUpRequest(email, " ", "x".repeat(201), "short", "other", null, null);

        assertThatThrownBy(() -> accounts.signUp(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.getViolations()).extracting(FieldViolation::field).containsExactly(
                        AccountField.EMAIL, AccountField.DISPLAY_NAME, AccountField.ORGANISATION,
                        AccountField.LOCALE, AccountField.ZONE, AccountField.PASSWORD,
                        AccountField.PASSWORD_CONFIRMATION));
        assertThat(users.existsByEmail(email)).isFalse();
    }

    @Test
    void resettingThePasswordReplacesTheOldOneAndUsesUpEveryResetLink() throws Exception {
        String email = uniqueEmail();
        accounts.signUp(request(email, PASSWORD));
        signInExpecting(email, PASSWORD, true);

        accounts.requestPasswordReset(email.toUpperCase());
        String first = mails.lastToken(email, AccountMails.PASSWORD_RESET_TEMPLATE);
        accounts.requestPasswordReset(email);
        String second = mails.lastToken(email, AccountMails.PASSWORD_RESET_TEMPLATE);
        assertThat(mails.to(email, AccountMails.PASSWORD_RESET_TEMPLATE).get(1).model().get("link"))
                .startsWith("http://localhost:8080/reset-password?token=");

        accounts.checkResetToken(second);
        assertThatThrownBy(() -> accounts.resetPassword(second, "password123", "password123"))
                .isInstanceOf(InvalidInputException.class);
        accounts.resetPassword(second, NEW_PASSWORD, NEW_PASSWORD);

        signInExpecting(email, PASSWORD, false);
        signInExpecting(email, NEW_PASSWORD, true);
        assertRefused(() -> accounts.resetPassword(second, "another-pass-99", "another-pass-99"), "account.token.used");
        assertRefused(() -> accounts.checkResetToken(first), "account.token.used");
        assertThat(users.findByEmail(email).orElseThrow().isEmailVerified()).as("the link proved the address")
                .isTrue();
        assertThat(auditActions(email)).contains(AccountService.PASSWORD_RESET);
    }

    @Test
    void forgotPasswordRevealsNothingAndMailsNobodyForUnknownAddresses() {
        String unknown = uniqueEmail();

        accounts.requestPasswordReset(unknown);
        accounts.requestPasswordReset("");

        assertThat(mails.to(unknown, AccountMails.PASSWORD_RESET_TEMPLATE)).isEmpty();
    }

    @Test
    void resetMailsAreRateLimitedPerAccount() {
        String email = uniqueEmail();
        accounts.signUp(request(email, PASSWORD));

        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(email);
        }

        assertThat(mails.to(email, AccountMails.PASSWORD_RESET_TEMPLATE)).hasSize(AccountService.RESET_MAILS_PER_HOUR);
    }

    @Test
    void signInIsAuditedAndDisabledAccountsCannotSignIn() throws Exception {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email, PASSWORD));
        signInExpecting(email, PASSWORD, true);
        assertThat(audit(email)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("auth.signIn");
            assertThat(entry.actorId()).isEqualTo(id);
        });

        signInAs(admin());
        UserSummary user = administration.get(id);
        administration.updateAccess(id, user.version(), user.roles(), false);

        signInExpecting(email, PASSWORD, false);
        assertThat(audit(email).get(0).details()).startsWith("reason=disabled");
    }

    @Test
    void grantingAndRevokingRolesIsAuditedAndTheChainVerifies() {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email, PASSWORD));
        AppPrincipal admin = admin();
        signInAs(admin);

        UserSummary before = administration.get(id);
        UserSummary granted = administration.updateAccess(id, before.version(),
                EnumSet.of(Role.PARTICIPANT, Role.ORGANISER), true);
        assertThat(granted.roles()).containsExactlyInAnyOrder(Role.PARTICIPANT, Role.ORGANISER);
        assertThat(granted.version()).isGreaterThan(before.version());
        assertThatThrownBy(() -> administration.updateAccess(id, before.version(), EnumSet.of(Role.JUDGE), true))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("error.concurrentEdit"));
        UserSummary revoked = administration.updateAccess(id, granted.version(), EnumSet.of(Role.ORGANISER), true);
        assertThat(revoked.roles()).containsExactly(Role.ORGANISER);

        List<AuditRecord> entries = audit(email);
        assertThat(entries).extracting(AuditRecord::action, AuditRecord::details).startsWith(
                org.assertj.core.groups.Tuple.tuple("account.role.revoked", "role=PARTICIPANT"),
                org.assertj.core.groups.Tuple.tuple("account.role.granted", "role=ORGANISER"));
        assertThat(entries.get(0).actorEmail()).isEqualTo(admin.email());
        assertThat(administration.find(new UserQuery(email, Role.ORGANISER), Pageable.ofSize(10)).getContent())
                .extracting(UserSummary::id).containsExactly(id);
        assertThat(administration.find(new UserQuery(email, Role.PARTICIPANT), Pageable.ofSize(10))).isEmpty();

        ChainVerification verification = auditLog.verifyChain();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(entries.size());
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        AppPrincipal admin = admin();
        signInAs(admin);
        UserSummary self = administration.get(admin.userId());

        assertRefused(() -> administration.updateAccess(self.id(), self.version(), EnumSet.of(Role.JUDGE), true),
                "account.admin.error.selfLockout");
        assertRefused(() -> administration.updateAccess(self.id(), self.version(), EnumSet.of(Role.ADMIN), false),
                "account.admin.error.selfLockout");
        assertThat(administration.get(admin.userId()).roles()).contains(Role.ADMIN);
    }

    @Test
    void aChangedOrRemovedEntryBreaksTheChain() {
        signInAs(admin());
        auditLog.record("test.tamper", "subject-" + UUID.randomUUID(), "original");
        long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        assertThat(auditLog.verifyChain().intact()).isTrue();

        jdbc.update("update audit_entry set details = 'forged' where id = ?", id);
        try {
            ChainVerification changed = auditLog.verifyChain();
            assertThat(changed.intact()).isFalse();
            assertThat(changed.firstBrokenEntryId()).isEqualTo(id);
        } finally {
            jdbc.update("update audit_entry set details = 'original' where id = ?", id);
        }
        assertThat(auditLog.verifyChain().intact()).isTrue();

        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        jdbc.update("delete from audit_entry where id = ?", id);
        try {
            assertThat(auditLog.verifyChain().intact()).as("newest entry removed").isFalse();
        } finally {
            jdbc.update("insert into audit_entry (id, at, actor_id, actor_email, action, subject, details, prev_hash, "
                    + "hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("at"), row.get("actor_id"),
                    row.get("actor_email"), row.get("action"), row.get("subject"), row.get("details"),
                    row.get("prev_hash"), row.get("hash"));
        }
        assertThat(auditLog.verifyChain().intact()).isTrue();
    }

    @Test
    void onlyAdminsMayAdministerAccountsOrReadTheAuditLog() {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email, PASSWORD));
        signInAs(users.findById(id).orElseThrow().toPrincipal());

        assertThatThrownBy(() -> administration.find(UserQuery.ALL, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.updateAccess(id, 0, EnumSet.allOf(Role.class), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.verifyChain()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.search("", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.findById(id).orElseThrow().getRoles()).containsExactly(Role.PARTICIPANT);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.myProfile()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> administration.get(id)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void profileEditsOwnAccountAndRefusesStaleVersions() {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email, PASSWORD));
        signInAs(users.findById(id).orElseThrow().toPrincipal());

        Profile profile = accounts.myProfile();
        assertThat(profile.userId()).isEqualTo(id);
        Profile saved = accounts.updateProfile(new ProfileUpdate(profile.version(), "  Wang Fang  ", "",
                SupportedLocales.ENGLISH, ZoneId.of("Europe/Berlin")));
        assertThat(saved.displayName()).isEqualTo("Wang Fang");
        assertThat(saved.organisation()).isNull();
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));

        assertRefused(() -> accounts.updateProfile(new ProfileUpdate(profile.version(), "Someone else", null,
                SupportedLocales.ENGLISH, ZoneId.of("UTC"))), "error.concurrentEdit");

        assertThatThrownBy(() -> accounts.changePassword("wrong-current-1", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.getViolations())
                        .extracting(FieldViolation::field).containsExactly(AccountField.CURRENT_PASSWORD));
        accounts.changePassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, users.findById(id).orElseThrow().getPasswordHash())).isTrue();
        // a password change does not make a profile form that is still open fail
        assertThat(accounts.updateProfile(new ProfileUpdate(saved.version(), "Wang Fang", "Fudan",
                SupportedLocales.CHINESE, ZoneId.of("Asia/Shanghai"))).organisation()).isEqualTo("Fudan");
    }

    @Test
    void resendingTheVerificationMailIsRateLimited() {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email, PASSWORD));
        signInAs(users.findById(id).orElseThrow().toPrincipal());

        assertRefused(() -> accounts.resendVerification(), "account.verify.resendTooSoon");
        jdbc.update("update account_token set created_at = created_at - interval '10 minutes' where user_id = ?", id);
        accounts.resendVerification();

        assertThat(mails.to(email, AccountMails.VERIFY_EMAIL_TEMPLATE)).hasSize(2);
        assertThat(accounts.myStatus()).contains(new AccountStatus(true, false));
    }

    @Test
    void theDirectoryFindsUsersByEmailAndNamesInOneGo() {
        String email = uniqueEmail();
        long id = accounts.signUp(request(email, PASSWORD));

        UserDirectory directory = web.getBean(UserDirectory.class);
        assertThat(directory.findIdByEmail(email.toUpperCase())).contains(id);
        assertThat(directory.findIdByEmail(uniqueEmail())).isEmpty();
        assertThat(directory.displayNames(Set.of(id, -1L))).containsExactly(Map.entry(id, "<b>Li</b> & Co"));
    }

    /** A form sign-in through the real security filter chain, as an anonymous browser would send it. */
    private void signInExpecting(String email, String password, boolean success) throws Exception {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            mvc.perform(formLogin("/login").user(email).password(password))
                    .andExpect(success ? authenticated() : unauthenticated());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private AppPrincipal admin() {
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        UserAccount admin = new UserAccount(email, "Test Admin", passwordEncoder.encode(PASSWORD),
                SupportedLocales.ENGLISH, ZoneId.of("UTC"), clock.instant());
        admin.grant(Role.ADMIN);
        admin.markEmailVerified();
        return users.save(admin).toPrincipal();
    }

    private static void signInAs(AppPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Audit entries about the subject, newest first; read with an admin identity. */
    private List<AuditRecord> audit(String subject) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            return org.opencontest.shared.security.SystemIdentity.call(() -> auditLog.search(subject,
                    Pageable.ofSize(50)).getContent().stream().filter(entry -> entry.subject().equals(subject))
                    .toList());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private List<String> auditActions(String subject) {
        return audit(subject).stream().map(AuditRecord::action).toList();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }

    private static String uniqueEmail() {
        return "flow-" + UUID.randomUUID() + "@example.org";
    }

    private static SignUpRequest request(String email, String password) {
        return new SignUpRequest(email, "<b>Li</b> & Co", "Fudan University", password, password,
                SupportedLocales.CHINESE, ZoneId.of("Asia/Shanghai"));
    }
}
