package org.opencontest.evaluation;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.internal.EntryView;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.LeaderboardRules;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.judging.JudgingFixtures;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.internal.JudgingEntry;
import org.opencontest.judging.internal.JudgingEntryRepository;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The organisers' evaluated-tracks screen and the public leaderboard, driven server-side in both languages. */
class EvaluationViewsTest extends KaribuTest {

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    EvaluationSetup setup;
    @Autowired
    EvaluationFixtures fixtures;
    @Autowired
    Leaderboards leaderboards;
    @Autowired
    Clock clock;
    @Autowired
    JudgingSetup judging;
    @Autowired
    JudgingEntryRepository judgingEntries;

    Scenario s;

    @BeforeEach
    void contest() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
    }

    @Test
    void anOrganiserAddsAnEvaluatedTrackFromTheMenuAndAVisitorSeesItsEmptyLeaderboard() {
        signInAs(s.organiser());
        navigate("organise/evaluation");
        assertThat(navigationLabels()).contains("Evaluated tracks");
        navigate("organise/evaluation/" + s.contestId());
        assertThat(_find(Div.class, spec -> spec.withClasses("evaluated-track"))).isEmpty();

        @SuppressWarnings("unchecked")
        Select<Metric> metric = _get(Select.class, spec -> spec.withId("evaluation-new-metric"));
        _setValue(metric, Metric.MAE);
        _setValue(_get(TextField.class, spec -> spec.withId("evaluation-new-id-column")), "district_day");
        _setValue(_get(TextField.class, spec -> spec.withId("evaluation-new-target-column")), "accidents");
        _setValue(_get(NumberField.class, spec -> spec.withId("evaluation-new-fraction")), 2.0);
        _click(_get(Button.class, spec -> spec.withId("evaluation-new-save")));
        expectNotifications("Public share: enter a number between 0.05 and 0.95.");
        assertThat(as(s.organiser(), () -> setup.tracks(s.contestId()))).isEmpty();

        _setValue(_get(NumberField.class, spec -> spec.withId("evaluation-new-fraction")), 0.25);
        _click(_get(Button.class, spec -> spec.withId("evaluation-new-save")));
        expectNotifications("Settings saved.");
        List<TrackView> saved = as(s.organiser(), () -> setup.tracks(s.contestId()));
        assertThat(saved).singleElement().satisfies(track -> {
            assertThat(track.settings().metric()).isEqualTo(Metric.MAE);
            assertThat(track.settings().idColumn()).isEqualTo("district_day");
            assertThat(track.settings().targetColumn()).isEqualTo("accidents");
            assertThat(track.settings().publicFraction()).isEqualTo(0.25);
            assertThat(track.settings().trackId()).isNotNull();
        });
        long id = saved.get(0).id();
        Div section = _get(Div.class, spec -> spec.withId("evaluated-track-" + id));
        assertThat(_get(section, H2.class, spec -> spec.withText("Traffic safety"))).isNotNull();
        assertThat(_get(section, Paragraph.class, spec -> spec.withClasses("evaluation-key")).getText())
                .startsWith("No answer key yet.");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("evaluation-entries-" + id)))).isZero();

        // the leaderboard rules: a wrong number is refused with the field named, a right one kept
        _setValue(_get(IntegerField.class, spec -> spec.withId("evaluation-" + id + "-selections")), 0);
        _click(_get(Button.class, spec -> spec.withId("evaluation-" + id + "-rules-save")));
        expectNotifications("Final selections per team: enter a whole number from 1 to 10.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("evaluation-" + id + "-selections")), 3);
        _click(_get(Button.class, spec -> spec.withId("evaluation-" + id + "-rules-save")));
        expectNotifications("Settings saved.");
        assertThat(as(s.organiser(), () -> setup.tracks(s.contestId())).get(0).rules().finalSelections())
                .isEqualTo(3);

        // revealing is refused while the submission phase is open, with the reason
        _click(_get(Button.class, spec -> spec.withId("evaluation-reveal-" + id)));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("The private leaderboard can be revealed only after the submission phase has closed.");

        signOut();
        navigate("contests/" + s.slug());
        assertThat(_get(Anchor.class, spec -> spec.withId("contest-leaderboard-link")).getHref())
                .isEqualTo("contests/" + s.slug() + "/leaderboard");
        navigate("contests/" + s.slug() + "/leaderboard");
        Div board = _get(Div.class, spec -> spec.withId("board-" + id));
        assertThat(_get(board, Paragraph.class, spec -> spec.withText("Metric: MAE (lower is better).")))
                .isNotNull();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("public-board-" + id)))).isZero();
        assertThat(_find(Grid.class, spec -> spec.withId("private-board-" + id))).isEmpty();

        useLocale(SupportedLocales.CHINESE);
        board = _get(Div.class, spec -> spec.withId("board-" + id));
        assertThat(_get(board, Paragraph.class, spec -> spec.withText("评价指标：平均绝对误差（MAE）（越低越好）。")))
                .isNotNull();
    }

    @Test
    void aRankingTrackAsksForItsKAndItsLeaderboardNamesIt() {
        signInAs(s.organiser());
        navigate("organise/evaluation/" + s.contestId());
        // K is asked for only when the metric is a ranking
        assertThat(_find(IntegerField.class, spec -> spec.withId("evaluation-new-cutoff"))).isEmpty();
        @SuppressWarnings("unchecked")
        Select<Metric> metric = _get(Select.class, spec -> spec.withId("evaluation-new-metric"));
        _setValue(metric, Metric.NDCG_AT_K);
        IntegerField cutoff = _get(IntegerField.class, spec -> spec.withId("evaluation-new-cutoff"));
        _setValue(cutoff, 0);
        _click(_get(Button.class, spec -> spec.withId("evaluation-new-save")));
        expectNotifications("K: enter a whole number from 1 to 100.");
        _setValue(cutoff, 5);
        _click(_get(Button.class, spec -> spec.withId("evaluation-new-save")));
        expectNotifications("Settings saved.");
        TrackView saved = as(s.organiser(), () -> setup.tracks(s.contestId())).get(0);
        assertThat(saved.settings().rankingCutoff()).isEqualTo(5);

        signOut();
        navigate("contests/" + s.slug() + "/leaderboard");
        Div board = _get(Div.class, spec -> spec.withId("board-" + saved.id()));
        assertThat(_get(board, Paragraph.class, spec -> spec.withText("Metric: NDCG@5 (ranking) (higher is better).")))
                .isNotNull();
        assertThat(_find(board, Paragraph.class,
                spec -> spec.withPredicate(paragraph -> paragraph.getText().contains("list up to 5 items")))).hasSize(1);
        useLocale(SupportedLocales.CHINESE);
        board = _get(Div.class, spec -> spec.withId("board-" + saved.id()));
        assertThat(_find(board, Paragraph.class,
                spec -> spec.withPredicate(paragraph -> paragraph.getText().contains("（NDCG@5，排序）")))).hasSize(1);
    }

    @Test
    void aTeamSeesItsScoredEntryAndItsOwnRowMarkedOnTheLeaderboard() {
        TrackView track = fixtures.evaluatedTrack(s, new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 5, 3,
                false), EvaluationFixtures.csv(i -> "k" + i + "," + i));
        fixtures.submit(s, s.leader(), EvaluationFixtures.csv(i -> "k" + i + "," + (i + 2)), "predictions.csv");
        fixtures.awaitEntries(s, track.id(), 1);

        signInAs(s.leader());
        navigate("contests/" + s.slug() + "/leaderboard");
        Grid<?> board = _get(Grid.class, spec -> spec.withId("public-board-" + track.id()));
        assertThat(_size(board)).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(board, 0);
        assertThat(row.get(0)).isEqualTo("1");
        assertThat(row.get(1)).endsWith(" (your team)");
        assertThat(row.get(2)).isEqualTo("2.000");
        Grid<?> mine = _get(Grid.class, spec -> spec.withId("my-entries-" + track.id()));
        assertThat(GridKt._getFormattedRow(mine, 0)).contains("Scored", "2.000");
        assertThat(_get(Anchor.class, spec -> spec.withId("sample-" + track.id())).getText())
                .startsWith("Sample submission (CSV)");
        // the team picks the entry for the final ranking
        Checkbox pick = (Checkbox) GridKt._getCellComponent(mine, 0, "select");
        assertThat(pick.isEnabled()).isTrue();
        _setValue(pick, true);
        expectNotifications("Picked for the final ranking.");
        assertThat(as(s.leader(), () -> leaderboards.leaderboard(s.slug())).boards().get(0).mine())
                .singleElement().extracting(EntryView::selected).isEqualTo(true);
        mine = _get(Grid.class, spec -> spec.withId("my-entries-" + track.id()));
        assertThat(((Checkbox) GridKt._getCellComponent(mine, 0, "select")).getValue()).isTrue();
        // a frozen board says since when
        assertThat(_find(Paragraph.class, spec -> spec.withId("frozen-" + track.id()))).isEmpty();
        TrackView current = as(s.organiser(), () -> setup.tracks(s.contestId())).get(0);
        as(s.organiser(), () -> setup.saveRules(s.contestId(), current.id(), current.version(),
                new LeaderboardRules(2, clock.instant())));
        navigate("contests/" + s.slug() + "/leaderboard");
        assertThat(_get(Paragraph.class, spec -> spec.withId("frozen-" + track.id())).getText())
                .startsWith("The public leaderboard has been frozen since ");
        mine = _get(Grid.class, spec -> spec.withId("my-entries-" + track.id()));

        useLocale(SupportedLocales.CHINESE);
        board = _get(Grid.class, spec -> spec.withId("public-board-" + track.id()));
        assertThat(GridKt._getFormattedRow(board, 0).get(1)).endsWith("（贵队）");
        mine = _get(Grid.class, spec -> spec.withId("my-entries-" + track.id()));
        assertThat(GridKt._getFormattedRow(mine, 0)).contains("已评分");

        // a visitor sees the row without the marker and no entries
        signOut();
        useLocale(java.util.Locale.ENGLISH);
        navigate("contests/" + s.slug() + "/leaderboard");
        board = _get(Grid.class, spec -> spec.withId("public-board-" + track.id()));
        assertThat(GridKt._getFormattedRow(board, 0).get(1)).doesNotContain("(your team)");
        assertThat(_find(Grid.class, spec -> spec.withId("my-entries-" + track.id()))).isEmpty();
    }

    @Test
    void afterTheRevealTheOrganiserAdvancesTheTopTeamsIntoAJuryRoundAfterConfirming() {
        TrackView track = fixtures.evaluatedTrack(s, new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 5, 3,
                false), EvaluationFixtures.csv(i -> "k" + i + "," + i));
        fixtures.submit(s, s.leader(), EvaluationFixtures.csv(i -> "k" + i + "," + (i + 2)), "predictions.csv");
        fixtures.awaitEntries(s, track.id(), 1);
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));
        as(s.organiser(), () -> setup.reveal(s.contestId(), track.id()));

        signInAs(s.organiser());
        navigate("organise/evaluation/" + s.contestId());
        Div advance = _get(Div.class, spec -> spec.withId("evaluation-advance-" + track.id()));
        assertThat(_get(advance, Paragraph.class, spec -> spec.withText(
                "This contest has no jury round yet. Add one under Judging to advance the best teams into it.")))
                .isNotNull();

        RubricDetail rubric = as(s.organiser(), () -> judging.createRubric(s.contestId(), JudgingFixtures.rubric()));
        RoundDetail jury = as(s.organiser(), () -> judging.createRound(s.contestId(),
                JudgingFixtures.round(rubric.id(), "Jury final")));
        navigate("organise/evaluation/" + s.contestId());
        _setValue(_get(IntegerField.class, spec -> spec.withId("evaluation-advance-top-" + track.id())), 2);
        _click(_get(Button.class, spec -> spec.withId("evaluation-advance-button-" + track.id())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-text")).getText())
                .startsWith("The chosen number of best teams");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("1 team advanced into “Jury final”.");
        assertThat(judgingEntries.findByRoundIdOrderById(jury.id())).extracting(JudgingEntry::getTeamId)
                .containsExactly(s.teamId());

        useLocale(SupportedLocales.CHINESE);
        assertThat(_get(Button.class, spec -> spec.withId("evaluation-advance-button-" + track.id())).getText())
                .isEqualTo("让前几名晋级…");
    }

    @Test
    void thePrivateBoardShowsEachIntervalAndWhichNeighbourIsStatisticallyTiedInBothLanguages() {
        TrackView track = fixtures.evaluatedTrack(s, new TrackSettings(null, Metric.MAE, "id", "target", 0.5, 5, 2,
                false), EvaluationFixtures.csv(i -> "k" + i + "," + i));
        var rival = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, rival, s.contestId(), TeamFixtures.uniqueName());
        fixtures.submit(s, s.leader(), EvaluationFixtures.csv(i -> "k" + i + "," + (i + 2)), "predictions.csv");
        fixtures.submit(s, rival, EvaluationFixtures.csv(i -> "k" + i + "," + (i + 2)), "predictions.csv");
        fixtures.awaitEntries(s, track.id(), 2);
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));
        as(s.organiser(), () -> setup.reveal(s.contestId(), track.id()));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !anonymously(
                () -> leaderboards.leaderboard(s.slug())).boards().get(0).intervalsPending());

        signOut();
        useLocale(java.util.Locale.ENGLISH);
        navigate("contests/" + s.slug() + "/leaderboard");
        Grid<?> board = _get(Grid.class, spec -> spec.withId("private-board-" + track.id()));
        // columns: rank, change, team, score, interval, statistically, entries, last submission
        assertThat(GridKt._getFormattedRow(board, 0).subList(3, 6))
                .containsExactly("2.00", "2.00 – 2.00", "statistically tied with rank 2");
        assertThat(GridKt._getFormattedRow(board, 1).get(5)).isEqualTo("statistically tied with rank 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("intervals-" + track.id())).getText())
                .startsWith("Each private score comes with its 95 % bootstrap interval");

        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + s.slug() + "/leaderboard");
        board = _get(Grid.class, spec -> spec.withId("private-board-" + track.id()));
        assertThat(GridKt._getFormattedRow(board, 1).get(5)).isEqualTo("与第 1 名统计上无显著差异");
    }

    @Test
    void anotherOrganiserFindsNothingAndAContestWithoutTracksSaysSo() {
        signInAs(person(Role.ORGANISER));
        navigate("organise/evaluation/" + s.contestId());
        _get(NotFoundView.class);

        signOut();
        navigate("contests/" + s.slug());
        assertThat(_find(Anchor.class, spec -> spec.withId("contest-leaderboard-link"))).isEmpty();
        navigate("contests/" + s.slug() + "/leaderboard");
        assertThat(_get(Paragraph.class, spec -> spec.withText("This contest has no evaluated track."))).isNotNull();
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
