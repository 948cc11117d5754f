package org.opencontest.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opencontest.notification.MailRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test-only listener that remembers every committed mail request. A plain component found by component scanning,
 * so every integration test shares the same application context (no context fork).
 */
@Component
public class RecordedMails {

    private final List<MailRequested> mails = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(MailRequested mail) {
        mails.add(mail);
    }

    public List<MailRequested> to(String recipient, String template) {
        return mails.stream()
                .filter(mail -> mail.recipient().equals(recipient) && mail.template().equals(template))
                .toList();
    }

    /** The token of the newest link of this kind mailed to the recipient. */
    public String lastToken(String recipient, String template) {
        List<MailRequested> found = to(recipient, template);
        if (found.isEmpty()) {
            throw new AssertionError("No " + template + " mail to " + recipient);
        }
        String link = found.get(found.size() - 1).model().get("link");
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
