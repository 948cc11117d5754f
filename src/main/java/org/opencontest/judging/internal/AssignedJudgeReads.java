package org.opencontest.judging.internal;

import java.time.Clock;

import org.opencontest.shared.security.CurrentUser;
import org.opencontest.submission.ReviewAccess;
import org.opencontest.submission.SubmissionReadGrants;
import org.springframework.stereotype.Component;

/**
 * Admits a judge as a reviewer of the submitted versions they are assigned to (not recused) while the round is open:
 * sealed when every such round is blind, open when one of them is not. The submission module's review methods then
 * serve the scoring page without knowing about judging.
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
    public ReviewAccess access(long contestId, long versionId) {
        return CurrentUser.get().map(me -> assignments.findActiveForVersionAndUser(versionId, me.userId()).stream()
                .filter(assignment -> entries.findById(assignment.getEntryId())
                        .filter(entry -> entry.getContestId() == contestId).isPresent())
                .flatMap(assignment -> rounds.findById(assignment.getRoundId()).stream())
                .filter(round -> round.openAt(clock.instant()))
                .map(round -> round.isBlind() ? ReviewAccess.SEALED : ReviewAccess.OPEN)
                .reduce(ReviewAccess.NONE, ReviewAccess::or))
                .orElse(ReviewAccess.NONE);
    }
}
