package org.opencontest.vote.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.judging.AwardedEntries;
import org.opencontest.judging.AwardedEntry;
import org.opencontest.judging.DecisionLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.submission.FinalVersion;
import org.opencontest.submission.VersionSummary;
import org.opencontest.vote.internal.VoteStore.EntryRow;
import org.opencontest.vote.internal.VoteStore.PollRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of people's-choice votes: opening or planning a vote (its entries are taken from the
 * contest's final versions or its awarded finalists when it opens), closing it early and publishing the counts
 * (the review of the ballots before that is {@link BallotReview}). Only the contest's organisers and administrators; for anyone else a vote does not
 * exist. Each decision is appended to the contest's judging log in its own transaction.
 */
@Service
public class VoteDesk {

    static final int MAX_VOTES_PER_VOTER = 50;
    static final int MAX_ACCOUNT_AGE_HOURS = 24 * 365;

    private final VoteStore store;
    private final VoteAccess access;
    private final ContestService contests;
    private final ContestSubmissions submissions;
    private final AwardedEntries awarded;
    private final DecisionLog log;
    private final AuditLog audit;
    private final VoteNotices notices;
    private final Clock clock;

    VoteDesk(VoteStore store, VoteAccess access, ContestService contests, ContestSubmissions submissions,
             AwardedEntries awarded, DecisionLog log, AuditLog audit, VoteNotices notices, Clock clock) {
        this.notices = notices;
        this.store = store;
        this.access = access;
        this.contests = contests;
        this.submissions = submissions;
        this.awarded = awarded;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contest's votes, oldest first, with their counts. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<PollSummary> polls(long contestId) {
        access.managedContest(contestId);
        return summaries(store, contestId, now(), true);
    }

    /** One vote of a contest the caller manages. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PollSummary poll(long pollId) {
        PollRow poll = access.managedPoll(pollId);
        return summaries(store, poll.contestId(), now(), true).stream().filter(p -> p.id() == pollId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Opens a vote; returns its id. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public long open(long contestId, PollSpec spec) {
        ContestPage contest = access.managedContest(contestId);
        Instant now = now();
        validate(contest, spec, now);
        List<EntryRow> entries = entries(contest, spec);
        if (entries.isEmpty()) {
            throw new UserFacingException(spec.entries() == EntryChoice.FINALISTS ? "vote.error.noFinalists"
                    : "vote.error.noEntries");
        }
        long by = CurrentUser.requireId();
        long pollId = store.insertPoll(contestId, spec, by, now, false);
        store.insertEntries(pollId, entries);
        log.append(contestId, "VOTE_OPENED", opened(pollId, spec, entries, by, false));
        audit.record("vote.opened", "vote:" + pollId, entries.size() + " entries of contest " + contestId);
        return pollId;
    }

    /**
     * Plans a vote: its window (inside the judging or results phase, starting later), rule and entry choice are set
     * now, its entries are taken when the window starts ({@link #openPlanned}, run by {@code PlannedVotes}), so a
     * contest without entries yet (in registration) can announce its vote. Returns its id.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public long plan(long contestId, PollSpec spec) {
        ContestPage contest = access.managedContest(contestId);
        Instant now = now();
        validate(contest, spec, now);
        if (!spec.opensAt().isAfter(now)) {
            throw new UserFacingException("vote.error.planStartsNow");
        }
        long by = CurrentUser.requireId();
        long pollId = store.insertPoll(contestId, spec, by, now, true);
        Map<String, Object> content = rules(pollId, spec);
        content.put("by", by);
        log.append(contestId, "VOTE_PLANNED", content);
        audit.record("vote.planned", "vote:" + pollId, "contest " + contestId + ", opens " + spec.opensAt());
        return pollId;
    }

    /** Cancels a planned vote before its window starts. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void cancel(long pollId) {
        PollRow poll = access.managedPoll(pollId);
        Instant now = now();
        if (poll.stateAt(now) != PollState.PLANNED) {
            throw new UserFacingException("vote.error.notPlanned");
        }
        if (!store.cancel(pollId, poll.version(), now)) {
            throw new UserFacingException("vote.error.changed");
        }
        long by = CurrentUser.requireId();
        log.append(poll.contestId(), "VOTE_CANCELLED", Map.of("vote", pollId, "at", now.toString(), "by", by));
        audit.record("vote.cancelled", "vote:" + pollId, "contest " + poll.contestId());
    }

    /** The planned votes whose window has started and that wait for their entries (for the scheduled job). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<Long> plannedDue() {
        return store.waitingSince(now());
    }

    /**
     * Opens a planned vote whose window has started, taking the entries of its choice as they stand now; with none
     * (or when its window passed while no node ran the job) it stays shut, which the judging log records, and the
     * organiser who planned it is told. Run by the scheduled job as the system; a vote that no longer waits (opened
     * by another node, cancelled) is left alone.
     *
     * @return whether it opened
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean openPlanned(long pollId) {
        Instant now = now();
        PollRow poll = store.poll(pollId).orElse(null);
        if (poll == null || poll.stateAt(now) != PollState.PLANNED || poll.opensAt().isAfter(now)) {
            return false;
        }
        ContestPage contest = contests.page(poll.contestId());
        boolean windowOver = !now.isBefore(poll.closesAt());
        List<EntryRow> entries = windowOver ? List.of() : entries(contest, poll.spec());
        if (entries.isEmpty()) {
            if (store.markNotOpened(pollId, now)) {
                log.append(poll.contestId(), "VOTE_NOT_OPENED", Map.of("vote", pollId, "at", now.toString(),
                        "reason", windowOver ? "window over" : "no entries"));
                notices.notOpened(contest, poll, windowOver);
            }
            return false;
        }
        if (!store.markEntriesTaken(pollId, now)) {
            return false;
        }
        store.insertEntries(pollId, entries);
        log.append(poll.contestId(), "VOTE_OPENED", opened(pollId, poll.spec(), entries, poll.createdBy(), true));
        audit.record("vote.opened", "vote:" + pollId, entries.size() + " entries of contest " + poll.contestId()
                + ", as planned");
        return true;
    }

    /** The judging log's record of an opening: the rules and the entries taken. */
    private static Map<String, Object> opened(long pollId, PollSpec spec, List<EntryRow> entries, long by,
                                              boolean planned) {
        Map<String, Object> content = rules(pollId, spec);
        content.put("submissions", entries.stream().map(EntryRow::submissionId).toList());
        content.put("by", by);
        if (planned) {
            content.put("planned", true);
        }
        return content;
    }

