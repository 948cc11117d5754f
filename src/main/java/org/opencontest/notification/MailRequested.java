package org.opencontest.notification;

import java.util.Locale;
import java.util.Map;

/**
 * Ask for an e-mail. Publish it inside the transaction that causes the mail (Spring's
 * {@code ApplicationEventPublisher}); the notification module renders the template in the recipient's language
 * and delivers it through its outbox, retrying while SMTP is down.
 *
 * <h2>Templates</h2>
 * A template named {@code <module>.<name>} (e.g. {@code account.verify-email}) is two keys in BOTH i18n bundles,
 * {@code messages.properties} (English) and {@code messages_zh_CN.properties} (Simplified Chinese), in the
 * module's own {@code # <module>} block:
 * <pre>
 * mail.account.verify-email.subject=Confirm your e-mail address for OpenContest
 * mail.account.verify-email.body=Hello {name},\n\nplease confirm your address by opening this link:\n{link}\n\nThe link is valid for 24 hours.
 * </pre>
 * <ul>
 *   <li>Model values are referenced by name in curly braces: {@code {name}}, {@code {link}} (letters, digits,
 *       {@code . _ -}; starting with a letter). {@code {baseUrl}} (the public base URL) is always available.</li>
 *   <li>The text is taken as written, not through MessageFormat: no {@code {0}}, and apostrophes need no
 *       doubling.</li>
 *   <li>The body is plain text: {@code \n} breaks a line, a blank line ({@code \n\n}) starts a paragraph. The
 *       HTML part is generated from it: values are HTML-escaped, paragraphs become {@code <p>}, and every
 *       {@code http(s)://} URL becomes a clickable link (so put links on their own, not inside punctuation).</li>
 *   <li>The common footer {@code mail.layout.footer} is appended to every mail; don't add a signature.</li>
 * </ul>
 *
 * <h2>Delivery</h2>
 * The request is stored (rendered) in the outbox after the publishing transaction commits, then sent; a failed
 * attempt is retried with backoff. Requests are idempotent: an identical request (same recipient, language,
 * template and model) within 24 hours is the same mail and is stored only once, so put what makes a mail unique
 * (a token, an id, a date) into the model. The serialised event must stay below about 9,000 characters.
 *
 * <h2>Calendar invitations</h2>
 * A mail may carry one iCalendar object with {@code METHOD:REQUEST} (RFC 6047, iMIP), e.g. written by
 * {@code shared.time.CalendarFile.request}: it is sent as a {@code text/calendar; method=REQUEST} alternative next to
 * the text and HTML parts, and once more as the attachment {@code invite.ics}. The text is stored with the outbox row
 * and is part of the request's identity; keep it deterministic (its DTSTAMP the moment of the invitation) and small
 * (one event, a few kB). Say the times in words in the mail too, in the recipient's zone.
 *
 * @param recipient an e-mail address
 * @param locale    the recipient's language; Chinese for any {@code zh} locale, English otherwise (or when null)
 * @param template  a template name, e.g. {@code account.verify-email}; subject and body come from the i18n bundles
 *                  under {@code mail.<template>.subject} and {@code mail.<template>.body}
 * @param model     named values the template uses (links, names); plain text, escaped when rendered as HTML
 * @param calendar  an iCalendar object with {@code METHOD:REQUEST} to send with the mail, or null
 */
public record MailRequested(String recipient, Locale locale, String template, Map<String, String> model,
                            String calendar) {

    public MailRequested {
        model = Map.copyOf(model);
        if (calendar != null && calendar.isBlank()) {
            calendar = null;
        }
    }

    /** A mail without a calendar invitation. */
    public MailRequested(String recipient, Locale locale, String template, Map<String, String> model) {
        this(recipient, locale, template, model, null);
    }
}
