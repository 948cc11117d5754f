package org.opencontest.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.RoleRequestView;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.account.ui.RoleNeededView;
import org.opencontest.account.ui.RoleRequestQueueView;
import org.opencontest.contest.ui.MyContestsView;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class RoleRequestViewsTest extends KaribuTest {

    private static final String QUEUE = "admin/role-requests";

    @Autowired RoleRequests requests;
    @Autowired UserAccountRepository users;
    @Autowired Clock clock;

    @Test
    void aParticipantRequestsARoleFromTheProfileAndSeesItPending() {
        AppPrincipal user = accounts().create("profile-requester", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        signInAs(user);
        navigate("profile");
        assertThat(_get(Paragraph.class, spec -> spec.withId("role-requests-held")).getText())
                .isEqualTo("Your roles: Participant");

        _setValue(roleSelect(), Role.JUDGE);
        _setValue(_get(TextField.class, spec -> spec.withId("role-request-organisation")), "Tongji University");
        _setValue(_get(TextArea.class, spec -> spec.withId("role-request-reason")), "Invited to judge SODA.");
        _click(_get(Button.class, spec -> spec.withId("role-request-send")));

        expectNotifications("Your request for the Judge role was sent to the administrators.");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("Judge: waiting for an administrator (requested " + today() + ")");
        assertThat(as(user, requests::mine)).singleElement().extracting(RoleRequestView::organisation)
                .isEqualTo("Tongji University");
        // no second pending request for the same role is offered
        assertThat(roleSelect().getListDataView().getItems()).containsExactlyInAnyOrder(Role.ORGANISER,
                Role.INCUBATOR, Role.PARTNER);
    }

    @Test
    void theProfileShowsADeclineAndItsReasonInChinese() {
        AppPrincipal user = accounts().create("zh-requester", SupportedLocales.CHINESE, Role.PARTICIPANT);
        AppPrincipal admin = accounts().create("zh-decider", SupportedLocales.ENGLISH, Role.ADMIN);
        long id = as(user, () -> requests.request(Role.INCUBATOR, "贵阳孵化器", "辅导获奖团队")).id();
        as(admin, () -> requests.decline(id, "请用单位邮箱注册。"));
        signInAs(user);
        navigate("profile");
        useLocale(SupportedLocales.CHINESE);

        assertThat(_get(Paragraph.class, spec -> spec.withId("role-requests-held")).getText())
                .isEqualTo("您的角色：参赛者");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("孵化机构：已拒绝（申请于 " + todayChinese() + "） 理由：请用单位邮箱注册。");
    }

    @Test
    void aPageNeedingARoleSaysWhichAndOffersTheRequest() {
        AppPrincipal user = accounts().create("needs-organiser", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        signInAs(user);
        navigate("organise");

        _assertNone(MyContestsView.class);
        _get(RoleNeededView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("This page needs another role");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("This page needs another role");
        assertThat(_get(Paragraph.class, spec -> spec.withId("role-needed-roles")).getText())
                .isEqualTo("This page is for people with the Organiser role.");
        assertThat(roleSelect().getValue()).isEqualTo(Role.ORGANISER);
        _setValue(_get(TextField.class, spec -> spec.withId("role-request-organisation")), "Open Data Lab");
        _setValue(_get(TextArea.class, spec -> spec.withId("role-request-reason")), "We run a contest.");
        _click(_get(Button.class, spec -> spec.withId("role-request-send")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("role-needed-pending")).getText())
                .startsWith("Your request for this role is waiting for an administrator.");
        _assertNone(Button.class, spec -> spec.withId("role-request-send"));
        assertThat(as(user, requests::mine)).singleElement().extracting(RoleRequestView::role)
                .isEqualTo(Role.ORGANISER);
    }

    @Test
    void theRoleNeededPageSpeaksChineseAndTellsNothingAboutTheObject() {
        AppPrincipal user = accounts().create("zh-needs", SupportedLocales.CHINESE, Role.PARTICIPANT);
        signInAs(user);
        useLocale(SupportedLocales.CHINESE);
        // any contest id, existing or not, gets the same answer
        navigate("organise/contests/987654321/judging");

        assertThat(_get(H1.class).getText()).isEqualTo("此页面需要其他角色");
        assertThat(_get(Paragraph.class, spec -> spec.withId("role-needed-roles")).getText())
                .isEqualTo("此页面仅供拥有组织者角色的用户使用。");
    }

    @Test
    void anAdministratorsPageOffersNoRequest() {
        signInAs(accounts().create("not-admin", SupportedLocales.ENGLISH, Role.ORGANISER));
        navigate(QUEUE);

        _assertNone(RoleRequestQueueView.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("This page is for people with the Administrator role.",
                        "Administrators give this role; it cannot be requested.");
        _assertNone(Button.class, spec -> spec.withId("role-request-send"));
    }

    @Test
    void anonymousVisitorsAreSentToSignInNotToTheRolePage() {
        navigate("organise");

        _assertNone(RoleNeededView.class);
        _assertNone(MyContestsView.class);
    }

    @Test
    void theAdministratorWorksThroughTheQueueWhileTheMenuCounts() {
        AppPrincipal admin = accounts().create("queue-admin", SupportedLocales.ENGLISH, Role.ADMIN);
        AppPrincipal first = accounts().create("queue-first", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        AppPrincipal second = accounts().create("queue-second", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        as(first, () -> requests.request(Role.JUDGE, "Fudan", "Judging"));
        as(second, () -> requests.request(Role.ORGANISER, "SODA", "Organising"));
        long waiting = as(admin, requests::pendingCount);
        signInAs(admin);
        navigate(QUEUE);

        assertThat(badge()).isEqualTo(String.valueOf(waiting));
        Grid<RoleRequestView> grid = queue();
        int firstRow = rowOf(grid, first);
        _selectRow(grid, firstRow);
        _click(_get(Button.class, spec -> spec.withId("role-queue-approve")));
        expectNotifications(first.email() + " now has the Judge role.");
        assertThat(users.findById(first.userId()).orElseThrow().getRoles()).contains(Role.JUDGE);
        assertThat(badge()).isEqualTo(String.valueOf(waiting - 1));

        _selectRow(grid, rowOf(grid, second));
        _setValue(_get(TextArea.class, spec -> spec.withId("role-queue-decline-reason")), "Unknown organisation.");
        _click(_get(Button.class, spec -> spec.withId("role-queue-decline")));
        expectNotifications("The request of " + second.email() + " for the Organiser role was declined.");
        assertThat(as(second, requests::mine)).singleElement().extracting(RoleRequestView::decisionReason)
                .isEqualTo("Unknown organisation.");
        assertThat(_fetch(grid, 0, 500)).extracting(RoleRequestView::email)
                .doesNotContain(first.email(), second.email());
    }

    @Test
    void theMenuFollowsARoleGrantedDuringTheSession() {
        AppPrincipal user = accounts().create("menu-user", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        signInAs(user);
        navigate("profile");
        assertThat(menuLabels()).doesNotContain("Organise");

        // what the session filter does at the next request after an administrator granted the role
        signInAs(user.withRoles(EnumSet.of(Role.PARTICIPANT, Role.ORGANISER)));
        navigate("");

        assertThat(menuLabels()).contains("Organise");
    }

    private List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static String badge() {
        return _get(Span.class, spec -> spec.withId("menu-badge-admin-role-requests")).getText();
    }

    private static int rowOf(Grid<RoleRequestView> grid, AppPrincipal requester) {
        List<RoleRequestView> rows = _fetch(grid, 0, 500);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).email().equals(requester.email())) {
                return i;
            }
        }
        throw new AssertionError("No request of " + requester.email());
    }

    @SuppressWarnings("unchecked")
    private static Grid<RoleRequestView> queue() {
        return _get(Grid.class, spec -> spec.withId("role-queue-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleSelect() {
        return _get(Select.class, spec -> spec.withId("role-request-role"));
    }

    private String today() {
        return DateTimes.formatDate(clock.instant(), ViewerZone.get(), SupportedLocales.ENGLISH);
    }

    private String todayChinese() {
        return DateTimes.formatDate(clock.instant(), ViewerZone.get(), SupportedLocales.CHINESE);
    }

    private RoleAccounts accounts() {
        return new RoleAccounts(users, clock);
    }
}
