package org.opencontest.judging;

import static org.opencontest.support.Actors.as;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.shared.security.AppPrincipal;

/** Sheets and timelines for results tests, through the real services. */
public final class ResultsFixtures {

    private ResultsFixtures() {
    }

    /** The judge submits their sheet for the round's entry with this title; the sheet's weighted score. */
    public static double score(JudgeScoring scoring, AppPrincipal judge, long roundId, String entryTitle,
            int innovation, int data, String teamComment, String privateNote) {
        return as(judge, () -> {
            long assignment = scoring.myQueue().stream().filter(item -> item.roundId() == roundId
                    && item.entryTitle().in(Locale.ENGLISH).equals(entryTitle))
                    .findFirst().orElseThrow().assignmentId();
            var sheet = scoring.open(assignment).sheet();
            return scoring.submit(assignment, sheet.version(), new SheetInput(Map.of("innovation", innovation,
                    "data", data), Map.of("innovation", "On innovation: " + entryTitle), teamComment, privateNote))
                    .weightedScore();
        });
    }

    /** Moves the competition into the past; the results phase opens {@code resultsIn} from now (may be negative). */
    public static void resultsPhaseIn(ContestService contests, AppPrincipal organiser, long contestId, Instant now,
            Duration resultsIn) {
        Instant results = now.truncatedTo(ChronoUnit.MINUTES).plus(resultsIn);
        as(organiser, () -> {
            ContestEditState state = contests.edit(contestId);
            ContestInput input = state.input();
            return contests.update(contestId, state.version(), new ContestInput(input.slug(), input.title(),
                    input.summary(), input.description(), input.rules(), input.theme(), input.zone(),
                    input.teamSizeMin(), input.teamSizeMax(), input.tracks(), input.prizes(), List.of(
                            new PhaseWindow(PhaseKind.REGISTRATION, results.minus(Duration.ofDays(30)),
                                    results.minus(Duration.ofDays(20))),
                            new PhaseWindow(PhaseKind.SUBMISSION, results.minus(Duration.ofDays(30)),
                                    results.minus(Duration.ofDays(10))),
                            new PhaseWindow(PhaseKind.JUDGING, results.minus(Duration.ofDays(10)), results),
                            new PhaseWindow(PhaseKind.RESULTS, results, results.plus(Duration.ofDays(30))))),
                    TimelineChangeNote.closingNow("Test: the results phase is moved."));
        });
    }
}
