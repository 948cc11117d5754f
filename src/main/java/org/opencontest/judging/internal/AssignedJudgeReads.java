package org.opencontest.judging.internal;

import java.time.Clock;

import org.opencontest.shared.security.CurrentUser;
import org.opencontest.submission.SubmissionReadGrants;
import org.springframework.stereotype.Component;

/**
 * Lets a judge read the submitted versions they are assigned to (not recused) while the round is open, so the
 * submission module's own read and link methods serve the scoring page without knowing about judging.
 */
@Component
class AssignedJudgeReads implements SubmissionReadGrants {

    private final AssignmentRepository assignments;
    private final JudgingRoundRepository rounds;
    private final JudgingEntryRepository entries;
    private final Clock clock;

    AssignedJudgeReads(AssignmentRepository assignments, JudgingRoundRepository rounds,
            JudgingEntryRepository entries, Clock clock) {
        this.assignments = assignments;
        this.rounds = rounds;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public boolean mayRead(long contestId, long versionId) {
        return CurrentUser.get().map(me -> assignments.findActiveForVersionAndUser(versionId, me.userId()).stream()
                .anyMatch(assignment -> entries.findById(assignment.getEntryId())
                        .filter(entry -> entry.getContestId() == contestId).isPresent()
                        && rounds.findById(assignment.getRoundId())
                        .filter(round -> round.openAt(clock.instant())).isPresent()))
                .orElse(false);
    }
}
