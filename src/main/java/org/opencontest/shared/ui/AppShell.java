package org.opencontest.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

/** Application shell: the theme (frontend/themes/opencontest) and page-wide settings. */
@Theme("opencontest")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "OpenContest", shortName = "OpenContest", offlineResources = {})
public class AppShell implements AppShellConfigurator {
}
