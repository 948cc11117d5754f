package org.opencontest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencontest.evaluation.EvaluationFixtures.csv;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.Leaderboard;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The bootstrap intervals of the private leaderboard on the real path: three teams' files scored by the job queue,
 * the reveal queues the interval job, which streams the deciding files from the object store and stores each
 * interval and tie; the board and its JSON show them, the same on every view. The answer key is {@code i} for id
 * {@code d-i}: two teams are off by exactly 1 on every row (identical files: tied), the third by 2 or 4 (clearly
 * worse: not tied).
 */
class PrivateIntervalsIT extends IntegrationTest {

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    EvaluationFixtures fixtures;
    @Autowired
    EvaluationSetup setup;
    @Autowired
    Leaderboards leaderboards;
    @Autowired
    Clock clock;
    @Autowired
    WebApplicationContext context;

    @Test
    void identicalFilesAreTiedAClearlyWorseOneIsNotAndTheIntervalsStayTheSame() throws Exception {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        TrackView track = fixtures.evaluatedTrack(s, new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 2, 4,
                false), csv(i -> "d-" + i + "," + i));
        AppPrincipal second = person(Role.PARTICIPANT);
        AppPrincipal third = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, second, s.contestId(), TeamFixtures.uniqueName());
        TeamFixtures.register(teams, contests, third, s.contestId(), TeamFixtures.uniqueName());
        fixtures.submit(s, s.leader(), csv(i -> "d-" + i + "," + (i + 1)), "predictions.csv");
        fixtures.submit(s, second, csv(i -> "d-" + i + "," + (i + 1)), "predictions.csv");
        fixtures.submit(s, third, csv(i -> "d-" + i + "," + (i + (i % 2 == 0 ? 2 : 4))), "predictions.csv");
        fixtures.awaitEntries(s, track.id(), 3);
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));

        as(s.organiser(), () -> setup.reveal(s.contestId(), track.id()));
        Leaderboard.Board board = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0),
                        revealed -> !revealed.intervalsPending());

        List<Leaderboard.Row> rows = board.privateRows();
        // equal scores: the earlier submission ranks first; an error of exactly 1 on every row leaves every resample
        // at RMSE 1 and every paired difference at 0
        assertThat(rows).extracting(Leaderboard.Row::rank, Leaderboard.Row::score, Leaderboard.Row::low,
                Leaderboard.Row::high, Leaderboard.Row::tiedWith).startsWith(
                tuple(1, 1.0, 1.0, 1.0, List.of(2)),
                tuple(2, 1.0, 1.0, 1.0, List.of(1)));
        // errors 2 and 4: each resample's RMSE lies between 2 and 4, always above 1
        Leaderboard.Row worst = rows.get(2);
        assertThat(worst.rank()).isEqualTo(3);
        assertThat(worst.tiedWith()).isEmpty();
        assertThat(worst.low()).isBetween(2.0, worst.score());
        assertThat(worst.high()).isBetween(worst.score(), 4.0).isGreaterThan(worst.low());
        // stored, not recomputed: the next view shows the same
        assertThat(anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0).privateRows())
                .isEqualTo(rows);
        // the public board carries no interval
        assertThat(board.publicRows()).allSatisfy(row -> {
            assertThat(row.low()).isNull();
            assertThat(row.tiedWith()).isEmpty();
        });

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/api/v1/contests/" + s.slug() + "/leaderboard")).andExpect(status().isOk())
                .andExpect(jsonPath("$.tracks[0].intervalsPending").value(false))
                .andExpect(jsonPath("$.tracks[0].privateBoard[0].low").value(1.0))
                .andExpect(jsonPath("$.tracks[0].privateBoard[0].high").value(1.0))
                .andExpect(jsonPath("$.tracks[0].privateBoard[0].tiedWith[0]").value(2))
                .andExpect(jsonPath("$.tracks[0].privateBoard[1].tiedWith[0]").value(1))
                .andExpect(jsonPath("$.tracks[0].privateBoard[2].tiedWith").isEmpty())
                .andExpect(jsonPath("$.tracks[0].privateBoard[2].low").value(worst.low()))
                .andExpect(jsonPath("$.tracks[0].publicBoard[0].tiedWith").isEmpty());
    }
}
