package org.opencontest.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.opencontest.account.internal.AccountField;
import org.opencontest.account.internal.AccountMails;
import org.opencontest.account.internal.AccountRules;
import org.opencontest.account.internal.AccountTokens;
import org.opencontest.account.internal.FieldViolation;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.account.internal.PasswordPolicy;
import org.opencontest.account.internal.Profile;
import org.opencontest.account.internal.ProfileUpdate;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.internal.TokenPurpose;
import org.opencontest.account.internal.UserAccount;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.audit.AuditLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service account flows. Sign-up, e-mail verification and password reset are open to anonymous visitors
 * (the e-mailed token is their proof); profile methods act only on the caller's own account.
 */
@Service
public class AccountService {

    static final String SIGNED_UP = "account.signedUp";
    static final String SIGN_UP_ATTEMPTED = "account.signUpWithExistingAddress";
    static final String EMAIL_VERIFIED = "account.emailVerified";
    static final String PASSWORD_RESET = "account.passwordReset";
    static final String PASSWORD_CHANGED = "account.passwordChanged";
    /** A new verification mail at most this often per account. */
    static final Duration VERIFICATION_RESEND_INTERVAL = Duration.ofMinutes(5);
    /** At most this many reset mails per account and hour; more requests are silently ignored. */
    static final int RESET_MAILS_PER_HOUR = 3;

    private final UserAccountRepository users;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserAccountRepository users, AccountTokens tokens, AccountMails mails,
                   PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an unverified PARTICIPANT account and mails a verification link. An address that already has an
     * account is answered exactly like a new one (same checks, same password hashing, no refusal), so the form does
     * not tell strangers who has an account; its owner gets a mail saying that someone tried to sign up with it.
     *
     * @return the new user's id, or the existing account's for an address in use (never shown to the visitor)
     * @throws InvalidInputException naming every broken rule
     */
    @PermitAll
    @Transactional
    public long signUp(SignUpRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        AccountRules.checkEmail(request.email(), violations);
        AccountRules.checkProfile(request.displayName(), request.organisation(), request.locale(), request.zone(),
                violations);
        violations.addAll(PasswordPolicy.check(AccountField.PASSWORD, request.password(),
                request.passwordConfirmation(), request.email()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String passwordHash = passwordEncoder.encode(request.password());
        Optional<UserAccount> owner = users.findByEmail(UserAccount.normaliseEmail(request.email()));
        if (owner.isPresent()) {
            mails.sendSignUpAttempt(owner.get());
            audit.record(SIGN_UP_ATTEMPTED, owner.get().getEmail(), null);
            return owner.get().getId();
        }
        UserAccount user = new UserAccount(request.email(), request.displayName().strip(), passwordHash,
                SupportedLocales.closest(request.locale()), request.zone(), clock.instant());
        user.setOrganisation(AccountRules.organisationOrNull(request.organisation()));
        user.grant(Role.PARTICIPANT);
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raceOnSameEmail) {
            throw new InvalidInputException(emailTaken());
        }
        mails.sendVerification(user, tokens.issue(user.getId(), TokenPurpose.VERIFY_EMAIL));
        audit.record(SIGNED_UP, user.getEmail(), null);
        return user.getId();
    }

    /** Confirms the address the link was sent to; refuses unknown, used and expired links with a reason. */
    @PermitAll
    @Transactional
    public void verifyEmail(String token) {
        UserAccount user = users.findById(tokens.redeem(token, TokenPurpose.VERIFY_EMAIL))
                .orElseThrow(() -> new UserFacingException("account.token.invalid"));
        user.markEmailVerified();
        audit.record(EMAIL_VERIFIED, user.getEmail(), null);
    }

    /** Mails a fresh verification link to the signed-in user, at most once per few minutes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void resendVerification() {
        UserAccount user = me();
        if (user.isEmailVerified()) {
            throw new UserFacingException("account.verify.alreadyVerified");
        }
        if (tokens.issuedWithin(user.getId(), TokenPurpose.VERIFY_EMAIL, VERIFICATION_RESEND_INTERVAL) > 0) {
            throw new UserFacingException("account.verify.resendTooSoon",
                    VERIFICATION_RESEND_INTERVAL.toMinutes());
        }
        mails.sendVerification(user, tokens.issue(user.getId(), TokenPurpose.VERIFY_EMAIL));
    }

    /**
     * Mails a reset link if an enabled account has this address. Behaves the same whether or not it does, so
     * that the answer reveals nothing about who has an account.
     */
    @PermitAll
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        users.findByEmail(UserAccount.normaliseEmail(email))
                .filter(UserAccount::isEnabled)
                .filter(user -> tokens.issuedWithin(user.getId(), TokenPurpose.PASSWORD_RESET, Duration.ofHours(1))
                        < RESET_MAILS_PER_HOUR)
                .ifPresent(user -> mails.sendPasswordReset(user,
                        tokens.issue(user.getId(), TokenPurpose.PASSWORD_RESET)));
    }

