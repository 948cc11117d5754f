package org.opencontest.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.notification.internal.NotificationRow;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;

/**
 * The signed-in user's notifications, newest first, loaded page by page: opening one marks it read and follows its
 * link; unread ones can be marked read one by one or all at once.
 */
@Route(NotificationsView.ROUTE)
@Menu(title = "nav.notifications", order = 890, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final String ROUTE = "notifications";

    private final transient NotificationCentre centre;
    private final H1 title = new H1();
    private final Button markAllRead = new Button();
    private final Anchor preferences = new Anchor(NotificationPreferencesView.ROUTE, "");
    private final Paragraph empty = new Paragraph();
    private final Grid<NotificationRow> grid = new Grid<>();

    public NotificationsView(NotificationCentre centre) {
        this.centre = centre;
        setSizeFull();
        markAllRead.setId("notifications-mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(click -> {
            centre.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        preferences.setId("notifications-preferences-link");
        FlexLayout toolbar = new FlexLayout(markAllRead, preferences);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");

        empty.setId("notifications-empty");
        empty.addClassName("muted");
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::entry)).setKey("entry");
        grid.setItems(query -> centre.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) centre.count()).setIdentifierProvider(NotificationRow::id);
        add(title, toolbar, empty, grid);
        expand(grid);
    }

    private Component entry(NotificationRow row) {
        Span heading = new Span(row.title());
        heading.getStyle().set("font-weight", row.unread() ? "bold" : "normal");
        Span when = new Span(DateTimes.format(row.createdAt(), ViewerZone.get(), getLocale()));
        when.addClassName("muted");
        Div summary = new Div(row.summary());
        HorizontalLayout actions = new HorizontalLayout();
        if (row.link() != null) {
            Button open = new Button(getTranslation("notification.centre.open"), click -> open(row));
            open.setId("notification-open-" + row.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(open);
        }
        if (row.unread()) {
            Button read = new Button(getTranslation("notification.centre.markRead"), click -> {
                centre.markRead(row.id());
                grid.getDataProvider().refreshAll();
            });
            read.setId("notification-read-" + row.id());
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        VerticalLayout entry = new VerticalLayout(heading, when, summary, actions);
        entry.setPadding(false);
        entry.setSpacing(false);
        entry.addClassName("notification-entry");
        return entry;
    }

    private void open(NotificationRow row) {
        centre.markRead(row.id());
        UI.getCurrent().getPage().setLocation(row.link());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.centre.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("notification.centre.title"));
        markAllRead.setText(getTranslation("notification.centre.markAllRead"));
        preferences.setText(getTranslation("notification.centre.preferences"));
        empty.setText(getTranslation("notification.centre.empty"));
        boolean none = centre.count() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }
}
