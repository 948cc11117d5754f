package org.opencontest.shared.ui;

import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;

/** The viewer's time zone: the profile's for a signed-in user, else the browser's, else UTC. */
public final class ViewerZone {

    static final String BROWSER_ZONE_ATTRIBUTE = "opencontest.browserZone";

    private ViewerZone() {
    }

    public static ZoneId get() {
        return CurrentUser.get().map(AppPrincipal::zone).or(ViewerZone::browserZone).orElse(ZoneId.of("UTC"));
    }

    private static Optional<ZoneId> browserZone() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable((ZoneId) session.getAttribute(BROWSER_ZONE_ATTRIBUTE));
    }

    static void rememberBrowserZone(String zoneId) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && zoneId != null && ZoneId.getAvailableZoneIds().contains(zoneId)) {
            session.setAttribute(BROWSER_ZONE_ATTRIBUTE, ZoneId.of(zoneId));
        }
    }
}
