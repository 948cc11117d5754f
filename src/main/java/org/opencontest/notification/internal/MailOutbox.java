package org.opencontest.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Pageable;

import org.opencontest.notification.MailRequested;

/**
 * The outbox as administrators see it: every mail the platform rendered, its delivery state, and a way to send it
 * again. All methods are for {@code ADMIN} only. To send a mail, publish {@link MailRequested} instead.
 */
public interface MailOutbox {

    /** Newest first; {@code pageable} gives offset and size (its sort is ignored). */
    List<MailSummary> page(MailFilter filter, Pageable pageable);

    long count(MailFilter filter);

    /** @throws org.opencontest.shared.error.NotFoundException for an unknown id */
    MailDetails get(long id);

    /**
     * Queues a SENT or FAILED mail for delivery again, as it was rendered, right away.
     *
     * @throws org.opencontest.shared.error.UserFacingException {@code notification.error.alreadyQueued} for a
     *                                                          pending mail
     */
    void resend(long id);

    /** How many mails are in each state; every state is present, possibly with 0. */
    Map<MailStatus, Long> countByStatus();

    /**
     * Sends the {@code notification.test} mail to the signed-in admin in the given language, to check that delivery
     * works end to end. It goes through the outbox like any other mail.
     */
    void sendTestMailToMe(Locale locale);
}
