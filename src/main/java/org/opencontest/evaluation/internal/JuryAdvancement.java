package org.opencontest.evaluation.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RankedAdvancement;
import org.opencontest.judging.RankedVersion;
import org.opencontest.judging.RoundDetail;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advancing the top of a revealed private leaderboard into a jury round of the same contest (an algorithm
 * preliminary followed by a jury final). The judging module adds the entries and logs the decision in its hash
 * chain. Only those who manage the contest; anyone else gets {@link NotFoundException}.
 */
@Service
public class JuryAdvancement {

    private final ContestService contests;
    private final EvaluatedTrackRepository tracks;
    private final Leaderboards leaderboards;
    private final JudgingSetup judging;
    private final RankedAdvancement advancement;
    private final AuditLog audit;

    JuryAdvancement(ContestService contests, EvaluatedTrackRepository tracks, Leaderboards leaderboards,
                    JudgingSetup judging, RankedAdvancement advancement, AuditLog audit) {
        this.contests = contests;
        this.tracks = tracks;
        this.leaderboards = leaderboards;
        this.judging = judging;
        this.advancement = advancement;
        this.audit = audit;
    }

    /** The contest's jury rounds, in their order, to choose where the teams go. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RoundDetail> juryRounds(long contestId) {
        requireManaged(contestId);
        return judging.rounds(contestId);
    }

    /**
     * Makes the final versions that decided the places 1 to {@code top} of the private leaderboard entries of the
     * jury round; teams already in the round stay as they are. Returns how many teams advanced.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int advance(long contestId, long evaluatedTrackId, long roundId, int top) {
        requireManaged(contestId);
        EvaluatedTrack track = tracks.findById(evaluatedTrackId).filter(t -> t.getContestId() == contestId)
                .orElseThrow(NotFoundException::new);
        if (!track.isRevealed()) {
            throw new UserFacingException("evaluation.advance.error.notRevealed");
        }
        if (top < 1) {
            throw new UserFacingException("evaluation.advance.error.top");
        }
        List<EvaluationEntry> ranking = leaderboards.privateRanking(track);
        List<RankedVersion> chosen = ranking.stream().limit(top)
                .map(entry -> new RankedVersion(ranking.indexOf(entry) + 1, entry.getVersionId(),
                        entry.getPrivateScore()))
                .toList();
        if (chosen.isEmpty()) {
            throw new UserFacingException("evaluation.advance.error.empty");
        }
        advancement.advance(contestId, roundId, "evaluated track " + evaluatedTrackId + " (private leaderboard)",
                chosen);
        audit.record("evaluation.track.advanced", "contest:" + contestId,
                "track " + evaluatedTrackId + ", top " + chosen.size() + " into round " + roundId);
        return chosen.size();
    }

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }
}
