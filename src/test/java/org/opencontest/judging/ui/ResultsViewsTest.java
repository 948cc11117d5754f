package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.ResultsFixtures;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ranking page, the results desk (awards, publication), the public gallery and a team's feedback. */
class ResultsViewsTest extends KaribuTest {

    @Autowired ScoringFixtures fixtures;
    @Autowired JudgeAssignments assignments;
    @Autowired JudgeScoring scoring;
    @Autowired ContestService contests;
    @Autowired Clock clock;

    @Test
    void organiserRanksAwardsAndPublishesThenVisitorsAndTeamsSeeTheResults() {
        Judging j = fixtures.judging(clock.instant(), 2, 2, false, 2, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        for (JudgeActor judge : j.judges()) {
            ResultsFixtures.score(scoring, judge.principal(), j.round().id(), "Entry 1", 3, 9, "Strong data work",
                    "PRIVATE note");
            ResultsFixtures.score(scoring, judge.principal(), j.round().id(), "Entry 2", 2, 4, "Promising",
                    "PRIVATE note");
        }
        String slug = as(j.organiser(), () -> contests.edit(j.contestId())).input().slug();
        String winnerTeam = j.versions().get(0).summary().teamName();

        signInAs(j.organiser());
        navigate("organise/rounds/" + j.round().id() + "/ranking");
        assertThat(_get(Paragraph.class, spec -> spec.withId("winners-statement")).getText())
                .isEqualTo("The winners are the same, in the same order, with raw and with normalised scores.");
        Grid<?> entries = _get(Grid.class, spec -> spec.withId("ranking-entries"));
        assertThat(_size(entries)).isEqualTo(2);
        assertThat(_getFormattedRow(entries, 0)).contains("1", winnerTeam, "Entry 1", "100 %");
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("ranking-judges")), 0))
                .contains("too few sheets: raw scores used");

        navigate("organise/contests/" + j.contestId() + "/results");
        @SuppressWarnings("unchecked")
        ComboBox<Object> entry = _get(ComboBox.class, spec -> spec.withId("award-entry"));
        entry.setValue(entry.getListDataView().getItems().filter(v -> v.toString().contains("Entry 1")).findFirst()
                .orElseThrow());
        _get(TextArea.class, spec -> spec.withId("award-reason")).setValue("Best in the final");
        _click(_get(Button.class, spec -> spec.withId("award-give")));
        expectNotifications("Award First prize given to " + winnerTeam + ".");
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("awards")), 0))
                .contains("First prize", winnerTeam, "Best in the final");

        _click(_get(Button.class, spec -> spec.withId("results-publish")));
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("confirm-action"))))
                .hasMessageContaining("judging.results.error.notResultsPhase");
        ResultsFixtures.resultsPhaseIn(contests, j.organiser(), j.contestId(), clock.instant(), Duration.ofHours(-1));
        navigate("organise/contests/" + j.contestId() + "/results");
        _click(_get(Button.class, spec -> spec.withId("results-publish")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-irreversible")).getText())
                .isEqualTo("This cannot be undone.");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("Results published. The teams are told by e-mail.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-status")).getText()).startsWith("Published ");
        Button published = _get(Button.class, spec -> spec.withId("results-publish"));
        assertThat(published.getText()).isEqualTo("Results published");
        assertThat(published.isEnabled()).as("published results cannot be published again").isFalse();

        signOut();
        navigate("contests/" + slug + "/results");
        Div winners = _get(Div.class, spec -> spec.withId("results-winners"));
        assertThat(winners.getElement().getTextRecursively()).contains("First prize", "Entry 1", winnerTeam,
                "What it does");
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-method")).getText())
                .contains("normalised per judge");
        navigate("results");
        assertThat(_find(Anchor.class, spec -> spec.withId("results-" + slug))).hasSize(1);

        signInAs(j.leaders().get(1));
        navigate("contests/" + slug + "/feedback");
        String feedback = _get(Div.class, spec -> spec.withId("team-feedback")).getElement().getTextRecursively();
        assertThat(feedback).contains("Promising").doesNotContain("PRIVATE").doesNotContain("Strong data work")
                .doesNotContain(j.judges().get(0).principal().email());
    }
}
