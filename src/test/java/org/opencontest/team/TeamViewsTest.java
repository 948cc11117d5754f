package org.opencontest.team;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.team.TeamFixtures.uniqueName;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.ui.ContestTeamsView;
import org.opencontest.team.ui.InvitationView;
import org.opencontest.team.ui.MyTeamsView;
import org.opencontest.team.ui.TeamSettingsView;
import org.opencontest.team.ui.TeamView;
import org.springframework.beans.factory.annotation.Autowired;

class TeamViewsTest extends KaribuTest {

    @Autowired
    TeamService teams;

    @Autowired
    RegistrationSetup setup;
    @Autowired
    TeamReview review;

    @Autowired
    ContestService contests;

    @Autowired
    RecordedMails mails;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal participant = person(Role.PARTICIPANT);

    ContestEditState contest() {
        return TeamFixtures.publishedContest(contests, organiser, clock.instant());
    }

    @Test
    void aParticipantRegistersATeamThroughTheForm() {
        ContestEditState contest = contest();
        signInAs(participant);
        navigate("contests/" + as(participant, () -> contests.page(contest.id())).slug());
        assertThat(_get(Anchor.class, spec -> spec.withId("contest-register-team")).getHref())
                .isEqualTo("teams/register/" + contest.id());
        navigate("teams/register/" + contest.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-deadline")).getText())
                .startsWith("Registration closes on ").contains("(Asia/Shanghai)");

        String name = uniqueName();
        _setValue(_get(TextField.class, spec -> spec.withId("team-name")), name);
        _setValue(_get(TextArea.class, spec -> spec.withId("team-description")), "Crash hot spots.");
        @SuppressWarnings("unchecked")
        Select<ContestPage.Track> track = _get(Select.class, spec -> spec.withId("team-track"));
        _setValue(track, as(participant, () -> contests.page(contest.id())).tracks().get(0));
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
        _click(_get(Button.class, spec -> spec.withId("team-register")));

        expectNotifications("Your team " + name + " is registered.");
        _get(TeamView.class);
        assertThat(_get(H1.class, spec -> spec.withId("team-name-heading")).getText()).isEqualTo(name);
        assertThat(as(participant, () -> teams.myTeam(contest.id()))).get()
                .satisfies(mine -> assertThat(mine.leader()).isTrue());
    }

    @Test
    void theRulesVersionReadsAsANumberAndDateWithTheFingerprintBehindDetails() {
        ContestEditState contest = contest();
        ContestInput before = contest.input();
        as(organiser, () -> contests.update(contest.id(), contest.version(), new ContestInput(before.slug(),
                before.title(), before.summary(), before.description(),
                new LocalizedText("Rules, second edition.", "规则第二版。"), before.theme(), before.zone(),
                before.teamSizeMin(), before.teamSizeMax(), before.tracks(), before.prizes(), before.phases())));
        String changedOn = DateTimes.formatDate(clock.instant(), before.zone(), Locale.ENGLISH);

        signInAs(participant);
        navigate("contests/" + before.slug());
        assertThat(_get(Paragraph.class, spec -> spec.withId("contest-rules-version")).getText())
                .isEqualTo("Rules version 2 · " + changedOn);
        navigate("teams/register/" + contest.id());
        assertThat(_get(Checkbox.class, spec -> spec.withId("consent")).getLabel())
                .startsWith("I have read and accept the contest rules (version 2 · ").doesNotContain("sha256");
        assertThat(_get(Details.class, spec -> spec.withId("rules-fingerprint")).getSummaryText())
                .isEqualTo("Details of this rules version");

        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + before.slug());
        assertThat(_get(Paragraph.class, spec -> spec.withId("contest-rules-version")).getText())
                .startsWith("规则第 2 版 · ");
    }

