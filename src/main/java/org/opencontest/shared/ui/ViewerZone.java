package org.opencontest.shared.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;

/**
 * The viewer's time zone: the profile's for a signed-in user, else the browser's, else UTC. The browser's zone is
 * known from the first request that renders a view: the application shell's inline script (see {@link AppShell})
 * writes it into a cookie before Vaadin's client starts; Vaadin's extended client details arrive only after the first
 * view has been drawn, so they serve as the fallback for browsers that refuse the cookie.
 */
public final class ViewerZone {

    /** The cookie the shell's script writes; read here, so the name lives here. */
    static final String COOKIE = "opencontest-zone";
    static final String BROWSER_ZONE_ATTRIBUTE = "opencontest.browserZone";

    private ViewerZone() {
    }

    public static ZoneId get() {
        return CurrentUser.get().map(AppPrincipal::zone).or(ViewerZone::browserZone).orElse(ZoneId.of("UTC"));
    }

    private static Optional<ZoneId> browserZone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        if (session.getAttribute(BROWSER_ZONE_ATTRIBUTE) == null) {
            cookieZone().ifPresent(ViewerZone::rememberBrowserZone);
        }
        return Optional.ofNullable((ZoneId) session.getAttribute(BROWSER_ZONE_ATTRIBUTE));
    }

    private static Optional<String> cookieZone() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(c -> URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8)).findFirst();
    }

    static void rememberBrowserZone(String zoneId) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && zoneId != null && ZoneId.getAvailableZoneIds().contains(zoneId)) {
            session.setAttribute(BROWSER_ZONE_ATTRIBUTE, ZoneId.of(zoneId));
        }
    }
}
