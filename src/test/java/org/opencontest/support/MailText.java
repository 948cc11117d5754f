package org.opencontest.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reading mails that GreenMail received. */
public final class MailText {

    private MailText() {
    }

    /** All text of a mail, through nested multiparts (plain and HTML alternatives). */
    public static String textOf(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return String.valueOf(part.getContent());
    }
}
