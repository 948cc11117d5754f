package org.opencontest.notification.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.opencontest.notification.internal.Delivery;
import org.opencontest.notification.internal.NotificationCategory;
import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.shared.ui.Notices;

/** Per category: mail and notification, daily digest, notification only, or nothing; saved on each choice. */
@Route(NotificationPreferencesView.ROUTE)
@PermitAll
public class NotificationPreferencesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final String ROUTE = "notifications/preferences";

    private final transient NotificationCentre centre;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Anchor back = new Anchor(NotificationsView.ROUTE, "");
    private final FormLayout choices = new FormLayout();

    public NotificationPreferencesView(NotificationCentre centre) {
        this.centre = centre;
        intro.addClassName("muted");
        back.setId("notification-preferences-back");
        choices.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(title, intro, choices, back);
    }

    private void build() {
        choices.removeAll();
        Map<NotificationCategory, Delivery> chosen = centre.preferences();
        chosen.forEach((category, delivery) -> {
            Select<Delivery> select = new Select<>();
            select.setId("notification-preference-" + category.name().toLowerCase(Locale.ROOT));
            select.setLabel(getTranslation("notification.category." + category.name()));
            select.setItems(Delivery.values());
            select.setItemLabelGenerator(option -> getTranslation("notification.delivery." + option.name()));
            select.setValue(delivery);
            select.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    centre.choose(category, event.getValue());
                    Notices.success("notification.preferences.saved");
                }
            });
            choices.add(select);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.preferences.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("notification.preferences.title"));
        intro.setText(getTranslation("notification.preferences.intro"));
        back.setText(getTranslation("notification.preferences.back"));
        build();
    }
}
