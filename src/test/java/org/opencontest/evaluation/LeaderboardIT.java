package org.opencontest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.internal.EntryView;
import org.opencontest.evaluation.internal.EvaluationEntry;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.Leaderboard;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
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

    private static final Duration SCORING_TIMEOUT = Duration.ofSeconds(60);
    private static final int ROWS = 40;

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
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

    Scenario s;
    TrackView track;

    @BeforeEach
    void setUp() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.organiser(), () -> {
            SubmissionRules rules = administration.rules(s.contestId());
            return administration.saveRules(s.contestId(), new SubmissionRules(Set.of("text/csv", "text/plain"),
                    rules.maxFileBytes(), rules.maxPackageBytes(), rules.maxFiles(), rules.quotaPerDay(),
                    rules.quotaTotal(), rules.latePolicy(), rules.grace(), rules.version()));
        });
        TrackView created = as(s.organiser(), () -> setup.save(s.contestId(), null, 0,
                new TrackSettings(null, Metric.RMSE, "id", "target", 0.5, 2, 4, false)));
        track = as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), created.id(),
                new ByteArrayInputStream(csv(i -> "d-" + i + "," + i)), "answers.csv"));
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

        // a blind track hides other teams' names from everyone but shows each team its own
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

    private void submit(AppPrincipal who, byte[] content, String name) {
        as(who, () -> {
            PackageState state = drafts.myPackage(s.contestId());
            state.files().forEach(file -> drafts.removeFile(s.contestId(), file.id()));
            return null;
        });
        SubmissionFixtures.describe(drafts, who, s.contestId(), "Predictions", "预测");
        as(who, () -> drafts.upload(s.contestId(), new ByteArrayInputStream(content), name, clock.instant()));
        as(who, () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
    }

    /** Waits until the track has {@code count} entries, none queued or running; newest first. */
    private List<EntryView> awaitEntries(int count) {
        Instant until = Instant.now().plus(SCORING_TIMEOUT);
        while (true) {
            List<EntryView> entries = as(s.organiser(), () -> setup.entries(s.contestId(), track.id()));
            boolean done = entries.size() == count && entries.stream().noneMatch(entry ->
                    entry.status() == EvaluationEntry.Status.QUEUED || entry.status() == EvaluationEntry.Status.RUNNING);
            if (done) {
                return entries;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Scoring did not finish in " + SCORING_TIMEOUT + ": " + entries);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static byte[] csv(IntFunction<String> row) {
        StringBuilder text = new StringBuilder("id,target\n");
        for (int i = 1; i <= ROWS; i++) {
            text.append(row.apply(i)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
