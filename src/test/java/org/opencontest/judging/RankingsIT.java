package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.FeedbackReport;
import org.opencontest.judging.internal.RankedEntry;
import org.opencontest.judging.internal.Ranking;
import org.opencontest.judging.internal.RankingKey;
import org.opencontest.judging.internal.RankingSettings;
import org.opencontest.judging.internal.SheetScore;
import org.opencontest.judging.internal.TeamFeedback;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rankings read from real sheets in PostgreSQL, tie decisions, advancement into the final, and each team's feedback
 * after publication. Four entries, three judges who each score all of them:
 * Entry 1 is everyone's favourite, Entries 2 and 3 get identical sheets (a tie nothing separates), Entry 4 is last.
 */
class RankingsIT extends IntegrationTest {

    @Autowired ScoringFixtures fixtures;
    @Autowired JudgeAssignments assignments;
    @Autowired JudgeScoring scoring;
    @Autowired JudgingSetup setup;
    @Autowired Rankings rankings;
    @Autowired ResultsDesk desk;
    @Autowired TeamFeedback feedback;
    @Autowired ContestService contests;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    /** innovation (1–3, weight 2) and data (0–10, weight 1) per entry title, the same from every judge. */
    private static final Map<String, int[]> MARKS = Map.of("Entry 1", new int[] {3, 10}, "Entry 2", new int[] {2, 5},
            "Entry 3", new int[] {2, 5}, "Entry 4", new int[] {1, 0});

