package org.opencontest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.evaluation.EvaluationFixtures.csv;
import static org.opencontest.support.Actors.person;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.TestAccounts;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.shared.security.ApiScope;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.internal.EntryView;
import org.opencontest.evaluation.internal.EvaluationEntry;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.Leaderboard;
import org.opencontest.evaluation.internal.LeaderboardRules;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evaluated tracks end to end: an organiser sets up a track with an answer key; teams submit prediction files
 * through the real submission service; the version-submitted event queues a db-scheduler job, which scores the
 * file; the public leaderboard shows public scores only, the private board appears with the reveal; a bad file fails
 * with a translated message naming the line and does not count against the daily quota.
 */
class LeaderboardIT extends IntegrationTest {

    private static final int ROWS = EvaluationFixtures.ROWS;

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    EvaluationFixtures fixtures;
    @Autowired
    RecordedMails mails;
    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    EvaluationSetup setup;
    @Autowired
    Leaderboards leaderboards;
    @Autowired
    Clock clock;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    WebApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.opencontest.evaluation.internal.EvaluatedTrackRepository trackRepository;

    Scenario s;
    TrackView track;

    @BeforeEach
    void setUp() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        track = fixtures.evaluatedTrack(s, new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 2, 4, false),
                csv(i -> "d-" + i + "," + i));
        assertThat(track.keyRows()).isEqualTo(ROWS);
        assertThat(track.keyPublicRows()).isBetween(5L, 35L);
    }

    @Test
    void scoresAppearAndThePrivateBoardStaysHiddenUntilTheReveal() {
        AppPrincipal rivalLeader = person(Role.PARTICIPANT);
        long rivalTeam = TeamFixtures.register(teams, contests, rivalLeader, s.contestId(), TeamFixtures.uniqueName())
                .teamId();
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 1)), "predictions.csv");
        submit(rivalLeader, csv(i -> "d-" + i + "," + (i + 0.5)), "predictions.csv");
        List<EntryView> scored = awaitEntries(2);
        assertThat(scored).extracting(EntryView::status).containsOnly(EvaluationEntry.Status.SCORED);
        // the organisers see both sides; every prediction is off by 1 (team) or 0.5 (rival) on either side
        assertThat(scored).filteredOn(entry -> entry.teamId() == s.teamId())
                .extracting(EntryView::publicScore, EntryView::privateScore).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1.0, 1.0));

        Leaderboard visitor = anonymously(() -> leaderboards.leaderboard(s.slug()));
        Leaderboard.Board board = visitor.boards().get(0);
        assertThat(board.revealed()).isFalse();
        assertThat(board.privateRows()).isEmpty();
        assertThat(board.mine()).isEmpty();
        assertThat(board.publicRows()).extracting(Leaderboard.Row::rank, Leaderboard.Row::score,
                Leaderboard.Row::entries).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0.5, 1),
                org.assertj.core.groups.Tuple.tuple(2, 1.0, 1));
        assertThat(board.publicRows().get(1).team()).isNotNull().isNotEqualTo(board.publicRows().get(0).team());

        // the team sees its own entry and its public score, never its private score before the reveal
        Leaderboard.Board mine = as(s.leader(), () -> leaderboards.leaderboard(s.slug())).boards().get(0);
        assertThat(mine.mine()).singleElement().satisfies(entry -> {
            assertThat(entry.publicScore()).isEqualTo(1.0);
            assertThat(entry.privateScore()).isNull();
        });
        assertThat(mine.publicRows()).filteredOn(Leaderboard.Row::mine).extracting(Leaderboard.Row::rank)
                .containsExactly(2);

        assertThatThrownBy(() -> as(s.organiser(), () -> setup.reveal(s.contestId(), track.id())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("evaluation.reveal.error.open");
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));
        as(s.organiser(), () -> setup.reveal(s.contestId(), track.id()));

        Leaderboard.Board revealed = anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0);
        assertThat(revealed.revealed()).isTrue();
        assertThat(revealed.privateRows()).extracting(Leaderboard.Row::rank, Leaderboard.Row::score,
                Leaderboard.Row::publicRank).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0.5, 1),
                org.assertj.core.groups.Tuple.tuple(2, 1.0, 2));
        assertThat(as(s.leader(), () -> leaderboards.leaderboard(s.slug())).boards().get(0).mine())
                .singleElement().extracting(EntryView::privateScore).isEqualTo(1.0);

        // a blind track hides other teams' names from everyone but shows each team its own; the reveal's interval
        // job writes the track too, so the organiser edits it after that job (or meets its version)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> !anonymously(
                () -> leaderboards.leaderboard(s.slug())).boards().get(0).intervalsPending());
        TrackView current = as(s.organiser(), () -> setup.tracks(s.contestId())).get(0);
        as(s.organiser(), () -> setup.save(s.contestId(), current.id(), current.version(),
                new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 2, 4, true)));
        assertThat(anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0).publicRows())
                .extracting(Leaderboard.Row::team).containsOnlyNulls();
        assertThat(as(rivalLeader, () -> leaderboards.leaderboard(s.slug())).boards().get(0).publicRows())
                .filteredOn(row -> row.team() != null).singleElement().satisfies(row -> {
                    assertThat(row.mine()).isTrue();
                    assertThat(row.rank()).isEqualTo(1);
                });
        assertThat(rivalTeam).isNotEqualTo(s.teamId());
    }

    @Test
    void aBadFileFailsWithTheLineNamedAndDoesNotCountAgainstTheDailyQuota() {
        submit(s.leader(), csv(i -> "d-" + i + "," + i), "v1.csv");
        assertThat(awaitEntries(1).get(0).status()).isEqualTo(EvaluationEntry.Status.SCORED);

        String duplicated = "id,target\nd-1,1\nd-1,1\n";
        submit(s.leader(), duplicated.getBytes(StandardCharsets.UTF_8), "v2.csv");
        EntryView failed = awaitEntries(2).get(0);
        assertThat(failed.status()).isEqualTo(EvaluationEntry.Status.FAILED);
        assertThat(failed.publicScore()).isNull();
        assertThat(failed.error().en()).startsWith("Line 3: id d-1 appears twice (first on line 2).")
                .contains("39 ids are missing, for example d-2.");
        assertThat(failed.error().zh()).startsWith("第 3 行：id d-1 出现了两次（首次在第 2 行）。");
        // every member gets a notice in their language: the public score, or what was wrong
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mails.to(s.member().email(), "evaluation.scored")).singleElement()
                    .satisfies(mail -> assertThat(mail.model()).containsEntry("score", "0.0000")
                            .containsEntry("version", "1"));
            assertThat(mails.to(s.leader().email(), "evaluation.failed")).singleElement()
                    .satisfies(mail -> assertThat(mail.model().get("note"))
                            .startsWith("Line 3: id d-1 appears twice (first on line 2)."));
        });
        // the team reads the same on its leaderboard page
        assertThat(as(s.leader(), () -> leaderboards.leaderboard(s.slug())).boards().get(0).mine())
                .extracting(EntryView::status).containsExactly(EvaluationEntry.Status.FAILED,
                        EvaluationEntry.Status.SCORED);

        // quota 2 per day: the failed file did not count, so a third valid file is scored, a fourth is not
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 2)), "v3.csv");
        assertThat(awaitEntries(3).get(0).status()).isEqualTo(EvaluationEntry.Status.SCORED);
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 3)), "v4.csv");
        EntryView overQuota = awaitEntries(4).get(0);
        assertThat(overQuota.status()).isEqualTo(EvaluationEntry.Status.FAILED);
        assertThat(overQuota.error().en()).contains("today’s limit of 2 scored submissions");

        // the best public score ranks the team; the leaderboard counts its scored entries
        Leaderboard.Row row = anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0).publicRows().get(0);
        assertThat(row.score()).isEqualTo(0.0);
        assertThat(row.entries()).isEqualTo(2);
    }

    @Test
    void theSampleSubmissionListsEveryIdWithoutAnswersAndPassesTheChecks() {
        java.io.ByteArrayOutputStream sample = new java.io.ByteArrayOutputStream();
        anonymously(() -> {
            leaderboards.sampleSubmission(s.slug(), track.id(), sample);
            return null;
        });
        List<String> lines = sample.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(ROWS + 1).first().isEqualTo("id,target");
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.matches("d-\\d+,0"));
        assertThat(lines).contains("d-1,0", "d-40,0");

        submit(s.leader(), sample.toByteArray(), "sample.csv");
        EntryView scored = awaitEntries(1).get(0);
        assertThat(scored.status()).isEqualTo(EvaluationEntry.Status.SCORED);
        assertThat(scored.publicScore()).isGreaterThan(1.0);
    }

    @Test
    void theApiAnswersWithWhatThePageShowsAndNeedsAToken() throws Exception {
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 1)), "predictions.csv");
        awaitEntries(1);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        AppPrincipal reader = accounts.create(Role.PARTICIPANT);
        String token = as(reader, () -> tokens.create(new NewApiToken("t " + UUID.randomUUID(),
                EnumSet.of(ApiScope.CONTESTS_READ), 30))).secret();
        String url = "/api/v1/contests/" + s.slug() + "/leaderboard";

        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contest").value(s.slug()))
                .andExpect(jsonPath("$.tracks[0].metric").value("RMSE"))
                .andExpect(jsonPath("$.tracks[0].higherIsBetter").value(false))
                .andExpect(jsonPath("$.tracks[0].revealed").value(false))
                .andExpect(jsonPath("$.tracks[0].publicBoard[0].rank").value(1))
                .andExpect(jsonPath("$.tracks[0].publicBoard[0].score").value(1.0))
                .andExpect(jsonPath("$.tracks[0].publicBoard[0].mine").value(false))
                .andExpect(jsonPath("$.tracks[0].privateBoard").doesNotExist());
        // a visitor reads the JSON as they read the page; only reading is public, and a token sent must be valid
        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(jsonPath("$.tracks[0].publicBoard[0].score").value(1.0))
                .andExpect(jsonPath("$.tracks[0].publicBoard[0].mine").value(false))
                .andExpect(jsonPath("$.tracks[0].privateBoard").doesNotExist());
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, "Bearer oc_not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(url)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/contests/no-such-contest-" + UUID.randomUUID() + "/leaderboard")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isNotFound());
    }

    @Test
    void aSubmissionBeforeTheAnswerKeyWaitsAndIsScoredWhenTheKeyArrives() throws Exception {
        Scenario early = SubmissionFixtures.scenario(contests, teams, clock.instant());
        TrackView waiting = fixtures.evaluatedTrack(early, new TrackSettings(null, Metric.MAE, "id", "target", 0.5, 2,
                4, false), null);
        fixtures.submit(early, early.leader(), csv(i -> "d-" + i + "," + (i + 3)), "early.csv");
        List<EntryView> queued = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                as(early.organiser(), () -> setup.entries(early.contestId(), waiting.id())),
                entries -> entries.size() == 1);
        // its job has run (db-scheduler drops a one-time job once it is done), and the entry still waits, neither
        // failed nor scored: no waiting on the clock for "several polls later"
        TaskInstanceId job = TaskInstanceId.of("evaluation-score", Long.toString(queued.get(0).id()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> scheduler.getScheduledExecution(job).isEmpty());
        assertThat(as(early.organiser(), () -> setup.entries(early.contestId(), waiting.id())))
                .singleElement().extracting(EntryView::status).isEqualTo(EvaluationEntry.Status.QUEUED);

        as(early.organiser(), () -> setup.uploadAnswerKey(early.contestId(), waiting.id(),
                new ByteArrayInputStream(csv(i -> "d-" + i + "," + i)), "answers.csv"));
        EntryView scored = fixtures.awaitEntries(early, waiting.id(), 1).get(0);
        assertThat(scored.status()).isEqualTo(EvaluationEntry.Status.SCORED);
        assertThat(scored.publicScore()).isEqualTo(3.0);
    }

    @Test
    void aLateEntryIsScoredButNotRanked() {
        SubmissionFixtures.describe(drafts, s.leader(), s.contestId(), "Predictions", "预测");
        as(s.leader(), () -> drafts.upload(s.contestId(), new ByteArrayInputStream(csv(i -> "d-" + i + "," + i)),
                "late.csv", clock.instant()));
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(60));
        as(s.organiser(), () -> {
            SubmissionRules rules = administration.rules(s.contestId());
            return administration.saveRules(s.contestId(), new SubmissionRules(rules.allowedTypes(),
                    rules.maxFileBytes(), rules.maxPackageBytes(), rules.maxFiles(), rules.quotaPerDay(),
                    rules.quotaTotal(), LatePolicy.ACCEPT_FLAGGED, Duration.ZERO, rules.version()));
        });
        as(s.leader(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));

        EntryView late = awaitEntries(1).get(0);
        assertThat(late.late()).isTrue();
        assertThat(late.status()).isEqualTo(EvaluationEntry.Status.SCORED);
        assertThat(late.publicScore()).isEqualTo(0.0);
        Leaderboard.Board board = as(s.leader(), () -> leaderboards.leaderboard(s.slug())).boards().get(0);
        assertThat(board.publicRows()).isEmpty();
        assertThat(board.mine()).singleElement().extracting(EntryView::late).isEqualTo(true);
    }

    @Test
    void aTeamPicksItsFinalSelectionsUpToTheLimitBeforeTheDeadline() {
        AppPrincipal rivalLeader = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, rivalLeader, s.contestId(), TeamFixtures.uniqueName());
        TrackView current = as(s.organiser(), () -> setup.tracks(s.contestId())).get(0);
        as(s.organiser(), () -> setup.saveRules(s.contestId(), current.id(), current.version(),
                new LeaderboardRules(1, null)));
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 1)), "worse.csv");
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 0.5)), "better.csv");
        List<EntryView> scored = awaitEntries(2);
        EntryView worse = scored.stream().filter(entry -> entry.publicScore() == 1.0).findFirst().orElseThrow();
        EntryView better = scored.stream().filter(entry -> entry.publicScore() == 0.5).findFirst().orElseThrow();

        // another team cannot touch the team's picks
        assertThatThrownBy(() -> as(rivalLeader, () -> leaderboards.select(s.slug(), worse.id(), true)))
                .isInstanceOf(org.opencontest.shared.error.NotFoundException.class);
        assertThat(as(s.leader(), () -> leaderboards.select(s.slug(), worse.id(), true)).selected()).isTrue();
        assertThatThrownBy(() -> as(s.leader(), () -> leaderboards.select(s.slug(), better.id(), true)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("evaluation.select.error.limit");
        Leaderboard.Board mine = as(s.leader(), () -> leaderboards.leaderboard(s.slug())).boards().get(0);
        assertThat(mine.finalSelections()).isEqualTo(1);
        assertThat(mine.selectionOpen()).isTrue();
        assertThat(mine.mine()).filteredOn(EntryView::selected).extracting(EntryView::id).containsExactly(worse.id());

        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));
        assertThatThrownBy(() -> as(s.leader(), () -> leaderboards.select(s.slug(), worse.id(), false)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("evaluation.select.error.closed");
        as(s.organiser(), () -> setup.reveal(s.contestId(), track.id()));
        // the pick counts on the private board, not the better public entry
        assertThat(anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0).privateRows())
                .singleElement().extracting(Leaderboard.Row::score).isEqualTo(1.0);
    }

    @Test
    void afterTheFreezeOthersSeeTheBoardAsItStoodWhileTheTeamSeesItsNewScores() {
        AppPrincipal rivalLeader = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, rivalLeader, s.contestId(), TeamFixtures.uniqueName());
        TrackView current = as(s.organiser(), () -> setup.tracks(s.contestId())).get(0);
        assertThatThrownBy(() -> as(s.organiser(), () -> setup.saveRules(s.contestId(), current.id(),
                current.version(), new LeaderboardRules(2, clock.instant().plus(Duration.ofDays(30))))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("evaluation.rules.error.freeze");
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 1)), "before.csv");
        submit(rivalLeader, csv(i -> "d-" + i + "," + (i + 0.75)), "rival.csv");
        awaitEntries(2);
        assertThat(anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0).frozenSince()).isNull();

        // frozen from now on (a freeze may also be set after its instant: it hides what came since)
        java.time.Instant freeze = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        as(s.organiser(), () -> setup.saveRules(s.contestId(), current.id(), current.version(),
                new LeaderboardRules(2, freeze)));
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + 0.5)), "after.csv");
        awaitEntries(3);
        Leaderboard.Board visitor = anonymously(() -> leaderboards.leaderboard(s.slug())).boards().get(0);
        assertThat(visitor.frozenSince()).isEqualTo(freeze);
        assertThat(visitor.publicRows()).extracting(Leaderboard.Row::score, Leaderboard.Row::entries)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.75, 1), org.assertj.core.groups.Tuple.tuple(1.0, 1));
        assertThat(as(rivalLeader, () -> leaderboards.leaderboard(s.slug())).boards().get(0).publicRows())
                .filteredOn(row -> !row.mine()).singleElement().extracting(Leaderboard.Row::score).isEqualTo(1.0);
        Leaderboard.Board team = as(s.leader(), () -> leaderboards.leaderboard(s.slug())).boards().get(0);
        assertThat(team.publicRows()).filteredOn(Leaderboard.Row::mine).singleElement().satisfies(row -> {
            assertThat(row.score()).isEqualTo(0.5);
            assertThat(row.rank()).isEqualTo(1);
        });
    }

    @Test
    void theAnswerKeyIsCheckedBeforeItIsKeptAndTheSettingsAreFixedOnceItIs() {
        assertThatThrownBy(() -> as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), track.id(),
                new ByteArrayInputStream("id,target\nx,1\nx,2\n".getBytes(StandardCharsets.UTF_8)), "bad.csv")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("evaluation.key.duplicate");
        TrackView kept = as(s.organiser(), () -> setup.tracks(s.contestId())).get(0);
        assertThat(kept.keyName()).isEqualTo("answers.csv");
        assertThat(kept.keyRows()).isEqualTo(ROWS);
        assertThatThrownBy(() -> as(s.organiser(), () -> setup.save(s.contestId(), kept.id(), kept.version(),
                new TrackSettings(null, Metric.MAE, "id", "target", 0.5, 2, 4, false))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("evaluation.settings.error.fixed");
        // nobody else reaches the set-up
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> setup.tracks(s.contestId())))
                .isInstanceOf(org.opencontest.shared.error.NotFoundException.class);
    }

    @Test
    void theSplitIsStoredAtTheUploadAndTheJobScoresEachRowOnItsSide() {
        org.opencontest.evaluation.internal.PublicSplit split = trackRepository.findById(track.id()).orElseThrow()
                .split();
        String keyObject = trackRepository.findById(track.id()).orElseThrow().getKeyObject();
        java.util.Map<String, Object> stored = jdbc.sql("SELECT key_object, key_rows, public_rows FROM"
                + " evaluation_key_split WHERE evaluated_track_id = ?").param(track.id()).query().singleRow();
        assertThat(stored.get("key_object")).isEqualTo(keyObject);
        assertThat(((Number) stored.get("key_rows")).intValue()).isEqualTo(ROWS);
        java.util.BitSet publicRows = java.util.BitSet.valueOf((byte[]) stored.get("public_rows"));
        double publicSquares = 0;
        double privateSquares = 0;
        for (int i = 1; i <= ROWS; i++) {
            // the key's rows are d-1 … d-40: row i - 1
            boolean isPublic = split.isPublic("d-" + i);
            assertThat(publicRows.get(i - 1)).as("d-%d", i).isEqualTo(isPublic);
            // errors 0, 1, 2 by row: the two sides' scores differ unless each row is counted where it belongs
            double error = i % 3;
            if (isPublic) {
                publicSquares += error * error;
            } else {
                privateSquares += error * error;
            }
        }
        int publicCount = publicRows.cardinality();
        assertThat((long) publicCount).isEqualTo(track.keyPublicRows());
        submit(s.leader(), csv(i -> "d-" + i + "," + (i + i % 3)), "predictions.csv");
        EntryView scored = awaitEntries(1).get(0);
        assertThat(scored.status()).isEqualTo(EvaluationEntry.Status.SCORED);
        assertThat(scored.publicScore()).isEqualTo(rounded(Math.sqrt(publicSquares / publicCount)));
        assertThat(scored.privateScore()).isEqualTo(rounded(Math.sqrt(privateSquares / (ROWS - publicCount))));
    }

    private static double rounded(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    private void submit(AppPrincipal who, byte[] content, String name) {
        fixtures.submit(s, who, content, name);
    }

    private List<EntryView> awaitEntries(int count) {
        return fixtures.awaitEntries(s, track.id(), count);
    }
}
