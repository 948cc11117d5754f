package org.opencontest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.evaluation.EvaluationFixtures.csv;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.JuryAdvancement;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.judging.JudgingFixtures;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.internal.JudgingEntry;
import org.opencontest.judging.internal.JudgingEntryRepository;
import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.internal.LogVerification;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The top of a revealed private leaderboard advances into a jury round of the same contest: the deciding versions
 * become the round's entries, the decision is in the judging log's hash chain, and only after the reveal.
 */
class JuryAdvancementIT extends IntegrationTest {

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    EvaluationFixtures fixtures;
    @Autowired
    EvaluationSetup setup;
    @Autowired
    JuryAdvancement advancement;
    @Autowired
    JudgingSetup judging;
    @Autowired
    JudgingEntryRepository judgingEntries;
    @Autowired
    JudgingLog judgingLog;
    @Autowired
    Clock clock;

    @Test
    void theTopTeamsOfThePrivateRankingBecomeEntriesOfTheJuryRoundOnceAndInTheLog() {
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        TrackView track = fixtures.evaluatedTrack(s,
                new TrackSettings(null, Metric.MAE, "id", "target", 0.5, 5, 4, false), csv(i -> "d-" + i + "," + i));
        AppPrincipal second = person(Role.PARTICIPANT);
        AppPrincipal third = person(Role.PARTICIPANT);
        long secondTeam = TeamFixtures.register(teams, contests, second, s.contestId(), TeamFixtures.uniqueName())
                .teamId();
        TeamFixtures.register(teams, contests, third, s.contestId(), TeamFixtures.uniqueName());
        fixtures.submit(s, s.leader(), csv(i -> "d-" + i + "," + i), "predictions.csv");
        fixtures.submit(s, second, csv(i -> "d-" + i + "," + (i + 1)), "predictions.csv");
        fixtures.submit(s, third, csv(i -> "d-" + i + "," + (i + 2)), "predictions.csv");
        fixtures.awaitEntries(s, track.id(), 3);
        RubricDetail rubric = as(s.organiser(), () -> judging.createRubric(s.contestId(), JudgingFixtures.rubric()));
        RoundDetail jury = as(s.organiser(), () -> judging.createRound(s.contestId(),
                JudgingFixtures.round(rubric.id(), "Jury final")));
        assertThat(as(s.organiser(), () -> advancement.juryRounds(s.contestId()))).extracting(RoundDetail::id)
                .containsExactly(jury.id());

        assertRefused(s.organiser(), () -> advancement.advance(s.contestId(), track.id(), jury.id(), 2),
                "evaluation.advance.error.notRevealed");
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));
        as(s.organiser(), () -> setup.reveal(s.contestId(), track.id()));
        assertRefused(s.organiser(), () -> advancement.advance(s.contestId(), track.id(), jury.id(), 0),
                "evaluation.advance.error.top");
        assertThatThrownBy(() -> as(s.leader(), () -> advancement.advance(s.contestId(), track.id(), jury.id(), 2)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(person(Role.ORGANISER),
                () -> advancement.advance(s.contestId(), track.id(), jury.id(), 2)))
                .isInstanceOf(NotFoundException.class);
        int logBefore = as(s.organiser(), () -> judgingLog.verify(s.contestId())).checked();

        assertThat(as(s.organiser(), () -> advancement.advance(s.contestId(), track.id(), jury.id(), 2)))
                .isEqualTo(2);

        List<JudgingEntry> entries = judgingEntries.findByRoundIdOrderById(jury.id());
        assertThat(entries).extracting(JudgingEntry::getTeamId).containsExactly(s.teamId(), secondTeam);
        LogVerification log = as(s.organiser(), () -> judgingLog.verify(s.contestId()));
        assertThat(log.intact()).isTrue();
        assertThat(log.checked()).isEqualTo(logBefore + 1);

        // again, with a larger top: only the team that was missing joins
        as(s.organiser(), () -> advancement.advance(s.contestId(), track.id(), jury.id(), 3));
        assertThat(judgingEntries.findByRoundIdOrderById(jury.id())).hasSize(3);
    }
}
