package org.opencontest.notification;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencontest.notification.MailTestSupport.PATIENCE;
import static org.opencontest.support.Actors.as;

import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.notification.internal.Delivery;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.notification.internal.NotificationCategory;
import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell (live by server push), the notification list with its read marks, and the preferences page. */
class NotificationViewsTest extends KaribuTest {

    @Autowired
    NotificationCentre centre;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RealAccounts accounts;

    MailTestSupport mail;
    AppPrincipal reader;

    @BeforeEach
    void setUp() {
        mail = new MailTestSupport(transactions, events, outbox);
        reader = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
    }

    @Test
    void anonymousVisitorsSeeNoBell() {
        navigate("");

        _assertNone(Anchor.class, spec -> spec.withId("notification-bell"));
    }

    @Test
    void theBellCountsLiveAndTheListMarksRead() {
        remind(reader, "https://x.example/first");
        awaitUnread(1);
        signInAs(reader);
        // the header is built on attach and on a language change; in a browser the sign-in reloads the page
        useLocale(SupportedLocales.CHINESE);
        Span count = _get(Span.class, spec -> spec.withId("notification-bell-count"));
        assertThat(count.getText()).isEqualTo("1");
        assertThat(_get(Anchor.class, spec -> spec.withId("notification-bell")).getElement().getAttribute("aria-label"))
                .isEqualTo("通知（1 条未读）");

        remind(reader, "https://x.example/second");
        await().atMost(PATIENCE).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip();
            return "2".equals(count.getText());
        });

        navigate("notifications");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("notifications-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        _click((Button) _getCellComponent(grid, 1, "entry").getChildren()
                .flatMap(component -> component.getChildren()).filter(Button.class::isInstance)
                .filter(button -> button.getId().orElse("").startsWith("notification-read-")).findFirst()
                .orElseThrow());
        MockVaadin.clientRoundtrip();
        assertThat(count.getText()).isEqualTo("1");

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all-read")));
        MockVaadin.clientRoundtrip();
        assertThat(count.isVisible()).isFalse();
        assertThat(as(reader, centre::unreadCount)).isZero();
    }

    @Test
    void preferencesAreChosenPerCategoryInTheViewersLanguage() {
        signInAs(reader);
        useLocale(SupportedLocales.CHINESE);
        navigate("notifications/preferences");

        @SuppressWarnings("unchecked")
        Select<Delivery> team = _get(Select.class, spec -> spec.withId("notification-preference-team"));
        assertThat(team.getLabel()).isEqualTo("团队");
        assertThat(team.getValue()).isEqualTo(Delivery.MAIL_AND_IN_APP);
        _setValue(team, Delivery.IN_APP_ONLY);

        expectNotifications("已保存。");
        assertThat(as(reader, centre::preferences)).containsEntry(NotificationCategory.TEAM, Delivery.IN_APP_ONLY);
    }

    private void remind(AppPrincipal to, String link) {
        mail.request(to.email(), Locale.ENGLISH, "judging.reminder", Map.of("name", "R", "link", link));
    }

    private void awaitUnread(long count) {
        await().atMost(PATIENCE).until(() -> as(reader, centre::unreadCount) == count);
    }
}
