package org.opencontest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.evaluation.EvaluatedTracks;
import org.opencontest.evaluation.EvaluationFixtures;
import org.opencontest.evaluation.internal.EntryView;
import org.opencontest.evaluation.internal.EvaluationEntry;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.Leaderboard;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFileTypes;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accident-forecast demo against the real services, with stand-ins for the demo accounts (the test profile
 * loads no demo data): its prediction files are scored by the scoring jobs, both leaderboards show the three teams,
 * the history and the sample file are in the catalog for the contest, and a second load changes nothing.
 */
class EvaluationDemoDataIT extends IntegrationTest {

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    SubmissionFileTypes fileTypes;
    @Autowired
    EvaluatedTracks evaluation;
    @Autowired
    DatasetDemoData datasets;
    @Autowired
    EvaluationSetup setup;
    @Autowired
    Leaderboards leaderboards;
    @Autowired
    EvaluationFixtures fixtures;
    @Autowired
    DatasetCatalog catalog;
    @Autowired
    Clock clock;

    @Test
    void loadsAScoredAndRevealedForecastContestOnce() {
        AppPrincipal organiser = person(Role.ORGANISER);
        Map<String, AppPrincipal> accounts = Map.of(DemoAccounts.ORGANISER, organiser,
                DemoAccounts.PARTICIPANTS.get(0), person(Role.PARTICIPANT),
                DemoAccounts.PARTICIPANTS.get(1), person(Role.PARTICIPANT),
                DemoAccounts.PARTICIPANTS.get(2), person(Role.PARTICIPANT));
        EvaluationDemoData loader = new EvaluationDemoData(contests, teams, drafts, submitting, fileTypes, evaluation,
                datasets, StandInPeople.of(accounts), clock);
        loader.load();
        loader.load();

        long contestId = anonymously(() -> contests.page(EvaluationDemoData.SLUG)).id();
        List<TrackView> tracks = as(organiser, () -> setup.tracks(contestId));
        assertThat(tracks).singleElement().satisfies(track -> {
            assertThat(track.hasKey()).isTrue();
            assertThat(track.keyRows()).isEqualTo(300);
            assertThat(track.revealedAt()).isNotNull();
        });
        List<EntryView> entries = fixtures.awaitEntries(organiser, contestId, tracks.get(0).id(), 3);
        assertThat(entries).extracting(EntryView::status).containsOnly(EvaluationEntry.Status.SCORED);
        assertThat(entries).noneMatch(EntryView::late);

        Leaderboard.Board board = anonymously(() -> leaderboards.leaderboard(EvaluationDemoData.SLUG)).boards().get(0);
        assertThat(board.revealed()).isTrue();
        assertThat(board.publicRows()).extracting(Leaderboard.Row::team)
                .containsExactlyInAnyOrder("Night Owls 夜猫子", "数据骑手 Data Riders", "BetaNYC Mappers");
        assertThat(board.privateRows()).hasSize(3).allSatisfy(row -> assertThat(row.publicRank()).isNotNull());
        assertThat(board.privateRows().get(0).score()).as("MAE: the best is the lowest")
                .isLessThanOrEqualTo(board.privateRows().get(2).score());

        assertThat(as(accounts.get(DemoAccounts.PARTICIPANTS.get(0)), () -> catalog.forContest(contestId))).extracting(DatasetSummary::slug)
                .contains(DatasetDemoData.DAILY_ACCIDENTS).hasSize(2);
    }
}
