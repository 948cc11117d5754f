package org.opencontest.audit;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.LoginThrottle;
import org.opencontest.audit.ui.AuditView;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SignInPause;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    private static final AppPrincipal ADMIN = new AppPrincipal(-42, "audit-admin@example.org", "Audit Admin", "",
            EnumSet.of(Role.ADMIN), Locale.ENGLISH, ZoneOffset.UTC, true, false);

    @Autowired AuditLog auditLog;
    @Autowired LoginThrottle throttle;
    @Autowired Clock clock;

    @Test
    void adminFiltersTheTrailAndVerifiesTheChain() {
        signInAs(ADMIN);
        String subject = "contest:" + UUID.randomUUID();
        auditLog.record("test.viewed", subject, "<b>not bold</b>");
        navigate("admin/audit");
        assertThat(_get(AuditView.class).getPageTitle()).isEqualTo("Audit log");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter")), subject.toUpperCase());
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_fetch(grid, 0, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.actorEmail()).isEqualTo(ADMIN.email());
            assertThat(entry.details()).isEqualTo("<b>not bold</b>");
        });

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(getNotifications()).extracting(Notification::getElement)
                .anySatisfy(element -> assertThat(element.getProperty("text")).startsWith("The audit chain is intact"));
    }

    @Test
    void adminSeesTheThrottledSourcesAndAccounts() {
        String guessed = "guessed-" + UUID.randomUUID() + "@example.org";
        String source = "2001:db8::" + Integer.toHexString(guessed.hashCode() & 0xffff);
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.recordFailure(guessed, source, now);
        }
        for (int account = 0; account < 7; account++) {
            throttle.recordFailure(account + "-" + guessed, source, now);
        }

        signInAs(ADMIN);
        navigate("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<SignInPause> pauses = _get(Grid.class, spec -> spec.withId("audit-throttle-grid"));
        assertThat(_fetch(pauses, 0, 1000)).filteredOn(pause -> source.equals(pause.remoteAddress()))
                .extracting(SignInPause::scope, SignInPause::email, SignInPause::failures)
                .containsExactlyInAnyOrder(tuple(SignInPause.Scope.ACCOUNT_AT_SOURCE, guessed, 3L),
                        tuple(SignInPause.Scope.SOURCE, null, 10L));
    }
}
