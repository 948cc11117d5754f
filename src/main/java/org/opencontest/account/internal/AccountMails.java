package org.opencontest.account.internal;

import java.util.Map;

import org.opencontest.notification.MailRequested;
import org.springframework.context.ApplicationEventPublisher;
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

    private final ApplicationEventPublisher events;
    private final AccountLinks links;

    AccountMails(ApplicationEventPublisher events, AccountLinks links) {
        this.events = events;
        this.links = links;
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

    private void send(UserAccount user, String template, String link) {
        events.publishEvent(new MailRequested(user.getEmail(), user.getLocale(), template,
                Map.of("name", user.getDisplayName(), "link", link)));
    }
}
