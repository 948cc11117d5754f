package org.opencontest.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.UserAccount;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.account.internal.UserSummary;
import org.opencontest.account.ui.AdminUsersView;
import org.opencontest.audit.AuditLog;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class AdminUsersViewTest extends KaribuTest {

    @Autowired UserAccountRepository users;
    @Autowired AuditLog auditLog;
    @Autowired Clock clock;

    @Test
    void adminFindsAUserAndGrantsTheOrganiserRole() {
        AppPrincipal admin = createUser("admin", Role.ADMIN);
        AppPrincipal target = createUser("future-organiser", Role.PARTICIPANT);
        signInAs(admin);
        navigate("admin/users");
        assertThat(_get(AdminUsersView.class).getPageTitle()).isEqualTo("Users");

        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-search")), target.email());
        Grid<UserSummary> grid = grid();
        assertThat(_fetch(grid, 0, 10)).extracting(UserSummary::email).containsExactly(target.email());
        _selectRow(grid, 0);
        CheckboxGroup<Role> roles = roles();
        assertThat(roles.getValue()).containsExactly(Role.PARTICIPANT);
        _setValue(roles, EnumSet.of(Role.PARTICIPANT, Role.ORGANISER));
        _click(_get(Button.class, spec -> spec.withId("admin-users-save")));

        expectNotifications("Access of " + target.email() + " saved.");
        assertThat(users.findById(target.userId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.PARTICIPANT, Role.ORGANISER);
        assertThat(SystemIdentity.call(() -> auditLog.search(target.email(), Pageable.ofSize(5)).getContent()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("account.role.granted");
                    assertThat(entry.details()).isEqualTo("role=ORGANISER");
                    assertThat(entry.actorEmail()).isEqualTo(admin.email());
                });
    }

    @Test
    void anAdminCannotTakeAwayTheirOwnAdminRole() {
        AppPrincipal admin = createUser("lonely-admin", Role.ADMIN);
        signInAs(admin);
        navigate("admin/users");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-search")), admin.email());
        _selectRow(grid(), 0);
        _setValue(roles(), EnumSet.of(Role.JUDGE));

        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("admin-users-save"))))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.getMessageKey())
                        .isEqualTo("account.admin.error.selfLockout"));
        assertThat(users.findById(admin.userId()).orElseThrow().getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theListSpeaksChineseAndFiltersByRole() {
        AppPrincipal admin = createUser("zh-admin", Role.ADMIN);
        AppPrincipal judge = createUser("zh-judge", Role.JUDGE);
        signInAs(admin);
        navigate("admin/users");
        // the profile's language (English) applies at sign-in; then the admin switches to Chinese
        useLocale(SupportedLocales.CHINESE);
        assertThat(_get(AdminUsersView.class).getPageTitle()).isEqualTo("用户管理");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Role> roleFilter =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("admin-users-role-filter"));
        _setValue(roleFilter, Role.JUDGE);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-search")), "zh-");

        assertThat(_fetch(grid(), 0, 50)).extracting(UserSummary::email).contains(judge.email())
                .doesNotContain(admin.email());
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("admin-users-grid"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("admin-users-roles"));
    }

    private AppPrincipal createUser(String prefix, Role role) {
        UserAccount user = new UserAccount(prefix + "-" + UUID.randomUUID() + "@example.org", prefix,
                "{noop}unused-password", SupportedLocales.ENGLISH, ZoneId.of("UTC"), clock.instant());
        user.grant(role);
        user.markEmailVerified();
        return users.save(user).toPrincipal();
    }
}
