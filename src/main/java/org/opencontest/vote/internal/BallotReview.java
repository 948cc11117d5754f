package org.opencontest.vote.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.judging.DecisionLog;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.vote.internal.VoteStore.EntryRow;
import org.opencontest.vote.internal.VoteStore.PollRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' review of a vote's ballots before publication: the suspicious groups the anomaly rules find, every
 * ballot page by page, and voiding with a reason, which the contest's judging log records. Only the contest's
 * organisers and administrators.
 */
@Service
public class BallotReview {

    static final int MAX_REASON = 500;

    private final VoteStore store;
    private final VoteAccess access;
    private final AnomalyRules anomalies;
    private final DecisionLog log;
    private final AuditLog audit;
    private final Clock clock;

    BallotReview(VoteStore store, VoteAccess access, AnomalyRules anomalies, DecisionLog log, AuditLog audit,
                 Clock clock) {
        this.store = store;
        this.access = access;
        this.anomalies = anomalies;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** The suspicious groups among the vote's valid ballots. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Anomaly> anomalies(long pollId) {
        access.managedPoll(pollId);
        Map<Long, String> titles = store.entries(pollId).stream()
                .collect(Collectors.toMap(EntryRow::id, EntryRow::teamName));
        return anomalies.find(store.validBallots(pollId), titles);
    }

    /** A page of the vote's ballots, newest first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<BallotRow> ballots(long pollId, int offset, int limit) {
        access.managedPoll(pollId);
        return store.ballots(pollId, offset, limit);
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public int countBallots(long pollId) {
        access.managedPoll(pollId);
        return (int) store.countBallots(pollId);
    }

    /**
     * Voids the given ballots of the vote (those still valid) with the organiser's reason; returns how many it voided.
     * A published result stays as published: voiding is refused then.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int voidBallots(long pollId, List<Long> ballotIds, String reason) {
        PollRow poll = access.managedPoll(pollId);
        if (poll.publishedAt() != null) {
            throw new UserFacingException("vote.error.alreadyPublished");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("vote.error.reasonRequired");
        }
        if (clean.length() > MAX_REASON) {
            throw new UserFacingException("vote.error.reasonTooLong", MAX_REASON);
        }
        long by = CurrentUser.requireId();
        List<Long> voided = store.voidBallots(pollId, new LinkedHashSet<>(ballotIds), by, clean,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (voided.isEmpty()) {
            return 0;
        }
        log.append(poll.contestId(), "VOTE_VOIDED", Map.of("vote", pollId, "ballots", voided, "reason", clean,
                "by", by));
        audit.record("vote.voided", "vote:" + pollId, voided.size() + " ballots: " + clean);
        return voided.size();
    }
}
