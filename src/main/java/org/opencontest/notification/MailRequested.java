package org.opencontest.notification;

import java.util.Locale;
import java.util.Map;

/**
 * Ask for an e-mail. Publish it inside the transaction that causes the mail (Spring's
 * {@code ApplicationEventPublisher}); the notification module renders the template in the recipient's language
 * and delivers it through its outbox, retrying while SMTP is down.
 *
 * @param template a template name, e.g. {@code account.verify-email}; subject and body come from the i18n bundles
 * @param model    named values the template uses (links, names); plain text, escaped when rendered
 */
public record MailRequested(String recipient, Locale locale, String template, Map<String, String> model) {

    public MailRequested {
        model = Map.copyOf(model);
    }
}