    @Test
    void aBlankNameIsRefusedInTheReadersLanguageAndNothingIsRegistered() {
        ContestEditState contest = contest();
        signInAs(participant);
        useLocale(SupportedLocales.CHINESE);
        navigate("teams/register/" + contest.id());
        _setValue(_get(TextField.class, spec -> spec.withId("team-name")), "  ");
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);

        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("team-register"))))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(
                        UI.getCurrent().getTranslation(refusal.getMessageKey(), refusal.getArguments()))
                        .isEqualTo("请填写队伍名称。"));
        assertThat(as(participant, () -> teams.myTeam(contest.id()))).isEmpty();
    }

    @Test
    void afterTheDeadlineTheFormIsGoneAndTheDeadlineShownInBothZones() {
        Instant now = clock.instant();
        ContestEditState closed = TeamFixtures.publishedContest(contests, organiser, now, 1, 5,
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
        signInAs(person(Role.PARTICIPANT, ZoneId.of("America/New_York")));
        navigate("teams/register/" + closed.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("register-deadline")).getText())
                .startsWith("Registration closed on ").contains("(Asia/Shanghai) / ").contains("(America/New_York)");
        _assertNone(Button.class, spec -> spec.withId("team-register"));
    }

    @Test
    void theLeaderInvitesByMailAndTheInviteeAcceptsOnTheInvitationPage() {
        ContestEditState contest = contest();
        RegisteredTeam team = TeamFixtures.register(teams, contests, participant, contest.id(), uniqueName());
        AppPrincipal invitee = person(Role.PARTICIPANT);
        signInAs(participant);
        navigate("teams/" + team.teamId());
        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email")), invitee.email());
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        expectNotifications("Invitation sent to " + invitee.email() + ".");
        assertThat(_get(Span.class, spec -> spec.withPredicate(span -> span.getText().contains(invitee.email()))).getText())
                .startsWith(invitee.email() + " · open until ");
        String token = mails.lastToken(invitee.email(), "team.invitation");

        signOut();
        UI.getCurrent().navigate("teams/invitation", QueryParameters.of("token", token));
        _get(InvitationView.class);
        _get(Button.class, spec -> spec.withId("invitation-sign-in"));
        _assertNone(Button.class, spec -> spec.withId("invitation-accept"));

        signInAs(invitee);
        UI.getCurrent().navigate("teams/invitation", QueryParameters.of("token", token));
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
        _click(_get(Button.class, spec -> spec.withId("invitation-accept")));
        _get(TeamView.class);
        assertThat(as(invitee, () -> teams.myTeam(contest.id()))).get()
                .satisfies(mine -> assertThat(mine.teamId()).isEqualTo(team.teamId()));

        UI.getCurrent().navigate("teams/invitation", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-problem")).getText())
                .isEqualTo("This invitation has already been answered; the link works only once.");
    }

    @Test
    void theLeaderHandsOverLeadershipAfterConfirming() {
        ContestEditState contest = contest();
        RegisteredTeam team = TeamFixtures.register(teams, contests, participant, contest.id(), uniqueName());
        AppPrincipal member = person(Role.PARTICIPANT);
        as(member, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));
        signInAs(participant);
        navigate("teams/" + team.teamId());

        @SuppressWarnings("unchecked")
        Grid<TeamDetail.Member> members = _get(Grid.class, spec -> spec.withId("team-members"));
        _click(_get(_getCellComponent(members, 1, "actions"), Button.class,
                spec -> spec.withId("handover-" + member.userId())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        expectNotifications(member.displayName() + " now leads the team.");
        _assertNone(Button.class, spec -> spec.withId("invite-send"));
        assertThat(as(member, () -> teams.myTeam(contest.id())).orElseThrow().leader()).isTrue();
    }

    @Test
    void myTeamsListsTeamsOpenContestsAndJoinsWithACode() {
        ContestEditState contest = contest();
        ContestEditState other = contest();
        RegisteredTeam team = TeamFixtures.register(teams, contests, person(Role.PARTICIPANT), other.id(),
                uniqueName());
        TeamFixtures.register(teams, contests, participant, contest.id(), uniqueName());
        signInAs(participant);
        navigate("my-teams");
        _get(MyTeamsView.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("my-teams-list"))
                .getChildren().count()).isEqualTo(1);
        String otherSlug = as(participant, () -> contests.page(other.id())).slug();
        _get(Button.class, spec -> spec.withId("register-" + otherSlug));

        _setValue(_get(TextField.class, spec -> spec.withId("join-code")), team.inviteCode());
        _click(_get(Button.class, spec -> spec.withId("join-code-go")));
        assertThat(_get(H3.class, spec -> spec.withId("invite-team-name")).getText()).isNotBlank();
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
        _click(_get(Button.class, spec -> spec.withId("join-team-button")));
        _get(TeamView.class);
        assertThat(as(participant, () -> teams.myTeams())).hasSize(2);
    }

    @Test
    void theOrganiserFiltersApprovesAndRejectsWithAReason() {
        ContestEditState contest = contest();
        as(organiser, () -> setup.saveSettings(new TeamSettings(contest.id(), 0, true, false, null, null,
                null)));
        RegisteredTeam first = TeamFixtures.register(teams, contests, person(Role.PARTICIPANT), contest.id(),
                "Alpha " + uniqueName());
        TeamFixtures.register(teams, contests, person(Role.PARTICIPANT), contest.id(), "Beta " + uniqueName());
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/teams");
        _get(ContestTeamsView.class);
        @SuppressWarnings("unchecked")
        Grid<TeamRow> grid = _get(Grid.class, spec -> spec.withId("teams-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        _setValue(_get(TextField.class, spec -> spec.withId("teams-search")), "alpha");
        assertThat(_fetch(grid, 0, 10)).extracting(TeamRow::id).containsExactly(first.teamId());

        _selectRow(grid, 0);
        _click(_get(Button.class, spec -> spec.withId("team-approve")));
        assertThat(_get(Span.class, spec -> spec.withId("teams-counts")).getText())
                .isEqualTo("2 teams · 1 pending · 1 approved");
        assertThat(as(organiser, () -> review.detail(first.teamId())).status()).isEqualTo(TeamStatus.APPROVED);

        _click(_get(Button.class, spec -> spec.withId("team-reject")));
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("decision-confirm"))))
                .hasMessageStartingWith("team.decision.error.reason");
        assertThat(as(organiser, () -> review.detail(first.teamId())).status()).isEqualTo(TeamStatus.APPROVED);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "Not a real team.");
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));
        TeamDetail rejected = as(organiser, () -> review.detail(first.teamId()));
        assertThat(rejected.status()).isEqualTo(TeamStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Not a real team.");

        @SuppressWarnings("unchecked")
        Select<TeamStatus> status = _get(Select.class, spec -> spec.withId("teams-status"));
        _setValue(_get(TextField.class, spec -> spec.withId("teams-search")), "");
        _setValue(status, TeamStatus.PENDING);
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void theOrganiserSavesSettingsWithAQuestionAndParticipantsAreAskedIt() {
        ContestEditState contest = contest();
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/team-settings");
        _get(TeamSettingsView.class);
        _setValue(_get(Checkbox.class, spec -> spec.withId("settings-approval")), true);
        _click(_get(Button.class, spec -> spec.withId("settings-add-question")));
        _setValue(_get(TextField.class, spec -> spec.withId("question-en-0")), "I am 18 or older");
        _setValue(_get(TextField.class, spec -> spec.withId("question-answer-0")), "YES");
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        expectNotifications("Registration settings saved.");

        ContestTeams saved = as(organiser, () -> setup.overview(contest.id()));
        assertThat(saved.settings().approvalRequired()).isTrue();
        assertThat(saved.questions()).singleElement().satisfies(question -> {
            assertThat(question.requiredAnswer()).isEqualTo("YES");
            assertThat(question.promptZh()).isEqualTo("I am 18 or older");
        });

        signInAs(participant);
        navigate("teams/register/" + contest.id());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> adult = _get(RadioButtonGroup.class, spec -> spec.withId("question-0"));
        assertThat(adult.getLabel()).isEqualTo("I am 18 or older");
    }

    @Test
    void otherOrganisersAndStrangersFindNothing() {
        ContestEditState contest = contest();
        RegisteredTeam team = TeamFixtures.register(teams, contests, participant, contest.id(), uniqueName());
        signInAs(person(Role.ORGANISER));
        navigate("organise/contests/" + contest.id() + "/teams");
        _get(NotFoundView.class);
        navigate("organise/contests/" + contest.id() + "/team-settings");
        _get(NotFoundView.class);
        signInAs(person(Role.PARTICIPANT));
        navigate("teams/" + team.teamId());
        _get(NotFoundView.class);
        navigate("teams/register/not-a-number");
        _get(NotFoundView.class);
    }
}
