package org.opencontest.notification.internal;

import java.nio.charset.StandardCharsets;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The body of a mail that carries a calendar invitation (RFC 6047, iMIP), built the way common calendar clients read
 * it:
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain; charset=UTF-8
 *     text/html; charset=UTF-8
 *     text/calendar; charset=UTF-8; method=REQUEST      (what Outlook and Gmail offer to add to the calendar)
 *   application/ics; name=invite.ics (attachment)       (for clients that only open attachments)
 * </pre>
 */
final class CalendarInvitationParts {

    static final String FILE_NAME = "invite.ics";

    private CalendarInvitationParts() {
    }

    static MimeMultipart mixed(String text, String html, String calendar) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        alternative.addBodyPart(plain);
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        alternative.addBodyPart(rich);
        MimeBodyPart invitation = new MimeBodyPart();
        invitation.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=REQUEST")));
        alternative.addBodyPart(invitation);

        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8),
                "application/ics; name=" + FILE_NAME)));
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName(FILE_NAME);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        return mixed;
    }
}
