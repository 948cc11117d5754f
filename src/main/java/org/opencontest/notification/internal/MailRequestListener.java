package org.opencontest.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.opencontest.notification.MailRequested;
import org.opencontest.shared.hash.Sha256;
import org.opencontest.shared.i18n.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link MailRequested} into an outbox row, then asks for immediate delivery. The event publication
 * registry re-delivers a request whose handling did not complete (e.g. after a crash between storing the row and
 * marking the publication done), so storing is idempotent: an identical request (same recipient, language,
 * template and model) within {@link #DUPLICATE_WINDOW} is taken to be the same mail. Before that, the request
 * lands in the recipient's notification centre ({@link InAppNotifications}), whose preferences may hold the mail
 * back (in-app only, daily digest, off).
 */
@Component
class MailRequestListener {

    static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(MailRequestListener.class);

    private final OutboundMailRepository mails;
    private final MailTemplates templates;
    private final ApplicationEventPublisher events;
    private final InAppNotifications inApp;
    private final Clock clock;

    MailRequestListener(OutboundMailRepository mails, MailTemplates templates, ApplicationEventPublisher events,
                        InAppNotifications inApp, Clock clock) {
        this.mails = mails;
        this.inApp = inApp;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MailRequested request) {
        Locale locale = SupportedLocales.closest(request.locale());
        String recipient = request.recipient().strip();
        String key = requestKey(recipient, locale, request.template(), request.model(), request.calendar());
        Instant now = clock.instant();
        if (!inApp.record(request, key, now)) {
            return;
        }
        if (mails.existsByRequestKeyAndCreatedAtAfter(key, now.minus(DUPLICATE_WINDOW))) {
            LOG.info("Mail {} with request key {} is already in the outbox; not storing it twice", request.template(),
                    key);
            return;
        }
        RenderedMail rendered = templates.render(request.template(), locale, request.model());
        OutboundMail mail = new OutboundMail(key, recipient, locale, request.template(), rendered,
                request.calendar(), now);
        Optional<String> addressProblem = addressProblem(recipient);
        if (addressProblem.isPresent()) {
            LOG.warn("Mail {} not sent: the recipient address is malformed", request.template());
            mail.markUndeliverable(addressProblem.get());
            mails.save(mail);
            return;
        }
        events.publishEvent(new MailQueued(mails.save(mail).getId()));
    }

    /** Retrying cannot fix a malformed address, so it is caught before any attempt. */
    private static Optional<String> addressProblem(String recipient) {
        try {
            InternetAddress address = new InternetAddress(recipient, true);
            address.validate();
            return address.getAddress().contains("@") ? Optional.empty()
                    : Optional.of("Invalid recipient address: no domain");
        } catch (AddressException e) {
            return Optional.of("Invalid recipient address: " + e.getMessage());
        }
    }

    static String requestKey(String recipient, Locale locale, String template, Map<String, String> model) {
        return requestKey(recipient, locale, template, model, null);
    }

    /**
     * SHA-256 over the request's content, each part length-prefixed so that no two requests share an encoding; a
     * calendar invitation, when there is one, is part of it (after a marker no model entry can produce).
     */
    static String requestKey(String recipient, Locale locale, String template, Map<String, String> model,
                             String calendar) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, recipient.toLowerCase(Locale.ROOT));
        append(canonical, locale.toLanguageTag());
        append(canonical, template);
        new TreeMap<>(model).forEach((name, value) -> {
            append(canonical, name);
            append(canonical, value);
        });
        if (calendar != null) {
            canonical.append("|calendar|");
            append(canonical, calendar);
        }
        return Sha256.hex(canonical.toString());
    }

    private static void append(StringBuilder canonical, String part) {
        canonical.append(part.length()).append(':').append(part);
    }
}
