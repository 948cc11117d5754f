package org.opencontest.notification.internal;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.opencontest.shared.net.LocalPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process SMTP server (GreenMail on 127.0.0.1) of the default run and the tests, present as a bean only when
 * {@code opencontest.mail.embedded=true}. It keeps the messages it received in memory; the admin mailbox shows the
 * outbox from the database instead. Tests stop and start it to simulate an SMTP outage: a restart binds the same
 * port again and begins with an empty message store. When the configured port is taken (a second instance on the
 * machine), it takes a free one and says so in the log.
 */
public final class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
    private static final String HOST = "127.0.0.1";

    private final int requestedPort;
    private int port;
    private GreenMail server;

    /** @param port the port to bind, 0 for a free one (kept across restarts) */
    public EmbeddedMailServer(int port) {
        this.requestedPort = port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        int bindPort = port != 0 ? port : LocalPorts.orAnyFreeIfTaken(HOST, requestedPort);
        boolean movedAside = port == 0 && bindPort != requestedPort;
        GreenMail started = new GreenMail(new ServerSetup(bindPort, HOST, ServerSetup.PROTOCOL_SMTP));
        started.start();
        server = started;
        port = started.getSmtp().getPort();
        if (movedAside) {
            log.warn("Port {} on {} is taken (another instance?): the embedded SMTP server listens on port {} instead",
                    requestedPort, HOST, port);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String host() {
        return HOST;
    }

    /** The bound port; known once the server has started. */
    public synchronized int port() {
        if (port == 0) {
            throw new IllegalStateException("The embedded SMTP server has not started yet");
        }
        return port;
    }

    /** Messages received since the last start; empty while stopped. */
    public synchronized List<MimeMessage> receivedMessages() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    /** Messages received since the last start with the given address among their recipients (case-insensitive). */
    public List<MimeMessage> receivedMessagesFor(String recipient) {
        return receivedMessages().stream().filter(message -> isAddressedTo(message, recipient)).toList();
    }

    private static boolean isAddressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(address -> address instanceof InternetAddress internet
                    && internet.getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message in the embedded SMTP server", e);
        }
    }
}
