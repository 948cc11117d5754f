package org.opencontest.shared.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Port choice for the embedded servers: a second instance on one machine must not die because the first holds the
 * configured port. (A port can still be taken between this check and the bind; then the start fails as before.)
 */
public final class LocalPorts {

    private LocalPorts() {
    }

    /** {@code port} when it can be bound on {@code host} now, otherwise 0 (the server then picks any free port). */
    public static int orAnyFreeIfTaken(String host, int port) {
        if (port == 0) {
            return 0;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
            return port;
        } catch (IOException taken) {
            return 0;
        }
    }
}