    private static Map<String, Object> rules(long pollId, PollSpec spec) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("vote", pollId);
        content.put("track", spec.trackId() == null ? "all" : spec.trackId());
        content.put("entries", spec.entries().name());
        content.put("votesPerVoter", spec.votesPerVoter());
        content.put("minAccountAgeHours", spec.minAccountAgeHours());
        content.put("opens", spec.opensAt().toString());
        content.put("closes", spec.closesAt().toString());
        return content;
    }

    /** Ends an open or scheduled vote now. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void close(long pollId) {
        PollRow poll = access.managedPoll(pollId);
        Instant now = now();
        PollState state = poll.stateAt(now);
        if (state == PollState.PLANNED) {
            throw new UserFacingException("vote.error.cancelPlanned");
        }
        if (state != PollState.OPEN && state != PollState.SCHEDULED) {
            throw new UserFacingException("vote.error.alreadyClosed");
        }
        if (!store.closeEarly(pollId, poll.version(), now)) {
            throw new UserFacingException("vote.error.changed");
        }
        log.append(poll.contestId(), "VOTE_CLOSED", Map.of("vote", pollId, "at", now.toString(),
                "by", CurrentUser.requireId()));
    }

    /** Publishes the counts after voiding of a closed vote. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void publish(long pollId) {
        PollRow poll = access.managedPoll(pollId);
        Instant now = now();
        PollState state = poll.stateAt(now);
        if (state == PollState.PUBLISHED) {
            throw new UserFacingException("vote.error.alreadyPublished");
        }
        if (state != PollState.CLOSED) {
            throw new UserFacingException("vote.error.publishBeforeClose");
        }
        if (!store.publish(pollId, poll.version(), now)) {
            throw new UserFacingException("vote.error.changed");
        }
        List<ResultRow> results = store.results(pollId);
        log.append(poll.contestId(), "VOTE_PUBLISHED", Map.of("vote", pollId, "at", now.toString(),
                "by", CurrentUser.requireId(), "counts", results.stream()
                        .map(row -> Map.of("entry", row.entryId(), "votes", row.votes())).toList()));
        audit.record("vote.published", "vote:" + pollId, results.size() + " entries");
    }

    /** The counts after voiding, whatever the vote's state (the organisers' own view). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ResultRow> results(long pollId) {
        access.managedPoll(pollId);
        return store.results(pollId);
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private void validate(ContestPage contest, PollSpec spec, Instant now) {
        if (spec.entries() == null) {
            throw new UserFacingException("vote.error.entriesRequired");
        }
        if (spec.votesPerVoter() < 1 || spec.votesPerVoter() > MAX_VOTES_PER_VOTER) {
            throw new UserFacingException("vote.error.votesPerVoter", MAX_VOTES_PER_VOTER);
        }
        if (spec.minAccountAgeHours() < 0 || spec.minAccountAgeHours() > MAX_ACCOUNT_AGE_HOURS) {
            throw new UserFacingException("vote.error.accountAge", MAX_ACCOUNT_AGE_HOURS);
        }
        if (spec.opensAt() == null || spec.closesAt() == null) {
            throw new UserFacingException("vote.error.windowRequired");
        }
        if (!spec.opensAt().isBefore(spec.closesAt())) {
            throw new UserFacingException("vote.error.windowInverted");
        }
        if (!spec.closesAt().isAfter(now)) {
            throw new UserFacingException("vote.error.windowPast");
        }
        boolean inPhase = contest.timeline().phases().stream()
                .filter(phase -> phase.kind() == PhaseKind.JUDGING || phase.kind() == PhaseKind.RESULTS)
                .anyMatch(phase -> within(spec, phase));
        if (!inPhase) {
            throw new UserFacingException("vote.error.windowOutsidePhases");
        }
        if (spec.trackId() != null && contest.tracks().stream().noneMatch(t -> t.id() == spec.trackId())) {
            throw new UserFacingException("vote.error.track");
        }
    }

    private static boolean within(PollSpec spec, PhaseWindow phase) {
        return !spec.opensAt().isBefore(phase.opens()) && !spec.closesAt().isAfter(phase.closes());
    }

    /** The entries the spec asks for, as they stand now. */
    private List<EntryRow> entries(ContestPage contest, PollSpec spec) {
        List<FinalVersion> finals = submissions.finalVersions(contest.id());
        Set<Long> finalists = spec.entries() == EntryChoice.FINALISTS
                ? awarded.awarded(contest.id()).stream().map(AwardedEntry::submissionId).collect(Collectors.toSet())
                : null;
        List<EntryRow> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (FinalVersion version : finals) {
            VersionSummary summary = version.summary();
            if (finalists != null && !finalists.contains(summary.submissionId())) {
                continue;
            }
            if (spec.trackId() != null && !spec.trackId().equals(summary.trackId())) {
                continue;
            }
            if (seen.add(summary.submissionId())) {
                entries.add(new EntryRow(0, 0, summary.submissionId(), summary.teamId(), summary.teamName(),
                        summary.trackId() == null ? 0 : summary.trackId(), summary.title()));
            }
        }
        return entries;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The contest's votes as lists show them; {@code withCounts} false hides the counts (the public's lists). */
    static List<PollSummary> summaries(VoteStore store, long contestId, Instant now, boolean withCounts) {
        Map<Long, Integer> entryCounts = store.entryCounts(contestId);
        Map<Long, long[]> ballotCounts = withCounts ? store.ballotCounts(contestId) : Map.of();
        return store.polls(contestId).stream().map(poll -> {
            long[] counts = ballotCounts.getOrDefault(poll.id(), new long[2]);
            return new PollSummary(poll.id(), poll.contestId(), poll.trackId(), poll.entries(), poll.votesPerVoter(),
                    poll.minAccountAgeHours(), poll.opensAt(), poll.effectiveClose(), poll.stateAt(now),
                    entryCounts.getOrDefault(poll.id(), 0), counts[0], counts[1]);
        }).toList();
    }

}
