package org.opencontest.notification;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.opencontest.notification.internal.MailDetails;
import org.opencontest.notification.internal.MailFilter;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.notification.internal.MailStatus;
import org.opencontest.notification.internal.MailSummary;
import org.opencontest.shared.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishing mail requests the way other modules do, and reading what the outbox and the SMTP server hold. */
final class MailTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MailOutbox outbox;

    MailTestSupport(TransactionTemplate transactions, ApplicationEventPublisher events, MailOutbox outbox) {
        this.transactions = transactions;
        this.events = events;
        this.outbox = outbox;
    }

    static String uniqueAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Like a module would: inside the transaction that causes the mail. */
    MailRequested request(String recipient, Locale locale, String template, Map<String, String> model) {
        MailRequested request = new MailRequested(recipient, locale, template, model);
        transactions.executeWithoutResult(status -> events.publishEvent(request));
        return request;
    }

    /** The one outbox mail to this recipient, once it has the given status. */
    MailDetails awaitMail(String recipient, MailStatus status) {
        return await().atMost(PATIENCE).pollInSameThread()
                .until(() -> mailTo(recipient), mail -> mail.filter(m -> m.status() == status).isPresent())
                .orElseThrow();
    }

    Optional<MailDetails> mailTo(String recipient) {
        return SystemIdentity.call(() -> {
            List<MailSummary> mails = outbox.page(new MailFilter(null, recipient), PageRequest.of(0, 10));
            if (mails.size() > 1) {
                throw new AssertionError("More than one outbox mail to " + recipient + ": " + mails);
            }
            return mails.stream().findFirst().map(summary -> outbox.get(summary.id()));
        });
    }

    /** The decoded content of the first part with this media type, e.g. text/plain or text/html. */
    static String part(Part message, String mediaType) throws MessagingException, IOException {
        return findPart(message, mediaType).orElseThrow(() -> new AssertionError("No " + mediaType + " part"));
    }

    private static Optional<String> findPart(Part part, String mediaType) throws MessagingException, IOException {
        if (part.isMimeType(mediaType)) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = findPart(child, mediaType);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
