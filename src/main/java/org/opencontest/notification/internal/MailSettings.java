package org.opencontest.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opencontest.mail.*}: the sender address and the embedded SMTP server. (The dispatch interval,
 * {@code opencontest.mail.dispatch-interval}, is read by the scheduler directly.)
 *
 * @param from         the From header of every mail
 * @param embedded     start the in-process SMTP server and send to it; otherwise Boot's {@code spring.mail.*} applies
 * @param embeddedPort port of the embedded server, 0 for a free one
 */
@ConfigurationProperties("opencontest.mail")
record MailSettings(@DefaultValue("OpenContest <no-reply@opencontest.example.org>") String from,
                    @DefaultValue("false") boolean embedded,
                    @DefaultValue("2525") int embeddedPort) {
}
