package org.opencontest.shared.ui;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.opencontest.shared.i18n.LocalePreferences;
import org.opencontest.shared.i18n.PageLanguage;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.springframework.core.env.Environment;

/**
 * The frame around every view. Navigation is built from the {@code @Menu} annotations of the views the viewer may
 * open (Vaadin filters them by access control), so a module adds a menu entry without this class knowing it.
 * Menu titles are i18n keys. The frame gives every page its landmarks (header, navigation, main) and, as the first
 * thing a keyboard reaches, a link that skips to the view. While the demo data with its published passwords is loaded
 * ({@code opencontest.demo-data}), a thin banner above the header says so on every page.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private static final String LOCALE_APPLIED_ATTRIBUTE = "opencontest.localeAppliedFor";

    private final transient AuthenticationContext authentication;
    private final transient LocalePreferences localePreferences;
    private final transient List<MenuBadge> badges;
    private final transient List<SignedInHeaderItem> headerItems;
    private final SideNav navigation = new SideNav();
    private final HorizontalLayout userArea = new HorizontalLayout();
    private final Select<Locale> language = new Select<>();
    private final Span title = new Span();
    private final Div demoBanner = new Div();
    private final Anchor skipLink = new Anchor();
    private final Main main = new Main();
    private MenuState shownMenu;

    public MainLayout(AuthenticationContext authentication, LocalePreferences localePreferences,
                      Environment environment, List<MenuBadge> badges, List<SignedInHeaderItem> headerItems) {
        this.authentication = authentication;
        this.localePreferences = localePreferences;
        this.badges = List.copyOf(badges);
        this.headerItems = List.copyOf(headerItems);
        title.addClassName("app-title");
        Anchor home = new Anchor("", title);
        home.addClassName("app-home-link");

        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(locale -> SupportedLocales.isChinese(locale) ? "中文" : "English");
        language.setId("language-switch");
        language.setWidth("8em");
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchLanguage(event.getValue());
            }
        });

        userArea.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), home, language, userArea);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(home);
        Header header = new Header(skipLink(), bar);
        header.addClassName("app-header");
        demoBanner.setId("demo-banner");
        demoBanner.addClassName("demo-banner");
        demoBanner.setVisible(environment.getProperty("opencontest.demo-data", Boolean.class, false));
        Div navbar = new Div(demoBanner, header);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);
        navigation.setId("main-navigation");
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
        main.setId("main-content");
        main.addClassName("app-main");
        // the skip link's target, and a Tab stop: a view without links or fields (the showcase on a phone) still
        // scrolls with the arrow keys once its content is focused (WCAG 2.1.1, axe scrollable-region-focusable)
        main.getElement().setAttribute("tabindex", "0");
        setContent(main);
    }

    /**
     * A real link, so assistive technology lists it, but moving focus on the server: a fragment link would resolve
     * against the page's base href and load the home page.
     */
    private Anchor skipLink() {
        skipLink.setHref("#main-content");
        skipLink.setId("skip-link");
        skipLink.addClassName("skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().addEventListener("click", click -> main.getElement().callJsFunction("focus"))
                .preventDefault();
        return skipLink;
    }

    /** Views go inside the {@code <main>} landmark rather than straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        // roles granted or revoked meanwhile change the entries, new requests the counts; rebuilt only then, so that
        // keyboard focus stays on the entry just used
        MenuState state = menuState();
        if (!state.equals(shownMenu)) {
            buildNavigation(state);
        }
        afterNavigation();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        applyProfileLocaleOnce(event.getUI());
        event.getUI().getPage().retrieveExtendedClientDetails(
                details -> ViewerZone.rememberBrowserZone(details.getTimeZoneId()));
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        PageLanguage.apply(event.getUI());
        refresh();
    }

    /** After sign-in the profile's language wins over the browser's, once per session and user. */
    private void applyProfileLocaleOnce(UI ui) {
        CurrentUser.get().ifPresent(principal -> {
            VaadinSession session = ui.getSession();
            if (!Objects.equals(session.getAttribute(LOCALE_APPLIED_ATTRIBUTE), principal.userId())) {
                session.setAttribute(LOCALE_APPLIED_ATTRIBUTE, principal.userId());
                session.setLocale(principal.locale());
                ui.setLocale(principal.locale());
            }
        });
    }

    private void switchLanguage(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        if (CurrentUser.get().isPresent()) {
            localePreferences.rememberLocale(locale);
        }
    }

    private void refresh() {
        Locale locale = SupportedLocales.closest(getLocale());
        language.setValue(locale);
        language.setAriaLabel(getTranslation("nav.language"));
        skipLink.setText(getTranslation("nav.skipToContent"));
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        title.setText(getTranslation("app.name"));
        demoBanner.setText(getTranslation("app.demoBanner"));
        buildNavigation(menuState());
        buildUserArea();
    }

    /** Shows current counts at once, e.g. while an administrator works through a queue. */
    public void refreshMenu() {
        buildNavigation(menuState());
    }

    private MenuState menuState() {
        Map<String, Long> counts = new HashMap<>();
        badges.forEach(badge -> counts.put(badge.path(), badge.count()));
        return new MenuState(CurrentUser.get().map(AppPrincipal::roles).orElse(Set.of()), counts);
    }

    private void buildNavigation(MenuState state) {
        shownMenu = state;
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            badgeFor(entry.path(), state).ifPresent(item::setSuffixComponent);
            navigation.addItem(item);
        }
    }

    private static Optional<Span> badgeFor(String path, MenuState state) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return Optional.ofNullable(state.counts().get(route)).filter(count -> count > 0).map(count -> {
                    Span badge = new Span(String.valueOf(count));
                    badge.setId("menu-badge-" + route.replace('/', '-'));
                    badge.getElement().getThemeList().add("badge pill small contrast");
                    return badge;
                });
    }

    private void buildUserArea() {
        userArea.removeAll();
        var principal = CurrentUser.get();
        if (principal.isPresent()) {
            AppPrincipal user = principal.get();
            Anchor profile = new Anchor("profile", user.displayName());
            profile.setId("user-profile-link");
            Button signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            headerItems.forEach(item -> userArea.add(item.create()));
            userArea.add(profile, signOut);
        } else {
            Anchor signIn = new Anchor("login", getTranslation("nav.signIn"));
            signIn.setId("sign-in-link");
            Anchor signUp = new Anchor("signup", getTranslation("nav.signUp"));
            signUp.setId("sign-up-link");
            userArea.add(signIn, signUp);
        }
    }

    /** What the menu shows depends on: the viewer's roles and the badge counts. */
    private record MenuState(Set<Role> roles, Map<String, Long> counts) implements Serializable {
    }
}
