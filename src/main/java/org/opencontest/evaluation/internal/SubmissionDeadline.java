package org.opencontest.evaluation.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.PhaseKind;

/** When a contest's submissions close: the end of its last submission phase. */
final class SubmissionDeadline {

    private SubmissionDeadline() {
    }

    static Optional<Instant> of(ContestPage contest) {
        return contest.timeline().phases().stream().filter(phase -> phase.kind() == PhaseKind.SUBMISSION)
                .map(phase -> phase.closes()).max(Comparator.naturalOrder());
    }

    /** Some submission phase is still open at {@code now}. */
    static boolean openAt(ContestPage contest, Instant now) {
        return of(contest).filter(now::isBefore).isPresent();
    }
}
