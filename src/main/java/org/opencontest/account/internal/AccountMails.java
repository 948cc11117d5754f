package org.opencontest.account.internal;

import java.util.Locale;
import java.util.Map;

import org.opencontest.notification.MailRequested;
import org.opencontest.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the notification module for account mails. Publishing inside the caller's transaction puts the mail into
 * the outbox exactly when the token it carries is committed.
 */
@Component
public class AccountMails {

    public static final String VERIFY_EMAIL_TEMPLATE = "account.verify-email";
    public static final String PASSWORD_RESET_TEMPLATE = "account.password-reset";
    public static final String SIGN_UP_ATTEMPT_TEMPLATE = "account.signup-existing";
    public static final String ROLE_REQUESTED_TEMPLATE = "account.role-requested";
    public static final String ROLE_APPROVED_TEMPLATE = "account.role-approved";
    public static final String ROLE_DECLINED_TEMPLATE = "account.role-declined";

    private final ApplicationEventPublisher events;
    private final AccountLinks links;
    private final MessageSource messages;

    AccountMails(ApplicationEventPublisher events, AccountLinks links, MessageSource messages) {
        this.events = events;
        this.links = links;
        this.messages = messages;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void sendVerification(UserAccount user, String token) {
        send(user, VERIFY_EMAIL_TEMPLATE, links.verifyEmail(token));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void sendPasswordReset(UserAccount user, String token) {
        send(user, PASSWORD_RESET_TEMPLATE, links.resetPassword(token));
    }

    /** Tells an account's owner that someone tried to sign up with the address, with the ways back in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendSignUpAttempt(UserAccount user) {
        events.publishEvent(new MailRequested(user.getEmail(), user.getLocale(), SIGN_UP_ATTEMPT_TEMPLATE,
                Map.of("name", user.getDisplayName(), "signIn", links.signIn(), "reset", links.forgotPassword())));
    }

    /** Tells an administrator, in their language, that someone asks for a role. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendRoleRequested(String adminEmail, Locale adminLocale, UserAccount requester, RoleRequest request) {
        events.publishEvent(new MailRequested(adminEmail, adminLocale, ROLE_REQUESTED_TEMPLATE, Map.of(
                "name", requester.getDisplayName(), "email", requester.getEmail(),
                "role", roleName(request.getRole(), adminLocale), "organisation", request.getOrganisation(),
                "reason", request.getReason(), "link", links.roleRequestQueue())));
    }

    /** Tells the requester the administrator's decision, with the reason when declined. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendRoleDecision(UserAccount requester, RoleRequest request) {
        boolean approved = request.getStatus() == RoleRequestStatus.APPROVED;
        events.publishEvent(new MailRequested(requester.getEmail(), requester.getLocale(),
                approved ? ROLE_APPROVED_TEMPLATE : ROLE_DECLINED_TEMPLATE, Map.of(
                        "name", requester.getDisplayName(), "role", roleName(request.getRole(), requester.getLocale()),
                        "reason", request.getDecisionReason() == null ? "" : request.getDecisionReason(),
                        "link", links.profile())));
    }

    private String roleName(Role role, Locale locale) {
        return messages.getMessage("account.role." + role.name(), null, locale);
    }

    private void send(UserAccount user, String template, String link) {
        events.publishEvent(new MailRequested(user.getEmail(), user.getLocale(), template,
                Map.of("name", user.getDisplayName(), "link", link)));
    }
}
