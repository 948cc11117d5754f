package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
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
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.JudgingFixtures;
import org.opencontest.judging.RubricDetail;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser's judging page: invite a judge, see the rounds and their method, verify the log. */
class JudgingSetupViewTest extends KaribuTest {

    @Autowired
    ContestService contests;

    @Autowired
    JudgingSetup setup;

    @Autowired
    Clock clock;

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
        expectNotifications("0 new conflict(s) found.");
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
}
