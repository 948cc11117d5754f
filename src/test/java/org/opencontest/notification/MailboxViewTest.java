package org.opencontest.notification;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencontest.notification.MailTestSupport.PATIENCE;
import static org.opencontest.notification.MailTestSupport.uniqueAddress;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.ui.RoleNeededView;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.notification.internal.MailDetails;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.notification.internal.MailStatus;
import org.opencontest.notification.internal.MailSummary;
import org.opencontest.notification.ui.MailboxView;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class MailboxViewTest extends KaribuTest {

    private static final AppPrincipal ADMIN = principal(9001L, "mailbox-admin@example.org", Role.ADMIN);
    private static final AppPrincipal PARTICIPANT = principal(9002L, "mailbox-participant@example.org",
            Role.PARTICIPANT);

    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private EmbeddedMailServer smtp;

    private MailTestSupport mail;

    @BeforeEach
    void setUp() {
        mail = new MailTestSupport(transactions, events, outbox);
    }

    @Test
    void adminFindsAMailAndFollowsItsLink() {
        String to = uniqueAddress("karibu");
        mail.request(to, Locale.ENGLISH, "notification.test",
                Map.of("name", "<i>Kari</i>", "link", "https://contest.example.org/verify?token=k1&x=2"));
        MailDetails sent = mail.awaitMail(to, MailStatus.SENT);
        signInAs(ADMIN);

        navigate("admin/mailbox");
        assertThat(_get(MailboxView.class).getPageTitle()).isEqualTo("Mailbox");
        assertThat(_get(Span.class, spec -> spec.withId("mailbox-counts")).getText()).startsWith("Pending: ");

        _setValue(_get(TextField.class, spec -> spec.withId("mailbox-recipient-filter")), to);
        Grid<MailSummary> grid = mailGrid();
        assertThat(_size(grid)).isEqualTo(1);
        MailSummary row = _get(grid, 0);
        assertThat(row.recipient()).isEqualTo(to);
        assertThat(row.status()).isEqualTo(MailStatus.SENT);

        grid.select(row);
        assertThat(_get(H3.class, spec -> spec.withId("mailbox-detail-subject")).getText())
                .isEqualTo("OpenContest test message for <i>Kari</i>");
        String shownHtml = _get(Div.class, spec -> spec.withId("mailbox-html")).getElement().getProperty("innerHTML");
        assertThat(shownHtml)
                .contains("<a href=\"https://contest.example.org/verify?token=k1&amp;x=2\" "
                        + "rel=\"noopener noreferrer nofollow\" target=\"_blank\">")
                .contains("Hello &lt;i&gt;Kari&lt;/i&gt;,")
                .doesNotContain("<i>Kari</i>");

        _click(_get(Button.class, spec -> spec.withId("mailbox-resend")));
        expectNotifications("The mail is queued and will be sent again.");
        await().atMost(PATIENCE).until(() -> smtp.receivedMessagesFor(to).size() == 2);
        assertThat(mail.awaitMail(to, MailStatus.SENT).id()).isEqualTo(sent.id());
    }

    @Test
    void statusFilterNarrowsTheList() {
        String to = uniqueAddress("filter");
        mail.request(to, Locale.ENGLISH, "notification.test", Map.of("name", "F", "link", "https://x.example/f"));
        mail.awaitMail(to, MailStatus.SENT);
        signInAs(ADMIN);
        navigate("admin/mailbox");

        _setValue(_get(TextField.class, spec -> spec.withId("mailbox-recipient-filter")), to);
        @SuppressWarnings("unchecked")
        Select<MailStatus> status = _get(Select.class, spec -> spec.withId("mailbox-status-filter"));
        _setValue(status, MailStatus.FAILED);
        assertThat(_size(mailGrid())).isZero();
        _setValue(status, MailStatus.SENT);
        assertThat(_size(mailGrid())).isEqualTo(1);
    }

    @Test
    void speaksChinese() {
        signInAs(ADMIN);
        navigate("admin/mailbox");
        useLocale(SupportedLocales.CHINESE);

        assertThat(_get(MailboxView.class).getPageTitle()).isEqualTo("邮件箱");
        assertThat(_get(Span.class, spec -> spec.withId("mailbox-counts")).getText()).startsWith("待发送：");
        assertThat(_get(Button.class, spec -> spec.withId("mailbox-refresh")).getText()).isEqualTo("刷新");
    }

    @Test
    void participantIsDeniedTheMailbox() {
        signInAs(PARTICIPANT);

        navigate("admin/mailbox");

        // Vaadin rerouted to the access-denied error view, which says that only administrators may open the page
        _assertNone(MailboxView.class);
        _get(RoleNeededView.class);
    }

    @Test
    void anonymousVisitorDoesNotSeeTheMailbox() {
        navigate("admin/mailbox");

        // sent away to the sign-in page (a redirect the mock browser does not follow)
        _assertNone(MailboxView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MailSummary> mailGrid() {
        return _get(Grid.class, spec -> spec.withId("mailbox-grid"));
    }

    private static AppPrincipal principal(long id, String email, Role role) {
        return new AppPrincipal(id, email, "Karibu " + role, "", EnumSet.of(role), Locale.ENGLISH, ZoneOffset.UTC,
                true, false);
    }
}
