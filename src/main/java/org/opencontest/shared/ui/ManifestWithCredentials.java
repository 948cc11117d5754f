package org.opencontest.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Lets the browser send the session cookie with its request for the web app manifest ({@code @PWA} on
 * {@link AppShell}). Browsers fetch a manifest without credentials unless its link says otherwise; Vaadin answers
 * that request inside a session, so each page load would start a second, throw-away session (a Vaadin session in
 * the heap until it times out, and in the {@code opencontest_vaadin_sessions} gauge).
 */
@Component
class ManifestWithCredentials implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> page.getDocument().select("link[rel=manifest]")
                .attr("crossorigin", "use-credentials"));
    }
}
