package org.opencontest.judging.internal;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.hash.HashChain;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organiser's check of the contest's tamper-evident judging log (docs/judging.md §8). */
@Service
public class JudgingLog {

    private final LogHeadRepository heads;
    private final LogLinkRepository links;
    private final ContestService contests;

    JudgingLog(LogHeadRepository heads, LogLinkRepository links, ContestService contests) {
        this.heads = heads;
        this.links = links;
        this.contests = contests;
    }

    /** Recomputes every hash of the contest's log and says where it first breaks, if anywhere. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public LogVerification verify(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        long headSequence = heads.findById(contestId).map(h -> h.getLastSequence()).orElse(0L);
        String headHash = heads.findById(contestId).map(h -> h.getLastHash()).orElse(HashChain.GENESIS);
        HashChain.Verification verification = HashChain.LINE_JOINED.verify(
                links.findByContestIdOrderBySequence(contestId).stream().map(LogLink::toLink).toList(),
                headSequence, headHash);
        return new LogVerification(verification.intact(), Math.toIntExact(verification.checked()),
                verification.brokenAt(),
                verification.intact() ? "judging.chain.intact" : "judging.chain.break." + verification.reason(),
                headHash);
    }
}
