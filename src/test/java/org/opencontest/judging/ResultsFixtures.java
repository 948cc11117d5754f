package org.opencontest.judging;

import static org.opencontest.support.Actors.as;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionService;
import org.opencontest.submission.VersionDetail;

/** Submitted versions and timelines for results tests, through the real services. */
public final class ResultsFixtures {

    private ResultsFixtures() {
    }

    /** The member uploads a PDF, titles the package and submits it; the submitted version. */
    public static VersionDetail submit(SubmissionService submissions, AppPrincipal member, long contestId,
            String title, Instant now) {
        return as(member, () -> {
            submissions.upload(contestId, SubmissionFixtures.pdf(), "proposal.pdf", now);
            PackageState state = submissions.myPackage(contestId);
            submissions.saveDraft(contestId, state.version(), new PackageInput(state.input().trackId(), title,
                    title + "（中文）", "What " + title + " does.", "作品简介", "Traffic accidents 2025", null, null,
                    null));
            return submissions.submit(contestId, UUID.randomUUID().toString());
        });
    }

    /** Moves the whole competition into the past; the results phase opens {@code resultsIn} from now (may be negative). */
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
                            new PhaseWindow(PhaseKind.RESULTS, results, results.plus(Duration.ofDays(30))))));
        });
    }
}
