package org.opencontest.notification.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

import org.opencontest.notification.internal.MailStatus;

/** A mail's delivery state as a coloured Lumo badge, in the viewer's language. */
final class StatusBadge extends Span {

    StatusBadge(MailStatus status) {
        setText(getTranslation(labelKey(status)));
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add(switch (status) {
            case PENDING -> "contrast";
            case SENT -> "success";
            case FAILED -> "error";
        });
        addClassName("mail-status-" + status.name().toLowerCase(Locale.ROOT));
    }

    static String labelKey(MailStatus status) {
        return "notification.status." + status.name();
    }
}