    @Test
    void rankingFromSheetsTiesAdvancementAndFeedback() {
        Judging j = fixtures.judging(clock.instant(), 4, 3, true, 3, 10);
        RoundDetail preliminary = j.round();
        RoundInput first = preliminary.input();
        as(j.organiser(), () -> setup.updateRound(preliminary.id(), preliminary.version(), new RoundInput(
                first.name(), first.rubricId(), first.blind(), first.judgesPerEntry(), 2, null, first.aggregation(),
                null)));
        RoundDetail finalRound = as(j.organiser(), () -> setup.createRound(j.contestId(), new RoundInput(
                new LocalizedText("Final", "决赛"), first.rubricId(), false, 3, null, null,
                first.aggregation(), null)));
        as(j.organiser(), () -> assignments.assign(preliminary.id()));

        List<SheetScore> expected = new ArrayList<>();
        for (JudgeActor judge : j.judges()) {
            for (Map.Entry<String, int[]> marks : MARKS.entrySet()) {
                double score = ResultsFixtures.score(scoring, judge.principal(), preliminary.id(), marks.getKey(),
                        marks.getValue()[0], marks.getValue()[1], "To the team of " + marks.getKey(),
                        "PRIVATE " + judge.detail().id());
                expected.add(new SheetScore(judge.detail().id(), titleNumber(marks.getKey()), score));
            }
        }

        RankingReport report = as(j.organiser(), () -> rankings.report(preliminary.id()));
        Map<String, RankingRow> byTitle = report.rows().stream()
                .collect(Collectors.toMap(row -> row.title().en(), Function.identity()));
        // the same maths on the sheets as entered (entry ids stood in by title numbers) gives the same figures
        Map<Long, RankedEntry> maths = Ranking.compute(expected, RankingSettings.defaults(), List.of()).entries()
                .stream().collect(Collectors.toMap(RankedEntry::entryId, Function.identity()));
        for (RankingRow row : report.rows()) {
            RankedEntry same = maths.get((long) titleNumber(row.title().en()));
            assertThat(row.rank()).isEqualTo(same.rank());
            assertThat(row.rawScore()).isCloseTo(same.rawScore(), within(1e-9));
            assertThat(row.normalisedScore()).isCloseTo(same.normalisedScore(), within(1e-9));
            assertThat(row.sheets()).isEqualTo(3);
        }
        assertThat(byTitle.get("Entry 1").rawScore()).isCloseTo(100, within(1e-9));
        assertThat(byTitle.get("Entry 2").rawScore()).isCloseTo(50, within(1e-9));
        assertThat(byTitle.get("Entry 1").topShare()).isEqualTo(1.0);
        assertThat(report.winnersKey()).isEqualTo("judging.ranking.winners.same");
        assertThat(report.judges()).hasSize(3).allSatisfy(judge -> {
            assertThat(judge.sheets()).isEqualTo(4);
            assertThat(judge.statusKey()).isEqualTo("judging.calibration.NORMALISED");
        });
        long two = byTitle.get("Entry 2").entryId();
        long three = byTitle.get("Entry 3").entryId();
        assertThat(report.openTies()).containsExactly(List.of(two, three));

        assertRefused(j.organiser(), () -> rankings.decideTie(preliminary.id(), List.of(three, two), " "),
                "judging.tie.error.reasonRequired");
        assertRefused(j.organiser(), () -> rankings.decideTie(preliminary.id(),
                List.of(byTitle.get("Entry 1").entryId(), two), "not a tie"), "judging.results.tie.error.notTied");
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> rankings.report(preliminary.id())))
                .isInstanceOf(NotFoundException.class);
        RankingReport decided = as(j.organiser(), () -> rankings.decideTie(preliminary.id(), List.of(three, two),
                "Entry 3 documents its data better"));
        assertThat(decided.openTies()).isEmpty();
        assertThat(decided.rows()).extracting(row -> row.title().en())
                .containsExactly("Entry 1", "Entry 3", "Entry 2", "Entry 4");
        assertThat(decided.rows().get(2).separatedBy()).isEqualTo(RankingKey.ORGANISER_DECISION);
        assertThat(decided.rows().get(2).organiserReason()).isEqualTo("Entry 3 documents its data better");

        RankingReport advanced = as(j.organiser(), () -> rankings.advance(preliminary.id()));
        assertThat(advanced.rows()).filteredOn(RankingRow::advanced).extracting(row -> row.title().en())
                .containsExactly("Entry 1", "Entry 3");
        assertThat(jdbc.queryForList("SELECT advanced_from_entry_id FROM judging_entry WHERE round_id = ? "
                + "ORDER BY advanced_from_entry_id", Long.class, finalRound.id()))
                .containsExactlyInAnyOrder(byTitle.get("Entry 1").entryId(), three);
        as(j.organiser(), () -> rankings.advance(preliminary.id()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM judging_entry WHERE round_id = ?", Integer.class,
                finalRound.id())).as("advancing again adds nothing").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT kind FROM judging_log WHERE contest_id = ? AND kind IN "
                + "('TIE_DECISION', 'ADVANCEMENT') ORDER BY sequence", String.class, j.contestId()))
                .containsExactly("TIE_DECISION", "ADVANCEMENT", "ADVANCEMENT");

        // the final: earlier scores stay visible to the organiser
        as(j.organiser(), () -> assignments.assign(finalRound.id()));
        for (JudgeActor judge : j.judges()) {
            for (String title : List.of("Entry 1", "Entry 3")) {
                ResultsFixtures.score(scoring, judge.principal(), finalRound.id(), title, 3, 8, "Final words",
                        "PRIVATE final");
            }
        }
        RankingReport finals = as(j.organiser(), () -> rankings.report(finalRound.id()));
        assertThat(finals.earlierRounds()).hasSize(1);
        assertThat(finals.rows()).allSatisfy(row -> assertThat(row.earlierScores().get(0)).isNotNull());
        assertThat(finals.rows().get(0).earlierScores().get(0))
                .isCloseTo(byTitle.get(finals.rows().get(0).title().en()).score(), within(1e-9));
        assertThat(finals.nextRound()).isNull();

        // feedback: only after publication, only the own team's, comments to the team and never private notes
        AppPrincipal firstLeader = j.leaders().get(0);
        assertThat(as(firstLeader, () -> feedback.myFeedback(contestSlug(j))).published()).isFalse();
        ResultsFixtures.resultsPhaseIn(contests, j.organiser(), j.contestId(), clock.instant(), Duration.ofHours(-1));
        as(j.organiser(), () -> desk.publish(j.contestId()));
        FeedbackReport own = as(firstLeader, () -> feedback.myFeedback(contestSlug(j)));
        assertThat(own.scoresShown()).isFalse();
        assertThat(own.rounds()).hasSize(2);
        assertThat(own.rounds().get(0).sheets()).hasSize(3).allSatisfy(sheet -> {
            assertThat(sheet.teamComment()).isEqualTo("To the team of Entry 1");
            assertThat(sheet.score()).isNull();
        });
        assertThat(own.toString()).doesNotContain("PRIVATE").doesNotContain(j.judges().get(0).principal().email());
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> feedback.myFeedback(contestSlug(j))))
                .isInstanceOf(NotFoundException.class);
        ResultsState state = as(j.organiser(), () -> desk.state(j.contestId()));
        as(j.organiser(), () -> desk.showScoresToTeams(j.contestId(), state.version(), true));
        FeedbackReport withScores = as(j.leaders().get(3), () -> feedback.myFeedback(contestSlug(j)));
        assertThat(withScores.rounds()).singleElement().satisfies(round -> {
            assertThat(round.score()).isCloseTo(0, within(1e-9));
            assertThat(round.sheets()).allSatisfy(sheet -> assertThat(sheet.teamComment())
                    .isEqualTo("To the team of Entry 4"));
        });
    }

    private String contestSlug(Judging j) {
        return as(j.organiser(), () -> contests.edit(j.contestId())).input().slug();
    }

    private static int titleNumber(String title) {
        return Integer.parseInt(title.substring("Entry ".length()));
    }
}
