package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.github.mvysny.kaributesting.v10.GridKt;

import org.junit.jupiter.api.Test;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeQueueItem;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.SheetInput;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The judge's queue and scoring page and the organiser's assignment view, driven server-side in both languages. */
class ScoringViewsTest extends KaribuTest {

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    JudgeScoring scoring;
    @Autowired
    Clock clock;

    @Test
    void theOrganiserRunsTheAssignmentAndSeesCoverageAndLoads() {
        Judging j = fixtures.judging(clock.instant(), 3, 2, true, 3, 2);
        signInAs(j.organiser());
        navigate("organise/contests/" + j.contestId() + "/judging");
        @SuppressWarnings("unchecked")
        Grid<Object> rounds = _get(Grid.class, spec -> spec.withId("rounds"));
        assertThat(((Anchor) GridKt._getCellComponent(rounds, 0, "assignment")).getHref()).isEqualTo("organise/judging/rounds/" + j.round().id() + "/assignment");
        navigate("organise/judging/rounds/" + j.round().id() + "/assignment");
        assertThat(_get(Span.class, spec -> spec.withId("assignment-connectivity")).getText())
                .startsWith("No assignment yet");

        _click(_get(Button.class, spec -> spec.withId("assignment-run")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("assignment-submission-open")).getText())
                .startsWith("Submission is still open until ")
                .contains("follows its team's final version");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        @SuppressWarnings("unchecked")
        Grid<Object> coverage = _get(Grid.class, spec -> spec.withId("entry-coverage"));
        assertThat(GridKt._size(coverage)).isEqualTo(3);
        assertThat(_get(Span.class, spec -> spec.withId("assignment-connectivity")).getText())
                .startsWith("All judges are connected");
        @SuppressWarnings("unchecked")
        Grid<Object> loads = _get(Grid.class, spec -> spec.withId("judge-loads"));
        assertThat(GridKt._getFormattedRow(loads, 0)).contains("2 of 2");

        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("organise/judging/rounds/" + j.round().id() + "/assignment");
        assertThat(_get(H1.class).getText()).startsWith("评委分配");
    }

    @Test
    void aJudgeScoresFromTheQueueWithAutosaveAndSubmits() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        signInAs(judge.principal());

        navigate("judging");
        assertThat(_get(Span.class, spec -> spec.withText("0 of 1 sheet submitted"))).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<Object> queue = _get(Grid.class, spec -> spec.withId("queue-" + j.round().id()));
        Anchor open = (Anchor) GridKt._getCellComponent(queue, 0, "entry");
        assertThat(open.getText()).isEqualTo("Entry 1");
        navigate(open.getHref());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> innovation = _get(RadioButtonGroup.class, spec -> spec.withId("score-innovation"));
        _setValue(innovation, 2);
        assertThat(_get(Span.class, spec -> spec.withId("sheet-status")).getText()).startsWith("Draft saved at");
        _setValue(_get(TextArea.class, spec -> spec.withId("team-comment")), "Clear and useful");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> data = _get(RadioButtonGroup.class, spec -> spec.withId("score-data"));
        _setValue(data, 10);
        _click(_get(Button.class, spec -> spec.withId("sheet-submit")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        assertThat(_get(Span.class, spec -> spec.withId("sheet-status")).getText())
                .startsWith("Submitted at").contains("66.7");
        assertThat(innovation.isReadOnly()).isTrue();
        navigate("judging");
        assertThat(_get(Span.class, spec -> spec.withText("1 of 1 sheet submitted"))).isNotNull();

        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(open.getHref());
        assertThat(_get(H1.class).getText()).startsWith("评分表");
    }

    @Test
    void aSecondTabStopsSavingAndOffersAReloadWhileOthersSeeNothing() {
        Judging j = fixtures.judging(clock.instant(), 2, 1, true, 2, 1);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        JudgeQueueItem item = as(judge.principal(), scoring::myQueue).get(0);
        signInAs(judge.principal());
        navigate("judging/sheets/" + item.assignmentId());

        // the other tab saves first
        as(judge.principal(), () -> scoring.saveDraft(item.assignmentId(), 0,
                new SheetInput(Map.of("innovation", 1), Map.of(), "From the other tab", "")));
        _setValue(_get(TextArea.class, spec -> spec.withId("private-note")), "From this tab");

        assertThat(_get(Span.class, spec -> spec.withId("sheet-status")).getText())
                .startsWith("This sheet was saved in another tab");
        assertThat(_get(Button.class, spec -> spec.withId("sheet-reload")).isVisible()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("private-note")).getValue()).isEqualTo("From this tab");

        JudgeQueueItem other = as(j.judges().get(1).principal(), scoring::myQueue).get(0);
        navigate("judging/sheets/" + other.assignmentId());
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }
}
