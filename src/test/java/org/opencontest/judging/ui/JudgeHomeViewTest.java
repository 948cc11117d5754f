package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.ConflictReason;
import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The page the invitation mail links to. */
class JudgeHomeViewTest extends KaribuTest {

    @Autowired
    ContestService contests;

    @Autowired
    JudgePanel panel;

    @Autowired
    ScoringFixtures fixtures;

    @Autowired
    JudgeAssignments assignments;

    @Autowired
    JudgeScoring scoring;

    @Autowired
    ConflictRegister conflicts;

    @Autowired
    Clock clock;

    @Test
    void aNewcomerIsToldHowToGetThere() {
        signInAs(person(Role.PARTICIPANT));
        navigate("judging");

        assertThat(_get(Paragraph.class).getText()).startsWith("You are not a judge in any published contest yet.");
        assertThat(_find(Anchor.class, spec -> spec.withId("judgeship-1"))).isEmpty();
    }

    @Test
    void anInvitationWithoutAConfirmedAccountShowsNothingYet() {
        AppPrincipal organiser = person(Role.ORGANISER);
        AppPrincipal judge = person(Role.JUDGE);
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        // the principal has no account row, so no confirmed address: the invitation must not be linked
        as(organiser, () -> panel.invite(contest.id(), new JudgeInput(judge.email(), "Judge", null, Set.of(), 5)));
        signInAs(judge);

        navigate("judging");

        assertThat(_find(Anchor.class, spec -> spec.withId("judgeship-" + contest.id()))).isEmpty();
        assertThat(as(organiser, () -> panel.judges(contest.id()))).singleElement()
                .satisfies(row -> assertThat(row.userId()).isNull());
    }

    @Test
    void aJudgeDeclaresAConflictWithAnAssignedEntryInChineseWithoutSeeingTheTeam() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        long assignment = as(judge.principal(), scoring::myQueue).get(0).assignmentId();
        signInAs(judge.principal());
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("judging");

        Button declare = conflictButton(j);
        assertThat(declare.getId()).hasValue("declare-conflict-" + assignment);
        assertThat(declare.getText()).isEqualTo("我有利益冲突");
        _click(declare);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("我有利益冲突");
        assertThat(UI.getCurrent().getElement().getTextRecursively() + dialog.getElement().getTextRecursively())
                .as("a blind round never names the team").doesNotContain(j.versions().get(0).summary().teamName());
        _get(TextArea.class, spec -> spec.withId("recusal-reason")).setValue("我指导过这个项目");
        _click(_get(Button.class, spec -> spec.withId("recusal-confirm")));

        expectNotifications("已申报利益冲突；该作品已从您的待评列表中移除。");
        assertThat(as(judge.principal(), scoring::myQueue)).singleElement()
                .satisfies(item -> assertThat(item.progress()).isEqualTo(SheetProgress.RECUSED));
        assertThat(as(j.organiser(), () -> conflicts.conflicts(j.contestId()))).singleElement()
                .satisfies(conflict -> assertThat(conflict.reason()).isEqualTo(ConflictReason.DECLARED));
        navigate("judging");
        assertThat(conflictButton(j).isVisible())
                .as("nothing left to declare on a recused entry").isFalse();
    }

    @Test
    void anEmptyReasonIsRefusedInEnglishAndNothingIsRecorded() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        signInAs(judge.principal());
        navigate("judging");

        _click(conflictButton(j));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("I have a conflict");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("recusal-confirm"))))
                .hasMessageContaining("judging.recusal.error.reason");

        assertThat(as(j.organiser(), () -> conflicts.conflicts(j.contestId()))).isEmpty();
    }

    /** The first queue row's button (grid cells are not in the component tree). */
    private static Button conflictButton(Judging j) {
        return (Button) _getCellComponent(_get(Grid.class, spec -> spec.withId("queue-" + j.round().id())), 0,
                "conflict");
    }
}
