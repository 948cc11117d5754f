package org.opencontest.notification.ui;

import com.vaadin.flow.component.Component;

import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.notification.internal.UnreadCountBroadcaster;
import org.opencontest.shared.ui.SignedInHeaderItem;

/** Puts the notification bell into the header of signed-in users. */
@org.springframework.stereotype.Component
class NotificationBellItem implements SignedInHeaderItem {

    private final NotificationCentre centre;
    private final UnreadCountBroadcaster broadcaster;

    NotificationBellItem(NotificationCentre centre, UnreadCountBroadcaster broadcaster) {
        this.centre = centre;
        this.broadcaster = broadcaster;
    }

    @Override
    public Component create() {
        return new NotificationBell(centre, broadcaster);
    }
}
