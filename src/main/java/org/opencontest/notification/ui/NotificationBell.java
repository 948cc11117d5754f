package org.opencontest.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.notification.internal.UnreadCountBroadcaster;
import org.opencontest.shared.security.CurrentUser;

/**
 * The bell in the header: a link to the notification centre with the unread count, kept current by server push while
 * the page is open (the broadcaster calls back on the thread that changed the count, hence {@code UI.access}).
 */
class NotificationBell extends Anchor {

    private final transient NotificationCentre centre;
    private final transient UnreadCountBroadcaster broadcaster;
    private final Span count = new Span();
    private transient Registration subscription;

    NotificationBell(NotificationCentre centre, UnreadCountBroadcaster broadcaster) {
        this.centre = centre;
        this.broadcaster = broadcaster;
        setHref(NotificationsView.ROUTE);
        setId("notification-bell");
        addClassName("notification-bell");
        count.setId("notification-bell-count");
        count.getElement().getThemeList().add("badge pill small error primary");
        add(VaadinIcon.BELL.create(), count);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        show(centre.unreadCount());
        UI ui = event.getUI();
        subscription = broadcaster.register(CurrentUser.requireId(), unread -> ui.access(() -> show(unread)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.remove();
        subscription = null;
        super.onDetach(event);
    }

    private void show(long unread) {
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", getTranslation("notification.bell.label", unread));
        getElement().setAttribute("title", getTranslation("notification.bell.label", unread));
    }
}
