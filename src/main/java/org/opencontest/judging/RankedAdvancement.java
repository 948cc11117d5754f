package org.opencontest.judging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.EntrySource;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.judging.internal.JudgingRound;
import org.opencontest.judging.internal.JudgingRoundRepository;
import org.opencontest.judging.internal.RoundEntries;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.SubmittedVersions;
import org.opencontest.submission.VersionDetail;
import org.opencontest.submission.VersionSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advancement into a jury round from a ranking made outside judging, for other modules (evaluation advances the top
 * of an evaluated track's private leaderboard). The versions become entries of the round like advanced ones and the
 * decision is appended to the contest's judging log, as {@link Rankings#advance} does for rounds. Only the
 * contest's organisers; a round of another contest answers {@link NotFoundException}.
 */
@Service
public class RankedAdvancement {

    private final JudgingRoundRepository rounds;
    private final RoundEntries roundEntries;
    private final JudgingLogWriter log;
    private final ContestService contests;
    private final SubmittedVersions versions;
    private final AuditLog audit;

    RankedAdvancement(JudgingRoundRepository rounds, RoundEntries roundEntries, JudgingLogWriter log,
                      ContestService contests, SubmittedVersions versions, AuditLog audit) {
        this.rounds = rounds;
        this.roundEntries = roundEntries;
        this.log = log;
        this.contests = contests;
        this.versions = versions;
        this.audit = audit;
    }

    /**
     * Makes the ranked versions (all of them versions of the round's contest) entries of the round; a team already
     * in the round keeps its entry, so calling it again adds only what is missing. {@code source} says where the
     * ranking comes from, for the log. Returns the number of the round's entries afterwards.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int advance(long contestId, long roundId, String source, List<RankedVersion> ranking) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        JudgingRound round = rounds.findById(roundId).filter(r -> r.getContestId() == contestId)
                .orElseThrow(NotFoundException::new);
        List<EntrySource> sources = new ArrayList<>();
        for (RankedVersion ranked : ranking) {
            VersionDetail detail = versions.version(ranked.submissionVersionId());
            VersionSummary version = detail.summary();
            if (version.contestId() != contestId) {
                throw new NotFoundException();
            }
            sources.add(new EntrySource(version.id(), version.submissionId(), version.teamId(), version.trackId(),
                    detail.input().title()));
        }
        int entries = roundEntries.addSubmissions(round.getId(), sources).size();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("from", source);
        content.put("to", roundId);
        content.put("ranking", ranking.stream().map(r -> Map.of("rank", r.rank(), "version", r.submissionVersionId(),
                "score", BigDecimal.valueOf(r.score()))).toList());
        content.put("by", CurrentUser.requireId());
        log.append(contestId, "ADVANCEMENT", content);
        audit.record("judging.results.advanced", "round:" + roundId, ranking.size() + " ranked versions from "
                + source);
        return entries;
    }
}
