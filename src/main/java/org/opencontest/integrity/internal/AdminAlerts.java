package org.opencontest.integrity.internal;

import java.time.Instant;
import java.util.Map;

import org.opencontest.account.DirectoryEntry;
import org.opencontest.account.UserDirectory;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every admin, by mail (which the Mailbox also shows), that stored objects were found changed or missing.
 * One mail per admin per run or check, however many objects it found, so a lost bucket does not flood the outbox.
 */
@Component
public class AdminAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAlerts.class);

    private final UserDirectory directory;
    private final ApplicationEventPublisher events;

    AdminAlerts(UserDirectory directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    public void damagedObjectsFound(long count, Instant foundAt) {
        if (count == 0) {
            return;
        }
        LOG.warn("Integrity check found {} stored objects changed or missing; admins are alerted", count);
        for (DirectoryEntry admin : directory.withRole(Role.ADMIN)) {
            events.publishEvent(new MailRequested(admin.email(), admin.locale(), "integrity.damaged",
                    Map.of("count", Long.toString(count), "foundAt", foundAt.toString())));
        }
    }
}
