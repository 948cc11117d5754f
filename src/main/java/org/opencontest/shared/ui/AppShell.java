package org.opencontest.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

/**
 * Application shell: the theme (frontend/themes/opencontest) and page-wide settings. Server push lets a page show
 * what happens meanwhile, e.g. the notification bell's unread count.
 */
@Push
@Theme("opencontest")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "OpenContest", shortName = "OpenContest", offlineResources = {})
public class AppShell implements AppShellConfigurator {

    /**
     * Puts the browser's time zone into a cookie before Vaadin's client sends its first request, so that the very
     * first view shows deadlines in the visitor's zone (see {@link ViewerZone}). An inline script in the page, not a
     * frontend module: nothing in the bundle changes.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.PREPEND, "try{document.cookie='" + ViewerZone.COOKIE
                + "='+encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)"
                + "+';path=/;SameSite=Lax'}catch(e){}", Inline.Wrapping.JAVASCRIPT);
    }
}
