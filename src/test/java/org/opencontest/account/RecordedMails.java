package org.opencontest.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opencontest.notification.MailRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test-only listener that remembers every committed mail request. A plain component found by component scanning,
 * so every integration test shares the same application context (no context fork).
 * <p>
 * It records after commit through a transaction synchronisation rather than as a {@code @TransactionalEventListener}:
 * Spring Modulith keeps a publication for every transactional listener and marks it completed in a transaction of its
 * own while the request thread still holds its first connection, so each request needed two connections and 50
 * concurrent requests starved the pool of 10 (the deadline surge benchmark). A plain listener is not tracked.
 */
@Component
public class RecordedMails {

    private final List<MailRequested> mails = new CopyOnWriteArrayList<>();

    @EventListener
    void on(MailRequested mail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mails.add(mail);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mails.add(mail);
            }
        });
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