    /** Refuses (with the reason) a reset link that can no longer be used, so the form is not shown in vain. */
    @PermitAll
    @Transactional(readOnly = true)
    public void checkResetToken(String token) {
        tokens.requireUsable(token, TokenPurpose.PASSWORD_RESET);
    }

    /**
     * Sets a new password through a reset link. The link and every other reset link of the account stop working;
     * since the link arrived by e-mail, the address counts as verified.
     */
    @PermitAll
    @Transactional
    public void resetPassword(String token, String password, String confirmation) {
        UserAccount user = users.findById(tokens.requireUsable(token, TokenPurpose.PASSWORD_RESET).getUserId())
                .orElseThrow(() -> new UserFacingException("account.token.invalid"));
        List<FieldViolation> violations = PasswordPolicy.check(AccountField.PASSWORD, password, confirmation,
                user.getEmail());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        tokens.redeem(token, TokenPurpose.PASSWORD_RESET);
        tokens.invalidateAll(user.getId(), TokenPurpose.PASSWORD_RESET);
        user.markEmailVerified();
        user.setPasswordHash(passwordEncoder.encode(password));
        audit.record(PASSWORD_RESET, user.getEmail(), null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Profile myProfile() {
        return toProfile(me());
    }

    /**
     * The signed-in user's account state, or empty when the principal has no account row with its id and e-mail
     * (e.g. the system identity); checked on navigation to notice disabled accounts and unverified addresses.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AccountStatus> myStatus() {
        return CurrentUser.get().flatMap(principal -> users.findById(principal.userId())
                        .filter(user -> user.getEmail().equals(principal.email())))
                .map(user -> new AccountStatus(user.isEnabled(), user.isEmailVerified()));
    }

    /** Saves the caller's own profile; refuses with {@code error.concurrentEdit} if it changed since loading. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Profile updateProfile(ProfileUpdate update) {
        UserAccount user = me();
        if (user.getVersion() != update.version()) {
            throw new UserFacingException("error.concurrentEdit");
        }
        List<FieldViolation> violations = new ArrayList<>();
        AccountRules.checkProfile(update.displayName(), update.organisation(), update.locale(), update.zone(),
                violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        user.setDisplayName(update.displayName().strip());
        user.setOrganisation(AccountRules.organisationOrNull(update.organisation()));
        user.setLocale(SupportedLocales.closest(update.locale()));
        user.setZone(update.zone());
        users.flush();
        return toProfile(user);
    }

    /** Changes the caller's own password; the current one must be given. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount user = me();
        List<FieldViolation> violations = new ArrayList<>();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            violations.add(FieldViolation.of(AccountField.CURRENT_PASSWORD,
                    "account.validation.currentPassword.wrong"));
        }
        violations.addAll(PasswordPolicy.check(AccountField.PASSWORD, newPassword, confirmation, user.getEmail()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        users.updatePasswordHash(user.getId(), passwordEncoder.encode(newPassword));
        audit.record(PASSWORD_CHANGED, user.getEmail(), null);
    }

    private UserAccount me() {
        return users.findById(CurrentUser.requireId()).orElseThrow(NotFoundException::new);
    }

    private static FieldViolation emailTaken() {
        return FieldViolation.of(AccountField.EMAIL, "account.validation.email.taken");
    }

    private static Profile toProfile(UserAccount user) {
        return new Profile(user.getId(), user.getVersion(), user.getEmail(), user.isEmailVerified(),
                user.getDisplayName(), user.getOrganisation(), user.getLocale(), user.getZone());
    }
}
