package org.opencontest.shared.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may read {@code /actuator/prometheus} without signing in. Any request that arrived on the separate management
 * port ({@code management.server.port}, the {@code prod} set-up: that port is reachable only from the monitoring
 * network, never published through the proxy) may, for every endpoint there; so may a request from loopback when
 * {@code opencontest.metrics.loopback-open} is on (the default mode, a scraper on the same machine). In {@code prod}
 * loopback is closed, because a reverse proxy on the same host makes every visitor look local.
 */
@Component
class MetricsAccess implements RequestMatcher {

    static final String PATH = "/actuator/prometheus";
    private static final String MANAGEMENT_NAMESPACE = "management";

    private final boolean loopbackOpen;
    private volatile int managementPort = -1;

    MetricsAccess(@Value("${opencontest.metrics.loopback-open:true}") boolean loopbackOpen) {
        this.loopbackOpen = loopbackOpen;
    }

    /** The management server starts in a child context; its event reaches this (parent) context too. */
    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            managementPortStarted(event.getWebServer().getPort());
        }
    }

    void managementPortStarted(int port) {
        managementPort = port;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (managementPort > 0 && request.getLocalPort() == managementPort) {
            return true;
        }
        return loopbackOpen && PATH.equals(request.getRequestURI()) && isLoopback(request.getRemoteAddr());
    }

    private static boolean isLoopback(String address) {
        try {
            // a literal address from the container: no name lookup happens
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
