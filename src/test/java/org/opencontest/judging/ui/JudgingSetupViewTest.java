package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.JudgingFixtures;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.SheetInput;
import org.opencontest.judging.internal.ConflictReason;
import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.JudgeDetail;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamRow;
import org.opencontest.team.TeamService;
import org.opencontest.submission.ContestStages;
import org.opencontest.submission.SubmissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser's judging page: invite a judge, see the rounds and their method, verify the log. */
class JudgingSetupViewTest extends KaribuTest {

    @Autowired
    ContestService contests;

    @Autowired
    JudgingSetup setup;

    @Autowired
    ScoringFixtures fixtures;

    @Autowired
    JudgeAssignments assignments;

    @Autowired
    JudgeScoring scoring;

    @Autowired
    JudgePanel panel;

    @Autowired
    ConflictRegister conflicts;

    @Autowired
    TeamService teams;

    @Autowired
    Clock clock;

    @Autowired
    ContestStages stages;

    final AppPrincipal organiser = person(Role.ORGANISER);

    @Test
    void organiserInvitesAJudgeSeesTheRoundsAndVerifiesTheLog() {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("jury"), clock.instant())));
        RubricDetail rubric = as(organiser, () -> setup.createRubric(contest.id(), JudgingFixtures.rubric()));
        as(organiser, () -> setup.createRound(contest.id(), JudgingFixtures.round(rubric.id(), "Preliminary")));
        signInAs(organiser);

        navigate("organise/contests/" + contest.id() + "/judging");

        assertThat(_get(H1.class).getText()).startsWith("Judging: Open Data Test Cup");
        Grid<?> rounds = _get(Grid.class, spec -> spec.withId("rounds"));
        assertThat(_getFormattedRow(rounds, 0)).contains("Preliminary", "3", "blind",
                "normalised per judge, trim 0, ties: median → count of top scores → lower variance", "editable");

        String email = "judge-" + UUID.randomUUID() + "@example.org";
        _get(EmailField.class, spec -> spec.withId("judge-email")).setValue(email);
        _get(TextField.class, spec -> spec.withId("judge-name")).setValue("Prof. Zhao");
        _get(TextField.class, spec -> spec.withId("judge-organisation")).setValue("Tongji University");
        _get(IntegerField.class, spec -> spec.withId("judge-max-load")).setValue(8);
        _click(_get(Button.class, spec -> spec.withId("judge-invite")));

        expectNotifications("Invitation sent to " + email + ".");
        Grid<?> judges = _get(Grid.class, spec -> spec.withId("judges"));
        assertThat(_size(judges)).isEqualTo(1);
        assertThat(_getFormattedRow(judges, 0)).contains("Prof. Zhao", email, "Tongji University", "8",
                "not signed up yet");

        _click(_get(Button.class, spec -> spec.withId("verify-log")));
        assertThat(_get(Span.class, spec -> spec.withId("log-verification")).getText())
                .isEqualTo("The judging log is intact: 0 entries checked.");

        // a draft contest has no teams yet: detection finds nothing and says so
        _click(_get(Button.class, spec -> spec.withId("detect-conflicts")));
        expectNotifications("0 new conflicts found.");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("conflicts")))).isZero();
    }

    @Test
    void organiserBuildsARubricAndARoundInThePage() {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("jury"), clock.instant())));
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/judging");

        _get(TextField.class, spec -> spec.withId("rubric-name")).setValue("Preliminary rubric");
        fill(0, "innovation", "Innovation", "创新性", "2", 1, 5);
        _click(_get(Button.class, spec -> spec.withId("rubric-add-criterion")));
        fill(1, "data", "Use of data", "数据运用", "1", 0, 10);
        _click(_get(Button.class, spec -> spec.withId("rubric-create")));
        expectNotifications("Rubric Preliminary rubric created.");
        assertThat(as(organiser, () -> setup.rubrics(contest.id()))).singleElement()
                .satisfies(rubric -> assertThat(rubric.criteria()).extracting(c -> c.key())
                        .containsExactly("innovation", "data"));

        _get(TextField.class, spec -> spec.withId("round-name-en")).setValue("Preliminary");
        _get(TextField.class, spec -> spec.withId("round-name-zh")).setValue("初赛");
        ComboBox<RubricDetail> rubric = _get(ComboBox.class, spec -> spec.withId("round-rubric"));
        rubric.setValue(as(organiser, () -> setup.rubrics(contest.id())).get(0));
        _get(Checkbox.class, spec -> spec.withId("round-normalise")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("round-create")));

        expectNotifications("Round added.");
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("rounds")), 0))
                .contains("Preliminary", "raw scores, trim 0, ties: median → count of top scores → lower variance");
    }

    @Test
    void inAStagedContestARoundJudgesTheStageTheOrganiserChooses() {
        SubmissionFixtures.Scenario staged = SubmissionFixtures.scenario(contests, teams, clock.instant());
        Instant day = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        as(staged.organiser(), () -> {
            stages.outline(staged.contestId(), List.of(
                    new ContestStages.StageOutline(new LocalizedText("Idea", "创意"), day.minus(Duration.ofHours(20)),
                            day.plus(Duration.ofDays(2)), 3, null),
                    new ContestStages.StageOutline(new LocalizedText("Prototype", "原型"), day.plus(Duration.ofDays(4)),
                            day.plus(Duration.ofDays(9)), null, null)));
            return null;
        });
        RubricDetail rubricDetail = as(staged.organiser(), () -> setup.createRubric(staged.contestId(),
                JudgingFixtures.rubric()));
        signInAs(staged.organiser());
        navigate("organise/contests/" + staged.contestId() + "/judging");

        _get(TextField.class, spec -> spec.withId("round-name-en")).setValue("Prototype round");
        _get(TextField.class, spec -> spec.withId("round-name-zh")).setValue("原型轮");
        ComboBox<RubricDetail> rubric = _get(ComboBox.class, spec -> spec.withId("round-rubric"));
        rubric.setValue(rubricDetail);
        ComboBox<Integer> stage = _get(ComboBox.class, spec -> spec.withId("round-stage"));
        assertThat(stage.isVisible()).isTrue();
        stage.setValue(2);
        _get(IntegerField.class, spec -> spec.withId("round-advance-count")).setValue(2);
        _click(_get(Button.class, spec -> spec.withId("round-create")));

        expectNotifications("Round added.");
        assertThat(as(staged.organiser(), () -> setup.rounds(staged.contestId()))).singleElement()
                .satisfies(round -> {
                    assertThat(round.input().stage()).isEqualTo(2);
                    assertThat(round.input().advanceCount()).isEqualTo(2);
                });
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("rounds")), 0))
                .contains("Prototype round", "Prototype");
    }

    @Test
    void aRubricWithABadCriterionIsRefusedAndNothingIsStored() {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("jury"), clock.instant())));
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/judging");

        _get(TextField.class, spec -> spec.withId("rubric-name")).setValue("Broken");
        fill(0, "innovation", "Innovation", "", "2", 5, 5);
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("rubric-create"))))
                .hasMessageContaining("judging.rubric.error.scaleEmpty");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("round-create"))))
                .hasMessageContaining("judging.round.error.rubricRequired");
        assertThat(as(organiser, () -> setup.rubrics(contest.id()))).isEmpty();
    }

    private static void fill(int row, String key, String nameEn, String nameZh, String weight, int min, int max) {
        _get(TextField.class, spec -> spec.withId("criterion-" + row + "-key")).setValue(key);
        _get(TextField.class, spec -> spec.withId("criterion-" + row + "-name-en")).setValue(nameEn);
        _get(TextField.class, spec -> spec.withId("criterion-" + row + "-name-zh")).setValue(nameZh);
        _get(BigDecimalField.class, spec -> spec.withId("criterion-" + row + "-weight"))
                .setValue(new BigDecimal(weight));
        _get(IntegerField.class, spec -> spec.withId("criterion-" + row + "-min")).setValue(min);
        _get(IntegerField.class, spec -> spec.withId("criterion-" + row + "-max")).setValue(max);
    }

    @Test
    void aBadInvitationIsRefusedWithATranslatedMessage() {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("jury"), clock.instant())));
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/judging");

        _get(EmailField.class, spec -> spec.withId("judge-email")).setValue("nobody");
        _get(TextField.class, spec -> spec.withId("judge-name")).setValue("X");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("judge-invite"))))
                .hasMessageContaining("judging.judge.error.email");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("judges")))).isZero();
    }

    @Test
    void anotherOrganiserSeesNotFound() {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("jury"), clock.instant())));
        signInAs(person(Role.ORGANISER));

        navigate("organise/contests/" + contest.id() + "/judging");

        _get(NotFoundView.class);
    }

    @Test
    void rubricsAreListedPreviewedAsJudgesSeeThemAndEditedWithLevelDescriptorsInBothLanguages() {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("jury"), clock.instant())));
        RubricDetail stored = as(organiser, () -> setup.createRubric(contest.id(), JudgingFixtures.rubric()));
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/judging");

        assertThat(_get(Paragraph.class, spec -> spec.withId("rubric-lock-rule")).getText())
                .startsWith("A rubric can be edited until a round using it has its first submitted score sheet.");
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("rubrics")), 0))
                .contains("SODA rubric", "2", "editable");
        _click(rubricButton("rubric-preview-" + stored.id()));
        RadioButtonGroup<Integer> innovation = _get(RadioButtonGroup.class, spec -> spec.withId("score-innovation"));
        assertThat(innovation.getLabel()).isEqualTo("Innovation (weight 2)");
        assertThat(innovation.getItemLabelGenerator().apply(1)).isEqualTo("1 — Seen before");
        _click(_get(Button.class, spec -> spec.withId("rubric-preview-close")));

        _click(rubricButton("rubric-edit-" + stored.id()));
        assertThat(_get(H4.class, spec -> spec.withId("rubric-form-heading")).getText())
                .isEqualTo("Editing rubric SODA rubric");
        assertThat(_get(TextArea.class, spec -> spec.withId("criterion-0-levels-en")).getValue())
                .isEqualTo("Seen before\nFresh angle\nNew");
        _get(IntegerField.class, spec -> spec.withId("criterion-1-max")).setValue(2);
        _get(TextArea.class, spec -> spec.withId("criterion-1-levels-en")).setValue("None\nSome\nAll of it\n");
        _get(TextArea.class, spec -> spec.withId("criterion-1-levels-zh")).setValue("没有\n部分\n全部");
        _click(_get(Button.class, spec -> spec.withId("rubric-create")));

        expectNotifications("Rubric SODA rubric saved.");
        assertThat(as(organiser, () -> setup.rubrics(contest.id()))).singleElement()
                .satisfies(rubric -> assertThat(rubric.criteria().get(1).levels()).containsExactly(
                        new LocalizedText("None", "没有"), new LocalizedText("Some", "部分"),
                        new LocalizedText("All of it", "全部")));
        assertThat(_get(H4.class, spec -> spec.withId("rubric-form-heading")).getText()).isEqualTo("New rubric");

        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("organise/contests/" + contest.id() + "/judging");
        _click(rubricButton("rubric-preview-" + stored.id()));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("评委看到的样子：SODA rubric");
        RadioButtonGroup<Integer> data = _get(RadioButtonGroup.class, spec -> spec.withId("score-data"));
        assertThat(data.getLabel()).isEqualTo("数据运用（权重 1）");
        assertThat(data.getItemLabelGenerator().apply(2)).isEqualTo("2 — 全部");
    }

    @Test
    void aRubricLocksWithTheFirstSubmittedSheetAndItsEditButtonSaysSo() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        var judge = j.judges().get(0);
        long assignment = as(judge.principal(), scoring::myQueue).get(0).assignmentId();
        long version = as(judge.principal(), () -> scoring.open(assignment)).sheet().version();
        as(judge.principal(), () -> scoring.submit(assignment, version,
                new SheetInput(Map.of("innovation", 2, "data", 7), Map.of(), "", "")));
        RubricDetail rubric = as(j.organiser(), () -> setup.rubrics(j.contestId())).get(0);
        signInAs(j.organiser());
        navigate("organise/contests/" + j.contestId() + "/judging");

        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("rubrics")), 0)).contains("locked");
        assertThat(rubricButton("rubric-edit-" + rubric.id()).isEnabled()).isFalse();
        _click(rubricButton("rubric-preview-" + rubric.id()));
        _get(RadioButtonGroup.class, spec -> spec.withId("score-innovation"));
    }

    @Test
    void organiserDeclaresAConflictBetweenAJudgeAndATeam() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        String teamName = "Team " + UUID.randomUUID();
        RegisteredTeam team = TeamFixtures.register(teams, contests, person(Role.PARTICIPANT), contest.id(), teamName);
        JudgeDetail judge = as(organiser, () -> panel.invite(contest.id(), new JudgeInput(
                "j-" + UUID.randomUUID() + "@qq.com", "Prof. Qian", null, Set.of(), 5)));
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/judging");

        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("conflict-declare"))))
                .hasMessageContaining("judging.conflict.error.pair");
        ComboBox<JudgeDetail> judges = _get(ComboBox.class, spec -> spec.withId("conflict-judge"));
        judges.setValue(as(organiser, () -> panel.judges(contest.id())).get(0));
        ComboBox<TeamRow> teamChoice = _get(ComboBox.class, spec -> spec.withId("conflict-team"));
        teamChoice.setValue(as(organiser, () -> conflicts.teams(contest.id())).get(0));
        _get(TextField.class, spec -> spec.withId("conflict-note")).setValue("Co-author of the team leader");
        _click(_get(Button.class, spec -> spec.withId("conflict-declare")));

        expectNotifications("Conflict between Prof. Qian and team " + teamName + " recorded.");
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("conflicts")), 0))
                .contains("Prof. Qian", teamName, "declared", "Co-author of the team leader", "never assigned");
        assertThat(as(organiser, () -> conflicts.conflicts(contest.id()))).singleElement().satisfies(conflict -> {
            assertThat(conflict.judgeId()).isEqualTo(judge.id());
            assertThat(conflict.teamId()).isEqualTo(team.teamId());
            assertThat(conflict.reason()).isEqualTo(ConflictReason.DECLARED);
        });

        _click((Button) _getCellComponent(_get(Grid.class, spec -> spec.withId("conflicts")), 0, "decide"));
        _get(TextArea.class, spec -> spec.withId("conflict-decision-reason")).setValue("Paper was ten years ago");
        _click(_get(Button.class, spec -> spec.withId("conflict-clear")));
        expectNotifications("Decision recorded.");
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("conflicts")), 0))
                .contains("Paper was ten years ago", "cleared");
    }

    /** A button of the first rubric's row (grid cells are not in the component tree). */
    private static Button rubricButton(String id) {
        Component actions = _getCellComponent(_get(Grid.class, spec -> spec.withId("rubrics")), 0, "actions");
        return _get(actions, Button.class, spec -> spec.withId(id));
    }
}
