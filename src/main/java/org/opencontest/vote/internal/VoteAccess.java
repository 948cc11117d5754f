package org.opencontest.vote.internal;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.vote.internal.VoteStore.PollRow;
import org.springframework.stereotype.Component;

/**
 * Which contests and votes the caller manages. For anyone who does not manage it, a vote does not exist: the
 * answer is "not found", never "forbidden", so its id tells an outsider nothing.
 */
@Component
class VoteAccess {

    private final VoteStore store;
    private final ContestService contests;

    VoteAccess(VoteStore store, ContestService contests) {
        this.store = store;
        this.contests = contests;
    }

    ContestPage managedContest(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        return contests.page(contestId);
    }

    PollRow managedPoll(long pollId) {
        PollRow poll = store.poll(pollId).orElseThrow(NotFoundException::new);
        if (!contests.canManage(poll.contestId())) {
            throw new NotFoundException();
        }
        return poll;
    }
}
