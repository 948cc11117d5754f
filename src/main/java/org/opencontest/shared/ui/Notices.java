package org.opencontest.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.opencontest.shared.error.UserFacingException;

/** Short, translated feedback after an action. */
public final class Notices {

    private static final int DURATION_MS = 5000;

    private Notices() {
    }

    public static void success(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.LUMO_ERROR);
    }

    public static void error(UserFacingException refusal) {
        error(refusal.getMessageKey(), refusal.getArguments());
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
